package org.earchive.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.detect.SignatureCheck.Finding;
import org.earchive.detect.SignatureCheck.Result;

/**
 * A document's signatures told briefly, for reports: each signer once with its verdict ("BỘ Y TẾ: valid", not seven
 * times "BỘ Y TẾ"), and a warning for every signature that is not valid or whose signer is not trusted.
 */
public final class SignatureSummary {

    /** Report fact: each signer and verdict once, e.g. "BỘ Y TẾ: valid ×7; Sở Nội vụ: invalid". */
    public static final String SIGNATURES = "signatures";

    private SignatureSummary() {
    }

    /** "BỘ Y TẾ: valid ×7; Sở Nội vụ: invalid", or null when there are none. */
    public static String line(List<PdfSignature> signatures) {
        if (signatures.isEmpty()) {
            return null;
        }
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (PdfSignature signature : signatures) {
            counted.merge(signerOf(signature) + ": " + outcomeOf(signature).id(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counted.forEach((text, count) -> parts.add(count > 1 ? text + " ×" + count : text));
        return String.join("; ", parts);
    }

    /** The report's facts about the signatures: empty for an unsigned document. */
    public static Map<String, String> facts(List<PdfSignature> signatures) {
        String line = line(signatures);
        return line == null ? Map.of() : Map.of(SIGNATURES, line);
    }

    /** One sentence for each distinct problem: what failed, or that the signer is not trusted. */
    public static List<String> warnings(List<PdfSignature> signatures) {
        List<String> sentences = new ArrayList<>();
        for (PdfSignature signature : signatures) {
            SignatureOutcome outcome = outcomeOf(signature);
            if (outcome != SignatureOutcome.INVALID && outcome != SignatureOutcome.SIGNER_NOT_TRUSTED) {
                continue;
            }
            StringBuilder sentence = new StringBuilder("The digital signature of ").append(signerOf(signature))
                    .append(outcome == SignatureOutcome.INVALID ? " is not valid:" : " is intact, but not trusted:");
            for (Finding finding : signature.check().findings()) {
                if (finding.result() == Result.FAILED) {
                    sentence.append(' ').append(finding.sentence());
                }
            }
            if (!sentences.contains(sentence.toString())) {
                sentences.add(sentence.toString());
            }
        }
        return sentences;
    }

    public static SignatureOutcome outcomeOf(PdfSignature signature) {
        return signature.check() == null ? SignatureOutcome.NOT_CHECKED : signature.check().outcome();
    }

    private static String signerOf(PdfSignature signature) {
        return signature.signer() == null || signature.signer().isBlank() ? "an unknown signer" : signature.signer();
    }
}
