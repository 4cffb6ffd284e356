package org.earchive.detect;

import java.util.List;

/**
 * What checking one digital signature found, aspect by aspect, each with a sentence a clerk can read. Whatever
 * could not be checked says "not checked" and why; nothing is fetched from the network to decide.
 *
 * @param outcome            the verdict over all aspects
 * @param findings           one per aspect, in {@link Aspect} order
 * @param signingTime        when it was signed (ISO 8601), from a verified timestamp or the signer's claim; null if unknown
 * @param timeSource         where {@code signingTime} comes from: "timestamp", "signer's claim" or null
 * @param signerSubject      the signer certificate's subject (RFC 2253), or null
 * @param issuer             the signer certificate's issuer (RFC 2253), or null
 * @param serialNumber       the signer certificate's serial number (hex), or null
 * @param digestAlgorithm    e.g. "SHA-256", or null
 * @param signatureAlgorithm e.g. "SHA256WITHRSA", or null
 * @param value              the signature value (base64), or null
 * @param valueSha256        SHA-256 of the signature value (hex): a short handle on it, or null
 * @param docMdp             the certifying signature's DocMDP permission (1 no change, 2 form filling and signing,
 *                           3 also annotations), or null when this signature does not certify the document
 */
public record SignatureCheck(SignatureOutcome outcome, List<Finding> findings, String signingTime, String timeSource,
                             String signerSubject, String issuer, String serialNumber, String digestAlgorithm,
                             String signatureAlgorithm, String value, String valueSha256, Integer docMdp) {

    public SignatureCheck {
        findings = List.copyOf(findings);
    }

    /** What is checked, in the order it is reported. */
    public enum Aspect {
        INTEGRITY("integrity"),
        COVERAGE("coverage"),
        VALIDITY_AT_SIGNING("certificate-validity"),
        CHAIN("certificate-chain"),
        TIMESTAMP("timestamp"),
        REVOCATION("revocation");

        private final String id;

        Aspect(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Result {
        PASSED("passed"), FAILED("failed"), WARNING("warning"), NOT_CHECKED("not checked");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One aspect's result and the sentence that explains it. */
    public record Finding(Aspect aspect, Result result, String sentence) {
    }

    public Finding finding(Aspect aspect) {
        return findings.stream().filter(finding -> finding.aspect() == aspect).findFirst().orElse(null);
    }

    public Result result(Aspect aspect) {
        Finding finding = finding(aspect);
        return finding == null ? Result.NOT_CHECKED : finding.result();
    }

    /** A signature that could not be read at all. */
    static SignatureCheck notChecked(String sentence) {
        return new SignatureCheck(SignatureOutcome.NOT_CHECKED,
                List.of(new Finding(Aspect.INTEGRITY, Result.NOT_CHECKED, sentence)),
                null, null, null, null, null, null, null, null, null, null);
    }
}
