package org.earchive.core;

import java.util.Locale;

/**
 * What a run is told about pre-Unicode Vietnamese text ({@code --legacy-encoding}): decide from the evidence,
 * read text with no font to go by in one named code, or convert nothing.
 */
public enum LegacyEncodingChoice {
    /** Font names convert; text without fonts converts when its characters say so clearly. */
    AUTO,
    /** Text without fonts that holds non-ASCII bytes is TCVN3 (font names still decide for their runs). */
    TCVN3,
    /** The same for VNI Windows. */
    VNI,
    /** The same for VISCII. */
    VISCII,
    /** Nothing is converted, whatever the fonts or the characters say. */
    OFF;

    /** "tcvn3" as well as "TCVN3". */
    public static LegacyEncodingChoice parse(String value) {
        for (LegacyEncodingChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(value.trim())) {
                return choice;
            }
        }
        throw new IllegalArgumentException("unknown legacy encoding '" + value + "': use auto, tcvn3, vni, viscii or off");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
