package org.earchive.detect;

import java.util.Collection;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/** The signer's common name from a CMS signature's certificate: shown to people, never trusted for anything. */
public final class SignerName {

    private SignerName() {
    }

    /** @return the certificate subject's CN (or whole subject), or null when the signature cannot be read */
    public static String fromCms(byte[] contents) {
        if (contents == null || contents.length == 0) {
            return null;
        }
        try {
            CMSSignedData cms = new CMSSignedData(contents);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certificates = cms.getCertificates()
                        .getMatches((Selector<X509CertificateHolder>) signer.getSID());
                for (X509CertificateHolder certificate : certificates) {
                    return commonName(certificate.getSubject());
                }
            }
            return null;
        } catch (Exception | LinkageError e) {
            // a signature earchive cannot parse still counts as a signature; its signer is just unknown
            return null;
        }
    }

    /** The subject's CN, or the whole subject when it has none. */
    public static String commonName(X500Name subject) {
        RDN[] commonNames = subject.getRDNs(BCStyle.CN);
        return commonNames.length > 0 ? IETFUtils.valueToString(commonNames[0].getFirst().getValue()) : subject.toString();
    }
}
