package org.earchive.detect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A small test PKI made from seeded keys and fixed dates — a root CA, a second unrelated root, signers valid and
 * expired, a timestamp authority — and PDFs signed with it the way PDFBox's signing examples do. Nothing here is
 * a real certificate; everything is made fresh by each test run and gives the same verdicts every time.
 */
public final class TestSignatures {

    static final Date SIGNED_AT = date("2026-01-15T03:00:00Z");
    private static final Date PKI_START = date("2025-01-01T00:00:00Z");
    private static final Date PKI_END = date("2035-01-01T00:00:00Z");

    public final Authority root;
    public final Authority otherRoot;
    public final Identity signer;
    public final Identity expiredSigner;
    public final Identity revokedSigner;
    public final Identity timestamps;

    public record Authority(KeyPair keys, X509Certificate certificate) {
    }

    public record Identity(KeyPair keys, X509Certificate certificate, Authority issuer) {
    }

    /** How one test PDF is signed. */
    public record Options(Identity identity, boolean timestamp, boolean embedCrl, Integer docMdp) {
        public static Options by(Identity identity) {
            return new Options(identity, false, false, null);
        }

        public Options withTimestamp() {
            return new Options(identity, true, embedCrl, docMdp);
        }

        public Options withCrl() {
            return new Options(identity, timestamp, true, docMdp);
        }

        public Options certifying(int permission) {
            return new Options(identity, timestamp, embedCrl, permission);
        }
    }

    public TestSignatures() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(20260115L);
        root = authority("CN=Test Root CA,O=earchive tests,C=VN", keys(random), 1);
        otherRoot = authority("CN=Other Root CA,O=somebody else,C=VN", keys(random), 2);
        signer = identity("CN=BỘ Y TẾ,O=Bộ Y tế,C=VN", keys(random), root, 10, PKI_START, PKI_END, false);
        expiredSigner = identity("CN=Sở Nội vụ,C=VN", keys(random), root, 11, PKI_START, date("2025-12-31T00:00:00Z"), false);
        revokedSigner = identity("CN=UBND xã Hòa Bình,C=VN", keys(random), root, 12, PKI_START, PKI_END, false);
        timestamps = identity("CN=Test Timestamp Authority,C=VN", keys(random), root, 13, PKI_START, PKI_END, true);
    }

    private static KeyPair keys(SecureRandom random) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static Authority authority(String name, KeyPair keys, long serial) throws Exception {
        X500Name subject = new X500Name(name);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(serial),
                PKI_START, PKI_END, subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new Authority(keys, certificate(builder, keys));
    }

    private static Identity identity(String name, KeyPair keys, Authority issuer, long serial, Date from, Date to,
                                     boolean timestampAuthority) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(),
                BigInteger.valueOf(serial), from, to, new X500Name(name), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (timestampAuthority) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new Identity(keys, certificate(builder, issuer.keys()), issuer);
    }

    private static X509Certificate certificate(JcaX509v3CertificateBuilder builder, KeyPair signing) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signing.getPrivate())));
    }

    /** The root's CRL, revoking the revoked signer a week before the test signatures are made. */
    X509CRLHolder crl() throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(root.certificate()).getSubject(),
                date("2026-01-10T00:00:00Z"));
        builder.setNextUpdate(date("2026-02-10T00:00:00Z"));
        builder.addCRLEntry(revokedSigner.certificate().getSerialNumber(), date("2026-01-08T00:00:00Z"),
                CRLReason.keyCompromise);
        return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(root.keys().getPrivate()));
    }

    /** A one-page PDF with an uncompressed content stream (so a test can change a word in it), signed. */
    public byte[] signedPdf(Options options) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("QUYET DINH so 123/QD-BYT: cap phep luu hanh");
                content.endText();
            }
            document.getDocumentInformation().setCreationDate(calendar(SIGNED_AT));
            document.setDocumentId(20260115L);
            ByteArrayOutputStream unsigned = new ByteArrayOutputStream();
            document.save(unsigned);
            return sign(unsigned.toByteArray(), options);
        }
    }

    /** Signed as an incremental update, as signing tools do: the original bytes stay in front. */
    public byte[] sign(byte[] pdf, Options options) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setReason("Phê duyệt");
            signature.setSignDate(calendar(SIGNED_AT));
            if (options.docMdp() != null) {
                certify(document, signature, options.docMdp());
            }
            document.addSignature(signature, content -> sign(content, options));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** DocMDP as ISO 32000-1 12.8.2.2 describes it (what PDFBox's SigUtils.setMDPPermission does). */
    private static void certify(PDDocument document, PDSignature signature, int permission) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, permission);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("DocMDP"));
        reference.setItem(COSName.getPDFName("DigestMethod"), COSName.getPDFName("SHA1"));
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.getPDFName("DocMDP"), signature);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, permissions);
    }

    private byte[] sign(InputStream content, Options options) throws IOException {
        try {
            Identity identity = options.identity();
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(SIGNED_AT))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(identity.keys().getPrivate()),
                            identity.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(identity.certificate(), identity.issuer().certificate())));
            if (options.embedCrl()) {
                generator.addCRL(crl());
            }
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (options.timestamp()) {
                signed = withTimestamp(signed);
            }
            return signed.getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot sign the test PDF", e);
        }
    }

    /** The signature value stamped by the test timestamp authority, as an unsigned attribute. */
    private CMSSignedData withTimestamp(CMSSignedData signed) throws Exception {
        SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = java.security.MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature());
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build()).build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(timestamps.keys().getPrivate()),
                timestamps.certificate()), new JcaDigestCalculatorProviderBuilder().build().get(
                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(timestamps.certificate())));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true); // the authority's certificate travels in the token, as real TSAs are asked to do
        var request = requests.generate(NISTObjectIdentifiers.id_sha256, imprint);
        var token = tokens.generate(request, BigInteger.ONE, date("2026-01-15T03:00:05Z"));
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signerInfo, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** The same file with one word of the page changed after signing, the byte range left as it was. */
    public static byte[] tampered(byte[] signed) {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("123/QD-BYT");
        if (at < 0) {
            throw new IllegalStateException("the test PDF's text is not where it should be");
        }
        byte[] changed = signed.clone();
        changed[at] = '9'; // "923/QD-BYT": same length, so the byte range still fits
        return changed;
    }

    /** The certificate as PEM, the form a user's trust store folder holds. */
    public static String pem(X509Certificate certificate) throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("CERTIFICATE", certificate.getEncoded()));
        }
        return text.toString();
    }

    static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Calendar calendar(Date date) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTime(date);
        return calendar;
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
