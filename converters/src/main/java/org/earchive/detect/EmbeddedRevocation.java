package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.earchive.detect.SignatureCheck.Aspect;
import org.earchive.detect.SignatureCheck.Finding;
import org.earchive.detect.SignatureCheck.Result;

/**
 * The revocation data a signed PDF carries itself — CRLs and OCSP responses inside the CMS signature, in Adobe's
 * revocation-info attribute, or in the document security store (/DSS) — and what it says about one certificate.
 * Nothing is ever fetched: without data in the file, revocation is "not checked".
 */
final class EmbeddedRevocation {

    /** Adobe's signed attribute adbe-revocationInfoArchival: [0] CRLs, [1] OCSP responses. */
    private static final ASN1ObjectIdentifier ADOBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");
    private static final COSName CERTS = COSName.getPDFName("Certs");

    private final List<X509CRLHolder> crls = new ArrayList<>();
    private final List<BasicOCSPResp> ocsps = new ArrayList<>();
    private final List<X509CertificateHolder> certificates = new ArrayList<>();

    /** Everything the signature and the document carry; parts that cannot be read are skipped, not fatal. */
    static EmbeddedRevocation gather(CMSSignedData cms, SignerInformation signer, COSDictionary catalog) {
        EmbeddedRevocation found = new EmbeddedRevocation();
        found.crls.addAll(cms.getCRLs().getMatches(null));
        for (Object info : cms.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response).getMatches(null)) {
            found.addOcsp((ASN1Encodable) info);
        }
        AttributeTable signed = signer.getSignedAttributes();
        Attribute adobe = signed == null ? null : signed.get(ADOBE_REVOCATION);
        if (adobe != null && adobe.getAttrValues().size() > 0) {
            found.addAdobeArchival(adobe.getAttrValues().getObjectAt(0));
        }
        found.addDocumentSecurityStore(catalog);
        return found;
    }

    private void addAdobeArchival(ASN1Encodable archival) {
        try {
            for (ASN1Encodable element : ASN1Sequence.getInstance(archival)) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(element);
                ASN1Sequence values = ASN1Sequence.getInstance(tagged.getExplicitBaseObject());
                for (ASN1Encodable value : values) {
                    if (tagged.getTagNo() == 0) {
                        crls.add(new X509CRLHolder(CertificateList.getInstance(value)));
                    } else if (tagged.getTagNo() == 1) {
                        addOcsp(value);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a damaged attribute is no revocation data; the finding then says "not checked"
        }
    }

    private void addOcsp(ASN1Encodable response) {
        try {
            Object basic = new OCSPResp(OCSPResponse.getInstance(response)).getResponseObject();
            if (basic instanceof BasicOCSPResp resp) {
                ocsps.add(resp);
            }
        } catch (Exception e) {
            // unreadable OCSP response: skipped
        }
    }

    private void addDocumentSecurityStore(COSDictionary catalog) {
        if (catalog == null || !(resolve(catalog.getDictionaryObject(DSS)) instanceof COSDictionary dss)) {
            return;
        }
        for (byte[] der : streams(dss, CRLS)) {
            try {
                crls.add(new X509CRLHolder(der));
            } catch (IOException | RuntimeException e) {
                // skipped
            }
        }
        for (byte[] der : streams(dss, OCSPS)) {
            try {
                addOcsp(OCSPResponse.getInstance(der));
            } catch (RuntimeException e) {
                // skipped
            }
        }
        for (byte[] der : streams(dss, CERTS)) {
            try {
                certificates.add(new X509CertificateHolder(der));
            } catch (IOException | RuntimeException e) {
                // skipped
            }
        }
    }

    private static List<byte[]> streams(COSDictionary dss, COSName key) {
        List<byte[]> found = new ArrayList<>();
        if (resolve(dss.getDictionaryObject(key)) instanceof COSArray array) {
            for (COSBase item : array) {
                if (resolve(item) instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        found.add(in.readAllBytes());
                    } catch (IOException e) {
                        // skipped
                    }
                }
            }
        }
        return found;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    /** Certificates the document security store adds (issuers, responders). */
    List<X509CertificateHolder> certificates() {
        return certificates;
    }

    /**
     * What the embedded data says about {@code certificate}.
     *
     * @param issuers certificates that may have issued it (from the signature, the DSS and the trust store)
     * @param at      the signing time, or null when unknown
     */
    Finding check(X509Certificate certificate, List<X509Certificate> issuers, Date at) {
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return new Finding(Aspect.REVOCATION, Result.NOT_CHECKED,
                    "The signer's certificate is self-signed: no authority could revoke it.");
        }
        X509Certificate issuer = issuers.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst().orElse(null);
        if (issuer == null) {
            return new Finding(Aspect.REVOCATION, Result.NOT_CHECKED, "The issuer's certificate is not in the file"
                    + " or the trust store, so revocation data could not be checked.");
        }
        try {
            JcaX509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            var verifiers = new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey());
            for (X509CRLHolder crl : crls) {
                if (!crl.getIssuer().equals(issuerHolder.getSubject()) || !crl.isSignatureValid(verifiers)) {
                    continue;
                }
                X509CRLEntryHolder entry = crl.getRevokedCertificate(certificate.getSerialNumber());
                if (entry != null && (at == null || !entry.getRevocationDate().after(at))) {
                    return new Finding(Aspect.REVOCATION, Result.FAILED, "The certificate was revoked on "
                            + entry.getRevocationDate().toInstant() + ", according to the CRL embedded in the file.");
                }
                return new Finding(Aspect.REVOCATION, Result.PASSED, "Not revoked at signing time, according to the"
                        + " CRL of " + thisUpdate(crl.getThisUpdate()) + " embedded in the file.");
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            for (BasicOCSPResp ocsp : ocsps) {
                for (SingleResp response : ocsp.getResponses()) {
                    CertificateID id = response.getCertID();
                    if (!id.getSerialNumber().equals(certificate.getSerialNumber())
                            || !id.matchesIssuer(issuerHolder, digests) || !signedByKnownResponder(ocsp, issuer)) {
                        continue;
                    }
                    if (response.getCertStatus() instanceof RevokedStatus revoked
                            && (at == null || !revoked.getRevocationTime().after(at))) {
                        return new Finding(Aspect.REVOCATION, Result.FAILED, "The certificate was revoked on "
                                + revoked.getRevocationTime().toInstant() + ", according to the OCSP response embedded in the file.");
                    }
                    if (response.getCertStatus() == null) {
                        return new Finding(Aspect.REVOCATION, Result.PASSED, "Not revoked, according to the OCSP"
                                + " response of " + thisUpdate(response.getThisUpdate()) + " embedded in the file.");
                    }
                }
            }
        } catch (Exception e) {
            return new Finding(Aspect.REVOCATION, Result.NOT_CHECKED,
                    "The revocation data in the file could not be read (" + e.getMessage() + ").");
        }
        return new Finding(Aspect.REVOCATION, Result.NOT_CHECKED, "The file carries no revocation data (CRL or OCSP)"
                + " for the signer's certificate; earchive never asks the network, so revocation was not checked.");
    }

    /** The responder signed with the issuer's key, or with a certificate the response carries that the issuer issued. */
    private static boolean signedByKnownResponder(BasicOCSPResp ocsp, X509Certificate issuer) {
        try {
            if (ocsp.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
                return true;
            }
        } catch (Exception e) {
            // not signed by the issuer itself: try a delegated responder below
        }
        for (X509CertificateHolder responder : ocsp.getCerts()) {
            try {
                if (responder.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))
                        && ocsp.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder))) {
                    return true;
                }
            } catch (Exception e) {
                // not this one
            }
        }
        return false;
    }

    private static String thisUpdate(Date date) {
        return date == null ? "unknown date" : date.toInstant().toString();
    }
}
