package org.earchive.formats.vietnamese;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Undoes what programs that store Unicode did to a legacy font's bytes. Windows stores a byte 0x80-0x9F as its
 * Windows-1252 character (Word's DOCX, an HTML page saved as windows-1252, a PDF's WinAnsi font: "œ" for 0x9C);
 * a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) LibreOffice stores as U+F100 + the byte,
 * and Word a byte of a font it takes for a symbol font as U+F000 + the byte. Here each such character becomes
 * its byte again (a U+0000..U+00FF character); everything else is kept.
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

    /**
     * The byte a character above U+00FF stands for: a private-use U+F000..U+F1FF one's always, a Windows-1252
     * one's when {@code windowsLetters}; otherwise -1.
     */
    static int byteOf(char c, boolean windowsLetters) {
        if (c >= 0xF000 && c <= 0xF1FF) {
            return c & 0xFF;
        }
        return !windowsLetters || BYTE_OF[c] == 0 ? -1 : BYTE_OF[c];
    }

    /** The text with each character {@link #byteOf} knows replaced by its byte. */
    static CharSequence asBytes(CharSequence text, boolean windowsLetters) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = c <= 0xFF ? -1 : byteOf(c, windowsLetters);
            if (b >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) b);
            }
        }
        return out == null ? text : out;
    }

    /** Whether a page's charset is one a browser reads as windows-1252 (the label, ISO-8859-1, US-ASCII). */
    static boolean isWindows1252(Charset charset) {
        return charset != null && (charset.equals(WINDOWS_1252) || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII));
    }

    /** Whether the bytes hold one that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
    static boolean hasUndefined(byte[] bytes) {
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                return true;
            }
        }
        return false;
    }

    /** Windows-1252 as the WHATWG Encoding Standard (every browser) reads it: an undefined byte is U+0080 + its low bits. */
    static String decodeAsBrowsers(byte[] bytes) {
        String windows = new String(bytes, WINDOWS_1252);
        if (windows.length() != bytes.length) {
            throw new IllegalStateException("windows-1252 is one character a byte");
        }
        StringBuilder out = new StringBuilder(windows);
        for (int i = 0; i < bytes.length; i++) {
            int u = bytes[i] & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                out.setCharAt(i, (char) u);
            }
        }
        return out.toString();
    }
}
