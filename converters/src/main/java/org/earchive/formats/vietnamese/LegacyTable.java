package org.earchive.formats.vietnamese;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * One legacy Vietnamese code as read from its data file ({@code tcvn3.tsv}, {@code vni.tsv}, {@code viscii.tsv}
 * beside this class, each citing the standard it was written from): which byte sequences stand for which
 * letters. Text is handled as the characters U+0000..U+00FF, one per byte, which is what a file's bytes read
 * as ISO-8859-1 give and what a word processor stores for a run in a {@code .VnTime} or {@code VNI-Times} font.
 * Immutable and thread-safe.
 */
final class LegacyTable {

    private final String name;
    /** legacy sequence (1 or 2 characters) -> Unicode NFC */
    private final Map<String, String> toUnicode;
    /** Unicode NFC letter -> legacy sequence */
    private final Map<String, String> fromUnicode;
    private final int longest;
    private final boolean[] meaningful = new boolean[256];

    private LegacyTable(String name, Map<String, String> toUnicode) {
        this.name = name;
        this.toUnicode = Map.copyOf(toUnicode);
        Map<String, String> reverse = new HashMap<>();
        int max = 1;
        for (Map.Entry<String, String> entry : toUnicode.entrySet()) {
            // the first (shortest) code of a letter wins: VN1's precomposed codes over a base + combining mark
            reverse.merge(entry.getValue(), entry.getKey(), (a, b) -> a.length() <= b.length() ? a : b);
            max = Math.max(max, entry.getKey().length());
            for (char c : entry.getKey().toCharArray()) {
                if (c >= 0x80 || c < 0x20) {
                    meaningful[c] = true;
                }
            }
        }
        this.fromUnicode = Map.copyOf(reverse);
        this.longest = max;
    }

    static LegacyTable load(String resource) {
        try (InputStream in = LegacyTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing mapping table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                map.put(codes(columns[0], 16, true), codes(columns[1], 16, false));
            }
            return new LegacyTable(resource, map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "6F E4" -> the characters U+006F U+00E4. */
    private static String codes(String column, int radix, boolean bytes) {
        StringBuilder text = new StringBuilder();
        for (String code : column.trim().split(" ")) {
            int value = Integer.parseInt(code, radix);
            if (bytes && value > 0xFF) {
                throw new IllegalStateException("not a byte: " + code);
            }
            text.appendCodePoint(value);
        }
        return text.toString();
    }

    /** Each known sequence (longest first) replaced by its letter; anything else kept; the result in NFC. */
    String decode(CharSequence legacy) {
        StringBuilder out = new StringBuilder(legacy.length());
        int i = 0;
        while (i < legacy.length()) {
            String letter = null;
            int taken = 0;
            for (int length = Math.min(longest, legacy.length() - i); length >= 1 && letter == null; length--) {
                letter = toUnicode.get(legacy.subSequence(i, i + length).toString());
                taken = length;
            }
            if (letter == null) {
                out.append(legacy.charAt(i));
                i++;
            } else {
                out.append(letter);
                i += taken;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The legacy form of a Unicode text (for making test documents and fixtures); a character the code has no
     * sequence for is kept as it is.
     */
    String encode(CharSequence unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            out.append(fromUnicode.getOrDefault(letter, letter));
        });
        return out.toString();
    }

    /**
     * What one code draws on its own, as a PDF font's glyph for it: its letter, or for a modifier byte of a code
     * that writes letters as base + modifier (VNI) the combining marks it adds (the most common reading across
     * the table), or the character itself.
     */
    String glyph(char code) {
        String letter = toUnicode.get(String.valueOf(code));
        if (letter != null) {
            return letter;
        }
        Map<String, Integer> readings = new HashMap<>();
        for (Map.Entry<String, String> entry : toUnicode.entrySet()) {
            String key = entry.getKey();
            if (key.length() == 2 && key.charAt(1) == code) {
                String base = Normalizer.normalize(key.substring(0, 1), Normalizer.Form.NFD);
                String letterParts = Normalizer.normalize(entry.getValue(), Normalizer.Form.NFD);
                if (letterParts.toLowerCase(java.util.Locale.ROOT).startsWith(base.toLowerCase(java.util.Locale.ROOT))) {
                    readings.merge(letterParts.substring(base.length()), 1, Integer::sum);
                }
            }
        }
        return readings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(marks -> !marks.isEmpty()).orElse(String.valueOf(code));
    }

    /** Whether {@code c} is a byte outside ASCII's printable range that this code gives a meaning to. */
    boolean uses(char c) {
        return c < meaningful.length && meaningful[c];
    }

    int size() {
        return toUnicode.size();
    }

    @Override
    public String toString() {
        return name;
    }
}
