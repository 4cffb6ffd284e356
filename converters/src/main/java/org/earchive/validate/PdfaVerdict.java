package org.earchive.validate;

import java.util.List;

/**
 * veraPDF's verdict on one file.
 *
 * @param flavour     the level validated against, e.g. "2u"; null when the file claims none and none was asked for
 * @param compliant   true only when veraPDF ran to the end and every rule passed
 * @param failedRules the rules broken, most frequent first
 * @param problem     why the file could not be validated at all (encrypted, not a PDF, no PDF/A claim), or null
 */
public record PdfaVerdict(String flavour, boolean compliant, List<FailedRule> failedRules, String problem) {

    public PdfaVerdict {
        failedRules = List.copyOf(failedRules);
    }

    /** The problem of a file that claims no PDF/A level, validated without one being asked for. */
    public static final String NO_CLAIM = "Not PDF/A: the file does not claim a PDF/A level (no pdfaid in its XMP"
            + " metadata).";

    public static PdfaVerdict noClaim() {
        return couldNotValidate(null, NO_CLAIM);
    }

    /** True for a file that claims no PDF/A level: not a failure of the validator, a fact about the file. */
    public boolean noClaimMade() {
        return NO_CLAIM.equals(problem);
    }

    public static PdfaVerdict couldNotValidate(String flavour, String problem) {
        return new PdfaVerdict(flavour, false, List.of(), problem);
    }

    /** Rule ids, for reports: "6.2.4.3-2, 6.6.2.1-1". */
    public List<String> failedRuleIds() {
        return failedRules.stream().map(FailedRule::id).toList();
    }
}
