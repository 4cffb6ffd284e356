package org.earchive.convert;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.earchive.pdfa.PdfText;

/** Compares a source's characters with the PDF's extractable text and says which did not survive. */
public final class FidelityCheck {

    private static final int MAX_LISTED = 12;

    private FidelityCheck() {
    }

    /** An empty list when every character of the source is in the PDF's text; otherwise one warning. */
    public static List<String> lostCharacters(String source, String extracted) {
        Map<String, Integer> missing = PdfText.missingCharacters(source, extracted);
        if (missing.isEmpty()) {
            return List.of();
        }
        int total = missing.values().stream().mapToInt(Integer::intValue).sum();
        String listed = missing.entrySet().stream().limit(MAX_LISTED)
                .map(e -> "'" + e.getKey() + "' (U+" + Integer.toHexString(e.getKey().codePointAt(0)).toUpperCase() + ") x" + e.getValue())
                .collect(Collectors.joining(", "));
        return List.of(total + " character(s) of the source are missing from the PDF's text, e.g. " + listed
                + ": no bundled font has them, or they could not be mapped to Unicode.");
    }
}
