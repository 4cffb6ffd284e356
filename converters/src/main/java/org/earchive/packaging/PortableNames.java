package org.earchive.packaging;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a file name in a package can be written on every system the package may be opened on. Names are data:
 * earchive keeps a source's name as it was given, so a Linux folder can hand it {@code CON.pdf} or {@code a:b.pdf},
 * which Windows cannot create — the package unpacks there with files missing. The finding says so before the
 * package leaves; renaming stays the clerk's decision, since the name is part of the record.
 */
final class PortableNames {

    /** Device names Windows reserves whatever the extension ({@code CON.pdf} is the console). */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final String FORBIDDEN = "<>:\"|?*\\";

    private PortableNames() {
    }

    /** Null when {@code name} (one path segment) is portable; otherwise why not, in a sentence's words. */
    static String problem(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(stem)) {
            return stem + " is a device name Windows reserves";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "it holds a control character (such as a line break)";
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "it holds '" + c + "', which Windows does not allow in a name";
            }
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "it ends with a dot or a space, which Windows drops";
        }
        return null;
    }
}
