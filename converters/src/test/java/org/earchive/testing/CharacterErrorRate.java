package org.earchive.testing;

import org.earchive.pdfa.PdfText;

/**
 * The share of characters OCR got wrong: Levenshtein distance between what was printed and what was read,
 * divided by the length of what was printed. Both sides are compared as {@link PdfText#comparable} text
 * (NFC, whitespace removed), because line breaks on the page are not the source's line breaks.
 */
public final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    public static double of(String expected, String actual) {
        int[] a = PdfText.comparable(expected).codePoints().toArray();
        int[] b = PdfText.comparable(actual).codePoints().toArray();
        if (a.length == 0) {
            return b.length == 0 ? 0 : 1;
        }
        return (double) levenshtein(a, b) / a.length;
    }

    static int levenshtein(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
