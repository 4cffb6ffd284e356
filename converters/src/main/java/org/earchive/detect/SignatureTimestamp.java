package org.earchive.detect;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.earchive.detect.SignatureCheck.Aspect;
import org.earchive.detect.SignatureCheck.Finding;
import org.earchive.detect.SignatureCheck.Result;

/**
 * An RFC 3161 timestamp token: either inside a signature (the unsigned attribute that vouches for when the
 * signature value existed) or a whole document timestamp (ETSI.RFC3161). Its own signature and its message
 * imprint are checked; whether its authority is trusted is said in the sentence.
 */
final class SignatureTimestamp {

    /** What a timestamp token proved, or why it proved nothing. */
    record Checked(Finding finding, Date time, X509Certificate authority) {
        boolean verified() {
            return finding.result() == Result.PASSED;
        }
    }

    private SignatureTimestamp() {
    }

    /** The token in a signer's unsigned attributes, or null when it has none. */
    static TimeStampToken tokenOf(SignerInformation signer) throws Exception {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        return new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
    }

    /**
     * @param token   the token
     * @param stamped the bytes the token must vouch for: the signature value, or a document timestamp's signed range
     */
    static Checked check(TimeStampToken token, byte[] stamped) {
        try {
            var calculator = new JcaDigestCalculatorProviderBuilder().build()
                    .get(token.getTimeStampInfo().getHashAlgorithm());
            try (var out = calculator.getOutputStream()) {
                out.write(stamped);
            }
            byte[] expected = calculator.getDigest();
            if (!MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                return new Checked(new Finding(Aspect.TIMESTAMP, Result.FAILED,
                        "The timestamp token does not match what it claims to vouch for: it belongs to other data."),
                        null, null);
            }
            X509CertificateHolder authority = authorityOf(token);
            if (authority == null) {
                return new Checked(new Finding(Aspect.TIMESTAMP, Result.NOT_CHECKED, "The timestamp token does not"
                        + " carry its authority's certificate, so its own signature was not checked."), null, null);
            }
            // checks the token's signature, and that the authority's certificate was valid and meant for timestamps
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
            Date time = token.getTimeStampInfo().getGenTime();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(authority);
            return new Checked(new Finding(Aspect.TIMESTAMP, Result.PASSED, "A timestamp by "
                    + SignerName.commonName(authority.getSubject()) + " vouches that it existed at "
                    + time.toInstant() + "."), time, certificate);
        } catch (OperatorCreationException e) {
            return new Checked(new Finding(Aspect.TIMESTAMP, Result.NOT_CHECKED,
                    "The timestamp uses a digest this Java does not know (" + e.getMessage() + ")."), null, null);
        } catch (Exception e) {
            return new Checked(new Finding(Aspect.TIMESTAMP, Result.FAILED,
                    "The timestamp token does not verify (" + e.getMessage() + ")."), null, null);
        }
    }

    private static X509CertificateHolder authorityOf(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }
}
