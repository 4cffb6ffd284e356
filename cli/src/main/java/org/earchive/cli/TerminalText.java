package org.earchive.cli;

/**
 * Text from files (names, sentences quoting them) as a terminal may safely show it: a control character (an escape
 * sequence in a file name would recolour or rewrite the screen), a C1 control or a bidirectional override is written
 * as {@code \\uXXXX} instead of being acted on. What earchive writes to files keeps the text as it is.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String shown(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean acted = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069;
            if (acted && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(acted ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
