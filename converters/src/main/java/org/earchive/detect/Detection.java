package org.earchive.detect;

/**
 * What a file is.
 *
 * @param mime       the media type Tika detects from the content (and the name, where content is ambiguous)
 * @param puid       the PRONOM unique identifier, e.g. "fmt/44", or null when earchive cannot tell
 * @param formatName a human-readable format name with version where known, e.g. "JPEG File Interchange Format 1.02"
 */
public record Detection(String mime, String puid, String formatName) {

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
