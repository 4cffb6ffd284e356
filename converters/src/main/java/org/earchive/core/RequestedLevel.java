package org.earchive.core;

import java.util.List;
import java.util.Locale;

/**
 * The PDF/A part a run was asked for ({@code --level}), whether PDF/UA-1 is wanted alongside it, and whether the
 * source file travels inside each PDF/A-3 as its associated original ({@code --embed-original}). A request is
 * what is aimed at: the pipeline writes the level veraPDF confirms, the closest lower one when the source does not
 * allow it, and says why.
 *
 * @param level         "1b", "2b", "2u", "2a", "3b", "3u" or "3a"; null for earchive's own choice (2u for born-digital
 *                      documents, 2b for scans, 3u for e-mails)
 * @param ua            tagged PDF/UA-1 wanted as well (documents with structure; scans cannot have it)
 * @param embedOriginal the source embedded in the PDF/A-3 as its associated file with the relationship Source
 */
public record RequestedLevel(String level, boolean ua, boolean embedOriginal) {

    /** The levels a user may ask for, in the order the help lists them. */
    public static final List<String> LEVELS = List.of("1b", "2b", "2u", "2a", "3b", "3u", "3a");

    /** earchive's own choice, as before this option existed. */
    public static final RequestedLevel DEFAULT = new RequestedLevel(null, false, false);

    public RequestedLevel {
        level = level == null ? null : level.trim().toLowerCase(Locale.ROOT).replace("pdf/a-", "");
        if (level != null && !LEVELS.contains(level)) {
            throw new IllegalArgumentException("unknown PDF/A level '" + level + "': use one of " + String.join(", ", LEVELS));
        }
        if (embedOriginal && (level == null || level.charAt(0) != '3')) {
            // PDF/A-1 forbids embedded files and PDF/A-2 allows only PDF/A ones: the original can only travel in part 3
            throw new IllegalArgumentException(level == null ? "the original can be embedded only in a PDF/A-3 (level 3b,"
                    + " 3u or 3a)" : "the original can be embedded only in a PDF/A-3 (level 3b, 3u or 3a); PDF/A-" + level
                    + " cannot carry it");
        }
        if (ua && level != null && level.charAt(0) == '1') {
            throw new IllegalArgumentException("PDF/UA-1 needs a tagged file, which PDF/A-" + level + " is not here: ask for"
                    + " level 2a or 3a with it");
        }
    }

    /** Parses the command line's values; {@code ua} alone means PDF/A-2a with PDF/UA-1. */
    public static RequestedLevel of(String level, boolean ua, boolean embedOriginal) {
        return new RequestedLevel(level == null && ua ? "2a" : level, ua, embedOriginal);
    }

    public boolean isDefault() {
        return level == null && !ua && !embedOriginal;
    }

    /** A structure tree is wanted: level a or PDF/UA. */
    public boolean tagged() {
        return ua || (level != null && level.endsWith("a"));
    }

    /** What the journal records, so that a run asking for another level converts again; "" for the default. */
    public String shaping() {
        return isDefault() ? "" : "level=" + level + (ua ? "+ua1" : "") + (embedOriginal ? "+original" : "");
    }
}
