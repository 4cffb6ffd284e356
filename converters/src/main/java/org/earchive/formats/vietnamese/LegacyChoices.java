package org.earchive.formats.vietnamese;

import org.earchive.core.LegacyEncodingChoice;
import org.earchive.core.RunContext;

/** What {@code --legacy-encoding} means for the readers of legacy Vietnamese text. */
public final class LegacyChoices {

    private LegacyChoices() {
    }

    /** Whether anything may be converted ({@code off} converts nothing). */
    public static boolean converts(LegacyEncodingChoice choice) {
        return choice != LegacyEncodingChoice.OFF;
    }

    public static boolean converts(RunContext context) {
        return context == null || converts(context.legacyEncoding());
    }

    /** The code a person named for text with no font to go by, or null to decide from the characters. */
    public static LegacyEncoding forced(LegacyEncodingChoice choice) {
        return switch (choice == null ? LegacyEncodingChoice.AUTO : choice) {
            case TCVN3 -> LegacyEncoding.TCVN3;
            case VNI -> LegacyEncoding.VNI;
            case VISCII -> LegacyEncoding.VISCII;
            case AUTO, OFF -> null;
        };
    }
}
