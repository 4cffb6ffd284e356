package org.earchive.detect;

import java.text.Normalizer;

/**
 * Tells plainly Vietnamese text by its letters: ă, đ, ơ, ư, ĩ, ũ and the letters with a dot below or a hook above
 * (Unicode's Vietnamese block, U+1EA0-U+1EF9) belong to no other language a Vietnamese archive holds, and make up
 * a fifth to a quarter of the letters of Vietnamese prose (20.8-24.3% in the sample documents). Optimaize's
 * detector, loaded with all its profiles, already answers "vi" above 10-13% (a page of Vietnamese with a page of
 * English or French); a text at {@link #MIN_SHARE} or more is therefore answered here, the same, without it.
 * Anything less (English with Vietnamese names, mixed pages, other languages) is left to the detector.
 */
final class VietnameseLetters {

    /** Share of the letters that must be Vietnamese-only: well above where the detector turns to "vi". */
    static final double MIN_SHARE = 0.15;

    private VietnameseLetters() {
    }

    static boolean plainlyVietnamese(String text) {
        // NFC: decomposed input (a base letter and combining marks) counts the same as precomposed
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int letters = 0;
        int vietnamese = 0;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (vietnameseOnly(c)) {
                    vietnamese++;
                }
            }
        }
        return letters > 0 && vietnamese >= MIN_SHARE * letters;
    }

    private static boolean vietnameseOnly(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || "ăĂđĐơƠưƯĩĨũŨ".indexOf(c) >= 0;
    }
}
