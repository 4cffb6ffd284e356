package org.earchive.detect;

import java.util.List;
import org.earchive.detect.pronom.PronomMatch;

/**
 * What a file is.
 *
 * @param mime       the media type Tika detects from the content (and the name, where content is ambiguous); it
 *                   decides which converter reads the file
 * @param puid       the PRONOM unique identifier PRONOM's signatures give (DROID's code and signature files), e.g.
 *                   "fmt/44", or null when no signature and no extension names a format
 * @param format        the format's name, from PRONOM's signature file where it identified the file (e.g. "JPEG File
 *                      Interchange Format"), else as Tika describes it
 * @param formatVersion the format's version there (e.g. "1.02"), or null when it has none or is not known
 * @param candidates    every PUID the signatures could not tell apart, {@code puid} first (usually just it)
 */
public record Detection(String mime, String puid, String format, String formatVersion, List<String> candidates) {

    public Detection {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A detection known from elsewhere than the signatures (a file earchive wrote itself, a test). */
    public Detection(String mime, String puid, String formatName) {
        this(mime, puid, formatName, null, puid == null ? List.of() : List.of(puid));
    }

    /** The name with its version, as a person reads it: "JPEG File Interchange Format 1.02". */
    public String formatName() {
        return PronomMatch.nameWithVersion(format, formatVersion);
    }

    public boolean isMime(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.equals(mime)) {
                return true;
            }
        }
        return false;
    }

    /** This PDF's identity once it is known to be the given PDF/A level ("PDF/A-2u" is fmt/478), as DROID names it. */
    public Detection withPdfaClaim(String level) {
        return PronomRegistry.withPdfaClaim(this, level);
    }

    /**
     * What a PDF/A earchive wrote itself is, known without reading it again: a PDF of the level veraPDF confirmed
     * ("PDF/A-2u" is fmt/478); null for a level PRONOM's signature file has no identifier for.
     */
    public static Detection ofWrittenPdfa(String level) {
        return PronomRegistry.writtenPdfa(level);
    }
}
