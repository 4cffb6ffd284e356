package org.earchive.convert.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Free fonts drawn to the metrics of the two symbolic base-14 fonts, ZapfDingbats (the check marks and crosses of form
 * fields and signature widgets) and Symbol: URW's D050000L and Standard Symbols PS, which every machine with
 * Ghostscript has (Debian's fonts-urw-base35, or the older gsfonts). They are read from the system, not bundled: their
 * licence (AGPL with a font exception) lets a document embed them, and that is all earchive does with them.
 */
final class SymbolFontTwins {

    /** Where Debian and most distributions install them; the first that exists is used. */
    private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts/type1/urw-base35"),
            Path.of("/usr/share/fonts/urw-base35"), Path.of("/usr/share/fonts/type1/gsfonts"),
            Path.of("/usr/share/ghostscript/fonts"));

    /** The 512 zeros every Type 1 font program ends with, before {@code cleartomark}. */
    private static final int TRAILER_ZEROS = 512;

    private SymbolFontTwins() {
    }

    /** The twin's file names, newest naming first, or null when the font is not one of the two. */
    static List<String> fileNames(String baseFont) {
        String name = baseFont.replaceFirst("^[A-Z]{6}\\+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (name.equals("zapfdingbats") || name.equals("zadb") || name.equals("dingbats")) {
            return List.of("D050000L.t1", "d050000l.pfb");
        }
        if (name.equals("symbol")) {
            return List.of("StandardSymbolsPS.t1", "s050000l.pfb");
        }
        return null;
    }

    /**
     * The twin's font program in the PFB form PDFBox embeds, or null when this machine has none.
     *
     * @throws IOException when the file is there but is not a Type 1 font program
     */
    static byte[] pfb(List<String> fileNames) throws IOException {
        for (Path folder : FOLDERS) {
            for (String fileName : fileNames) {
                Path file = folder.resolve(fileName);
                if (Files.isRegularFile(file)) {
                    return toPfb(Files.readAllBytes(file));
                }
            }
        }
        return null;
    }

    /**
     * A Type 1 font program as PFB segments: the clear text up to {@code eexec}, the encrypted part as binary (URW
     * ships it binary; the PFA form has it in hexadecimal), and the trailer of zeros. A file already in PFB form is
     * returned as it is.
     */
    static byte[] toPfb(byte[] font) throws IOException {
        if (font.length > 0 && (font[0] & 0xFF) == 0x80) {
            return font;
        }
        int eexec = indexOf(font, "eexec".getBytes(StandardCharsets.US_ASCII), 0);
        int trailer = trailerStart(font);
        if (eexec < 0 || trailer < 0) {
            throw new IOException("not a Type 1 font program (no eexec section or no trailer)");
        }
        int encrypted = eexec + "eexec".length();
        while (encrypted < font.length && (font[encrypted] == '\r' || font[encrypted] == '\n' || font[encrypted] == ' '
                || font[encrypted] == '\t')) {
            encrypted++;
        }
        byte[] clear = java.util.Arrays.copyOfRange(font, 0, encrypted);
        byte[] body = java.util.Arrays.copyOfRange(font, encrypted, trailer);
        if (isHex(body)) {
            body = fromHex(body);
        }
        ByteArrayOutputStream pfb = new ByteArrayOutputStream(font.length + 18);
        segment(pfb, 1, clear);
        segment(pfb, 2, body);
        segment(pfb, 1, java.util.Arrays.copyOfRange(font, trailer, font.length));
        pfb.write(0x80);
        pfb.write(3);
        return pfb.toByteArray();
    }

    /** Where the last 512 zeros before {@code cleartomark} begin (line breaks between them allowed). */
    private static int trailerStart(byte[] font) {
        int cleartomark = lastIndexOf(font, "cleartomark".getBytes(StandardCharsets.US_ASCII));
        if (cleartomark < 0) {
            return -1;
        }
        int zeros = 0;
        int at = cleartomark;
        while (at > 0 && zeros < TRAILER_ZEROS) {
            byte b = font[at - 1];
            if (b == '0') {
                zeros++;
            } else if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return -1;
            }
            at--;
        }
        return zeros == TRAILER_ZEROS ? at : -1;
    }

    private static void segment(ByteArrayOutputStream pfb, int type, byte[] data) {
        pfb.write(0x80);
        pfb.write(type);
        int length = data.length;
        pfb.write(length & 0xFF);
        pfb.write(length >>> 8 & 0xFF);
        pfb.write(length >>> 16 & 0xFF);
        pfb.write(length >>> 24 & 0xFF);
        pfb.write(data, 0, length);
    }

    private static boolean isHex(byte[] body) {
        int checked = 0;
        for (int i = 0; i < body.length && checked < 4; i++) {
            if (Character.isWhitespace(body[i])) {
                continue;
            }
            if (Character.digit(body[i], 16) < 0) {
                return false;
            }
            checked++;
        }
        return checked == 4;
    }

    private static byte[] fromHex(byte[] hex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(hex.length / 2);
        int high = -1;
        for (byte b : hex) {
            int digit = Character.digit(b, 16);
            if (digit < 0) {
                continue;
            }
            if (high < 0) {
                high = digit;
            } else {
                out.write(high << 4 | digit);
                high = -1;
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] what) {
        outer:
        for (int i = data.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
