package org.earchive.detect;

import java.util.List;

/**
 * What a file is.
 *
 * @param mime       the media type Tika detects from the content (and the name, where content is ambiguous); it
 *                   decides which converter reads the file
 * @param puid       the PRONOM unique identifier PRONOM's signatures give (DROID's code and signature files), e.g.
 *                   "fmt/44", or null when no signature and no extension names a format
 * @param formatName a human-readable format name with its version, from PRONOM where it identified the file, e.g.
 *                   "JPEG File Interchange Format 1.02"
 * @param candidates every PUID the signatures could not tell apart, {@code puid} first (usually just it)
 */
public record Detection(String mime, String puid, String formatName, List<String> candidates) {

    public Detection {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A detection known from elsewhere than the signatures (a file earchive wrote itself, a test). */
    public Detection(String mime, String puid, String formatName) {
        this(mime, puid, formatName, puid == null ? List.of() : List.of(puid));
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
}
