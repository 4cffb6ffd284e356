package org.earchive.formats.vietnamese;

import java.util.Set;

/**
 * What converting a document's legacy-font text did: the fonts whose text was decoded, the code of the first
 * of them, how many runs (or text pieces, or e-mail parts) were converted, and why when not by fonts alone.
 */
public record LegacyRuns(Set<String> fonts, LegacyEncoding encoding, int runs, String reason) {

    /** Converted because of their fonts. */
    public LegacyRuns(Set<String> fonts, LegacyEncoding encoding, int runs) {
        this(fonts, encoding, runs, null);
    }

    /**
     * One sentence for {@code detect}, the report and PREMIS: "12 text run(s) in the font(s) .VnTime, .VnTimeH",
     * or the reason given when it was not the fonts alone.
     */
    public String evidence() {
        return reason != null ? reason : runs + " text run(s) in the font(s) " + String.join(", ", fonts);
    }

    /** The result for the fonts seen, or null when nothing was converted. */
    static LegacyRuns of(Set<String> fonts, int runs) {
        if (runs == 0 || fonts.isEmpty()) {
            return null;
        }
        return new LegacyRuns(java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(fonts)),
                LegacyFont.of(fonts.iterator().next()).orElseThrow().encoding(), runs);
    }
}
