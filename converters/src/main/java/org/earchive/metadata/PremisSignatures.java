package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureCheck;
import org.earchive.detect.SignatureCheck.Finding;
import org.earchive.detect.SignatureOutcome;
import org.w3c.dom.Element;

/**
 * A PDF signature in PREMIS 3: the object's {@code signatureInformation} (who signed, how, the value, the rules
 * it was checked by, and what checking found), and the "digital signature validation" event's outcome. So that
 * years later the archive can show who signed and that the record is the one signed.
 */
final class PremisSignatures {

    /** The Library of Congress event type term. */
    static final String EVENT_TYPE = "digital signature validation";

    static final String VALIDATION_RULES = "ISO 32000 digital signature (CMS, RFC 5652) checked by earchive with"
            + " BouncyCastle: the digest over the signed byte range and the signature value; the signer's certificate"
            + " at signing time; its chain against the trust store given to the run (none by default); an RFC 3161"
            + " timestamp if present; revocation data embedded in the file only, never fetched over the network.";

    /** What the validation event says. */
    record Validation(String detail, String outcome, String note) {
    }

    private PremisSignatures() {
    }

    /** signatureInformation/signature under a file object, in the order PREMIS 3's schema requires. */
    static void information(Element object, PdfSignature signature) {
        SignatureCheck check = signature.check();
        Element information = add(object, "signatureInformation", null);
        Element element = add(information, "signature", null);
        add(element, "signatureEncoding", "base64");
        if (signature.signer() != null && !signature.signer().isBlank()) {
            add(element, "signer", signature.signer());
        }
        add(element, "signatureMethod", method(signature));
        add(element, "signatureValue", check == null || check.value() == null ? "unknown" : check.value());
        add(element, "signatureValidationRules", VALIDATION_RULES);
        for (String property : properties(signature)) {
            add(element, "signatureProperties", property);
        }
    }

    /** pass for a valid signature, fail for an invalid one; anything else says what stayed open. */
    static Validation validation(PdfSignature signature) {
        SignatureOutcome outcome = signature.check() == null ? SignatureOutcome.NOT_CHECKED : signature.check().outcome();
        String result = switch (outcome) {
            case VALID -> "pass";
            case INVALID -> "fail";
            default -> outcome.id();
        };
        StringBuilder note = new StringBuilder(outcome.sentence());
        if (signature.check() != null) {
            for (Finding finding : signature.check().findings()) {
                note.append(' ').append(finding.aspect().id()).append(" (").append(finding.result().id()).append("): ")
                        .append(finding.sentence());
            }
        }
        String who = signature.signer() == null ? "an unknown signer" : signature.signer();
        return new Validation("signature of " + who + " checked as the file arrived", result, note.toString());
    }

    private static String method(PdfSignature signature) {
        SignatureCheck check = signature.check();
        String algorithm = check == null || check.signatureAlgorithm() == null ? "unknown algorithm" : check.signatureAlgorithm();
        return algorithm + (signature.subFilter() == null ? "" : " (" + signature.subFilter() + ")");
    }

    private static List<String> properties(PdfSignature signature) {
        List<String> properties = new ArrayList<>();
        SignatureCheck check = signature.check();
        if (check == null) {
            return properties;
        }
        properties.add("outcome: " + check.outcome().id());
        if (check.signingTime() != null) {
            properties.add("signing time: " + check.signingTime() + " (" + check.timeSource() + ")");
        }
        if (check.signerSubject() != null) {
            properties.add("certificate subject: " + check.signerSubject());
            properties.add("certificate issuer: " + check.issuer());
            properties.add("certificate serial number: " + check.serialNumber());
        }
        if (check.digestAlgorithm() != null) {
            properties.add("digest algorithm: " + check.digestAlgorithm());
        }
        if (check.valueSha256() != null) {
            properties.add("SHA-256 of the signature value: " + check.valueSha256());
        }
        properties.add("covers the whole file: " + (signature.coversWholeFile() ? "yes" : "no"));
        if (check.docMdp() != null) {
            properties.add("certifying signature, DocMDP permission " + check.docMdp());
        }
        return properties;
    }

    private static Element add(Element parent, String name, String text) {
        return XmlDocuments.add(parent, PremisWriter.PREMIS, "premis:" + name, text);
    }
}
