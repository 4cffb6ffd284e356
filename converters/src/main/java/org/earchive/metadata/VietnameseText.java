package org.earchive.metadata;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text operations the extraction needs: Unicode NFC (TCVN 6909:2001 text arrives composed or decomposed,
 * and OCR output varies), and a diacritic-free folded form for matching, so that "Quyết định", "QUYẾT ĐỊNH"
 * and OCR's "Quyet dinh" all match one pattern.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Diacritics removed and đ/Đ turned into d/D, one character for one character, so that a match in the
     * folded text has the same offsets in the NFC original. The input must already be NFC.
     */
    public static String fold(String nfcText) {
        StringBuilder folded = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            folded.append(foldChar(nfcText.charAt(i)));
        }
        return folded.toString();
    }

    /** Folded and lower-cased, with runs of white space as one space: for comparing names and labels. */
    public static String key(String text) {
        return fold(nfc(text)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == 'đ') {
            return 'd';
        }
        if (c == 'Đ' || c == 'Ð') {
            return 'D';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        // a stray combining mark (text that was not composable) folds to nothing visible but keeps its place
        return Character.getType(base) == Character.NON_SPACING_MARK ? '\u200B' : base;
    }

    /**
     * A line written in capitals, as NĐ 30 prints organ names, type names and signer titles: at least two
     * letters and no lower-case letter.
     */
    public static boolean isUpperCase(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
