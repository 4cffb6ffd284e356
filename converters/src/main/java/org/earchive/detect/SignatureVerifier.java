package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.earchive.detect.SignatureCheck.Aspect;
import org.earchive.detect.SignatureCheck.Finding;
import org.earchive.detect.SignatureCheck.Result;

/**
 * Checks one PDF signature as it arrived: the digest over its byte range and the signature value (integrity),
 * whether it covers the whole file, the signer's certificate at signing time, its chain against the user's
 * trust store, a timestamp token, and revocation data the file carries. BouncyCastle and the JDK's PKIX do the
 * cryptography; nothing is fetched from the network, and what could not be checked is said to be "not checked".
 */
final class SignatureVerifier {

    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";
    private static final String PKCS7_SHA1 = "adbe.pkcs7.sha1";
    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");

    private final TrustStore trust;

    SignatureVerifier(TrustStore trust) {
        this.trust = trust;
    }

    /**
     * @param file    the PDF's bytes as they arrived (the byte range is read from it)
     * @param catalog the document catalog, for the document security store (/DSS)
     */
    SignatureCheck verify(PDSignature signature, Path file, long fileLength, COSDictionary catalog) {
        int[] range = signature.getByteRange();
        byte[] contents = signature.getContents();
        if (range == null || range.length != 4 || contents == null || contents.length == 0) {
            return SignatureCheck.notChecked("The signature has no byte range or no signature value: it is an empty"
                    + " signature field, or damaged.");
        }
        if (range[0] != 0 || (long) range[2] + range[3] > fileLength || range[1] > range[2]) {
            return SignatureCheck.notChecked("The signature's byte range does not describe this file: it is damaged.");
        }
        byte[] signedContent;
        try (InputStream in = Files.newInputStream(file)) {
            signedContent = signature.getSignedContent(in);
        } catch (IOException e) {
            return SignatureCheck.notChecked("The signed bytes could not be read (" + e.getMessage() + ").");
        }
        Finding coverage = coverage(range, fileLength);
        try {
            if (DOCUMENT_TIMESTAMP.equals(signature.getSubFilter())) {
                return documentTimestamp(contents, signedContent, coverage);
            }
            return cmsSignature(signature, contents, signedContent, coverage, catalog);
        } catch (Exception | LinkageError e) {
            return SignatureCheck.notChecked("The signature could not be read as CMS (" + e.getMessage() + ").");
        }
    }

    private static Finding coverage(int[] range, long fileLength) {
        long signedEnd = (long) range[2] + range[3];
        if (signedEnd == fileLength) {
            return new Finding(Aspect.COVERAGE, Result.PASSED, "The signature covers the whole file.");
        }
        return new Finding(Aspect.COVERAGE, Result.WARNING, "The signature covers an earlier revision of the file; "
                + (fileLength - signedEnd) + " bytes were added after signing, which this signature does not vouch for.");
    }

    private SignatureCheck cmsSignature(PDSignature signature, byte[] contents, byte[] signedContent, Finding coverage,
                                        COSDictionary catalog) throws Exception {
        boolean sha1Wrapped = PKCS7_SHA1.equals(signature.getSubFilter());
        CMSSignedData cms = sha1Wrapped ? new CMSSignedData(contents)
                : new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = certificateOf(cms, signer);
        String digestName = algorithmName(signer.getDigestAlgOID());
        String signatureName = algorithmName(signer.getEncryptionAlgOID());
        byte[] value = signer.getSignature();
        if (holder == null) {
            return new SignatureCheck(SignatureOutcome.NOT_CHECKED, List.of(new Finding(Aspect.INTEGRITY,
                    Result.NOT_CHECKED, "The signature does not carry the signer's certificate, so it could not be"
                            + " verified."), coverage), null, null, null, null, null, digestName, signatureName,
                    base64(value), sha256(value), docMdp(signature));
        }
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        List<Finding> findings = new ArrayList<>();
        findings.add(integrity(cms, signer, certificate, signedContent, sha1Wrapped));
        findings.add(coverage);

        TimeStampToken token = SignatureTimestamp.tokenOf(signer);
        SignatureTimestamp.Checked stamp = token == null ? null : SignatureTimestamp.check(token, value);
        Date claimed = claimedSigningTime(signer, signature);
        Date signedAt = stamp != null && stamp.verified() ? stamp.time() : claimed;
        String timeSource = stamp != null && stamp.verified() ? "timestamp" : claimed == null ? null : "signer's claim";

        EmbeddedRevocation revocation = EmbeddedRevocation.gather(cms, signer, catalog);
        List<X509Certificate> known = knownCertificates(cms, revocation);
        findings.add(validityAt(certificate, signedAt, timeSource));
        findings.add(chain(certificate, known, signedAt));
        findings.add(stamp == null ? new Finding(Aspect.TIMESTAMP, Result.NOT_CHECKED,
                "There is no timestamp: the signing time is the signer's own claim.") : withAuthorityTrust(stamp, known).finding());
        findings.add(revocation.check(certificate, known, signedAt));
        return new SignatureCheck(outcome(findings), findings, signedAt == null ? null : signedAt.toInstant().toString(),
                timeSource, holder.getSubject().toString(), holder.getIssuer().toString(),
                certificate.getSerialNumber().toString(16), digestName, signatureName, base64(value), sha256(value),
                docMdp(signature));
    }

    private static Finding integrity(CMSSignedData cms, SignerInformation signer, X509Certificate certificate,
                                     byte[] signedContent, boolean sha1Wrapped) {
        try {
            if (sha1Wrapped) {
                // adbe.pkcs7.sha1: the signed content is the SHA-1 of the byte range, wrapped inside the signature
                byte[] wrapped = (byte[]) cms.getSignedContent().getContent();
                if (!MessageDigest.isEqual(wrapped, MessageDigest.getInstance("SHA-1").digest(signedContent))) {
                    return changed();
                }
            }
            // built from the key alone, so that the certificate's validity is judged separately (validityAt)
            boolean verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
            return verifies ? new Finding(Aspect.INTEGRITY, Result.PASSED, "The signed bytes are unchanged: the digest"
                    + " over the signed byte range matches, and the signature value verifies with the signer's key.")
                    : new Finding(Aspect.INTEGRITY, Result.FAILED,
                    "The signature value does not verify with the signer's key: the signature is forged or damaged.");
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return changed();
        } catch (Exception e) {
            return new Finding(Aspect.INTEGRITY, Result.NOT_CHECKED,
                    "The signature could not be verified (" + e.getMessage() + ").");
        }
    }

    private static Finding changed() {
        return new Finding(Aspect.INTEGRITY, Result.FAILED, "The document was changed after it was signed: the digest"
                + " over the signed bytes does not match the one in the signature.");
    }

    private static Finding validityAt(X509Certificate certificate, Date signedAt, String timeSource) {
        if (signedAt == null) {
            return new Finding(Aspect.VALIDITY_AT_SIGNING, Result.NOT_CHECKED,
                    "The signature states no signing time, so the certificate's validity then was not checked.");
        }
        String when = "at signing time (" + signedAt.toInstant() + ", " + timeSource + ")";
        try {
            certificate.checkValidity(signedAt);
            return new Finding(Aspect.VALIDITY_AT_SIGNING, Result.PASSED, "The signer's certificate was valid " + when
                    + "; it is valid from " + certificate.getNotBefore().toInstant() + " to "
                    + certificate.getNotAfter().toInstant() + ".");
        } catch (CertificateExpiredException e) {
            return new Finding(Aspect.VALIDITY_AT_SIGNING, Result.FAILED, "The signer's certificate had expired "
                    + when + ": it was valid until " + certificate.getNotAfter().toInstant() + ".");
        } catch (CertificateNotYetValidException e) {
            return new Finding(Aspect.VALIDITY_AT_SIGNING, Result.FAILED, "The signer's certificate was not yet valid "
                    + when + ": it is valid from " + certificate.getNotBefore().toInstant() + ".");
        }
    }

    /** The signer's chain to a root in the trust store, judged at signing time; revocation is checked separately. */
    private Finding chain(X509Certificate certificate, List<X509Certificate> known, Date signedAt) {
        if (trust.isEmpty()) {
            return new Finding(Aspect.CHAIN, Result.NOT_CHECKED, "No trust store was given, so whether"
                    + " the signer's certificate leads to a trusted root was not checked.");
        }
        if (trust.certificates().contains(certificate)) {
            return new Finding(Aspect.CHAIN, Result.PASSED, "The signer's certificate itself is in the trust store.");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(new java.util.HashSet<>(trust.anchors()), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(signedAt);
            List<X509Certificate> pool = new ArrayList<>(known);
            pool.add(certificate);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            return new Finding(Aspect.CHAIN, Result.PASSED, "The signer's certificate leads to "
                    + SignerName.commonName(org.bouncycastle.asn1.x500.X500Name.getInstance(
                            result.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getEncoded()))
                    + " in the trust store.");
        } catch (Exception e) {
            return new Finding(Aspect.CHAIN, Result.FAILED, "The signer's certificate (issued by "
                    + certificate.getIssuerX500Principal().getName() + ") does not lead to any certificate in the trust store.");
        }
    }

    /** The timestamp's own authority judged against the trust store too, said in its sentence. */
    private SignatureTimestamp.Checked withAuthorityTrust(SignatureTimestamp.Checked stamp, List<X509Certificate> known) {
        if (!stamp.verified() || trust.isEmpty()) {
            return stamp;
        }
        Finding authority = chain(stamp.authority(), known, stamp.time());
        String sentence = stamp.finding().sentence() + (authority.result() == Result.PASSED
                ? " Its authority is trusted." : " Its authority does not lead to the trust store.");
        return new SignatureTimestamp.Checked(new Finding(Aspect.TIMESTAMP, Result.PASSED, sentence), stamp.time(),
                stamp.authority());
    }

    private SignatureCheck documentTimestamp(byte[] contents, byte[] signedContent, Finding coverage) throws Exception {
        TimeStampToken token = new TimeStampToken(new CMSSignedData(contents));
        SignatureTimestamp.Checked stamp = SignatureTimestamp.check(token, signedContent);
        Finding integrity = switch (stamp.finding().result()) {
            case PASSED -> new Finding(Aspect.INTEGRITY, Result.PASSED,
                    "The document timestamp matches the signed bytes: they are unchanged.");
            case FAILED -> new Finding(Aspect.INTEGRITY, Result.FAILED, stamp.finding().sentence());
            default -> new Finding(Aspect.INTEGRITY, Result.NOT_CHECKED, stamp.finding().sentence());
        };
        List<Finding> findings = new ArrayList<>(List.of(integrity, coverage, stamp.finding()));
        X509Certificate authority = stamp.authority();
        if (authority != null) {
            findings.add(chain(authority, List.of(), stamp.time()));
        }
        SignerInformation signer = token.toCMSSignedData().getSignerInfos().getSigners().iterator().next();
        return new SignatureCheck(outcome(findings), findings,
                stamp.time() == null ? null : stamp.time().toInstant().toString(), stamp.time() == null ? null : "timestamp",
                authority == null ? null : authority.getSubjectX500Principal().getName(),
                authority == null ? null : authority.getIssuerX500Principal().getName(),
                authority == null ? null : authority.getSerialNumber().toString(16),
                algorithmName(signer.getDigestAlgOID()), algorithmName(signer.getEncryptionAlgOID()),
                base64(signer.getSignature()), sha256(signer.getSignature()), null);
    }

    /** Any failure that concerns the document's truth makes it invalid; an untrusted or unchecked chain does not. */
    static SignatureOutcome outcome(List<Finding> findings) {
        Result integrity = resultOf(findings, Aspect.INTEGRITY);
        if (integrity == Result.FAILED) {
            return SignatureOutcome.INVALID;
        }
        for (Aspect aspect : List.of(Aspect.VALIDITY_AT_SIGNING, Aspect.TIMESTAMP, Aspect.REVOCATION)) {
            if (resultOf(findings, aspect) == Result.FAILED) {
                return SignatureOutcome.INVALID;
            }
        }
        if (integrity != Result.PASSED) {
            return SignatureOutcome.NOT_CHECKED;
        }
        return switch (resultOf(findings, Aspect.CHAIN)) {
            case PASSED -> SignatureOutcome.VALID;
            case FAILED -> SignatureOutcome.SIGNER_NOT_TRUSTED;
            default -> SignatureOutcome.SIGNER_NOT_CHECKED;
        };
    }

    private static Result resultOf(List<Finding> findings, Aspect aspect) {
        return findings.stream().filter(f -> f.aspect() == aspect).map(Finding::result).findFirst().orElse(Result.NOT_CHECKED);
    }

    private static X509CertificateHolder certificateOf(CMSSignedData cms, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    /** The certificates the signature, the document security store and the trust store hold: issuers and responders. */
    private List<X509Certificate> knownCertificates(CMSSignedData cms, EmbeddedRevocation revocation) throws Exception {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> known = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            known.add(converter.getCertificate(holder));
        }
        for (X509CertificateHolder holder : revocation.certificates()) {
            known.add(converter.getCertificate(holder));
        }
        known.addAll(trust.certificates());
        return known;
    }

    /** The CMS signing-time attribute, else the /M entry of the signature dictionary: both are the signer's claim. */
    private static Date claimedSigningTime(SignerInformation signer, PDSignature signature) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute time = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (time != null && time.getAttrValues().size() > 0) {
            return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
        }
        Calendar dictionaryTime = signature.getSignDate();
        return dictionaryTime == null ? null : dictionaryTime.getTime();
    }

    /** P of a certifying signature's DocMDP transform: what changes the signer allowed after signing. */
    private static Integer docMdp(PDSignature signature) {
        COSBase references = resolve(signature.getCOSObject().getDictionaryObject(COSName.getPDFName("Reference")));
        if (!(references instanceof COSArray array)) {
            return null;
        }
        for (COSBase item : array) {
            if (resolve(item) instanceof COSDictionary reference && DOC_MDP.equals(reference.getCOSName(TRANSFORM_METHOD))) {
                COSDictionary parameters = reference.getCOSDictionary(TRANSFORM_PARAMS);
                // ISO 32000: P defaults to 2 when absent
                return parameters == null ? 2 : parameters.getInt(COSName.P, 2);
            }
        }
        return null;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private static String algorithmName(String oid) {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid));
    }

    private static String base64(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    private static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}
