package org.earchive.formats.vietnamese;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Undoes what Windows did to a legacy font's bytes 0x80-0x9F: a program that stores Unicode (Word's DOCX, an HTML
 * page saved as windows-1252, a PDF's WinAnsi font) stores such a byte as its Windows-1252 character ("œ" for
 * 0x9C). Here each of those 27 characters becomes its byte again (as a U+0080..U+009F character); everything
 * else is kept.
 */
final class WindowsBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] BYTE_OF = new char[0x10000];

    static {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        for (int b = 0x80; b <= 0x9F; b++) {
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            if (c.length() == 1 && c.charAt(0) > 0xFF && encoder.canEncode(c.charAt(0))) {
                BYTE_OF[c.charAt(0)] = (char) b;
            }
        }
    }

    private WindowsBytes() {
    }

    /** The byte of a Windows-1252 character above U+00FF, or -1. */
    static int byteOf(char c) {
        return BYTE_OF[c] == 0 ? -1 : BYTE_OF[c];
    }

    /** The text with each Windows-1252 character above U+00FF replaced by its byte. */
    static CharSequence asBytes(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char b = BYTE_OF[text.charAt(i)];
            if (b != 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, b);
            }
        }
        return out == null ? text : out;
    }
}
