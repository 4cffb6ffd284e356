package org.earchive.pdfa;

import java.text.Normalizer;
import java.util.stream.Collectors;

/**
 * Every letter Vietnamese writes, precomposed (NFC): the test of whether a font can typeset a Vietnamese word
 * whole. A font that lacks one of them makes the layout engine draw that letter in another font, in the middle
 * of the word, and a reader's search for the word then fails.
 */
public final class VietnameseLetters {

    private static final String VOWELS = "aăâeêioôơuưy";
    /** Grave, acute, hook above, tilde, dot below: the five marked tones. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    /** Lower and upper case: the plain alphabet, đ, the vowels with their hats and horns, and each with each tone. */
    public static final String ALL = build();

    private VietnameseLetters() {
    }

    private static String build() {
        StringBuilder letters = new StringBuilder("abcdefghijklmnopqrstuvwxyzđ");
        for (char vowel : VOWELS.toCharArray()) {
            for (char tone : TONES.toCharArray()) {
                letters.append(Normalizer.normalize(String.valueOf(vowel) + tone, Normalizer.Form.NFC));
            }
        }
        letters.append("ăâêôơư");
        String lower = letters.toString();
        return lower + lower.toUpperCase(java.util.Locale.ROOT);
    }

    /** The letters of {@link #ALL} that {@code hasGlyph} says are missing, in order, as one string. */
    public static String missing(java.util.function.IntPredicate hasGlyph) {
        return ALL.codePoints().filter(cp -> !hasGlyph.test(cp))
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}
