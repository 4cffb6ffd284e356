package org.earchive.formats.vietnamese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides from the characters alone whether a text (its bytes as U+0000..U+00FF) was typed in TCVN3, VNI or
 * VISCII. For each code the words holding its non-ASCII bytes are decoded and checked as Vietnamese
 * syllables; a code wins when almost all of them become syllables, the rest of the text reads as Vietnamese
 * too, and no other code does as well. A French or German text fails this (its accented words do not become
 * syllables, its plain words are mostly not Vietnamese), so it is never "converted". Thread-safe.
 */
public final class LegacyTextEvidence {

    /** Words holding legacy bytes needed before anything is converted on statistics alone. */
    static final int MIN_WORDS = 3;
    static final double STRONG_SHARE = 0.9;
    static final double WEAK_SHARE = 0.6;
    static final double TEXT_STRONG_SHARE = 0.7;
    static final double TEXT_WEAK_SHARE = 0.5;
    /** The runner-up may read at most this share as many words into syllables as the winner does. */
    static final double CLEAR_WINNER_RATIO = 0.75;

    /** How one code reads a text. */
    record Reading(LegacyEncoding encoding, int touched, int touchedSyllables, int words, int syllables) {

        double touchedShare() {
            return touched == 0 ? 0 : (double) touchedSyllables / touched;
        }

        double textShare() {
            return words == 0 ? 0 : (double) syllables / words;
        }
    }

    public LegacyVerdict weigh(CharSequence text) {
        if (!hasLegacyBytes(text) || hasUnicodeVietnamese(text)) {
            return LegacyVerdict.NONE;
        }
        List<Reading> readings = new ArrayList<>();
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            readings.add(read(text, encoding));
        }
        readings.sort(Comparator.comparingInt(Reading::touchedSyllables).reversed());
        Reading best = readings.get(0);
        Reading second = readings.get(1);
        if (best.touchedSyllables() == 0) {
            return LegacyVerdict.NONE;
        }
        // another code reading the same words into syllables nearly as often means the bytes are not telling
        boolean clearWinner = second.touchedSyllables() <= best.touchedSyllables() * CLEAR_WINNER_RATIO;
        if (best.touched() >= MIN_WORDS && best.touchedShare() >= STRONG_SHARE
                && best.textShare() >= TEXT_STRONG_SHARE && clearWinner) {
            return new LegacyVerdict(best.encoding(), LegacyVerdict.Strength.STRONG, best.touchedSyllables() + " of "
                    + best.touched() + " words with non-ASCII letters read as Vietnamese syllables in "
                    + best.encoding().displayName() + ", and " + percent(best.textShare()) + " of all words do");
        }
        // a word or two is no reason to trouble anyone: a Unicode line of "các", "là" looks like that
        if (best.touched() >= MIN_WORDS && best.touchedShare() >= WEAK_SHARE && best.textShare() >= TEXT_WEAK_SHARE) {
            return new LegacyVerdict(best.encoding(), LegacyVerdict.Strength.WEAK, "only " + best.touchedSyllables()
                    + " of " + best.touched() + " words with non-ASCII letters would read as Vietnamese syllables in "
                    + best.encoding().displayName()
                    + (clearWinner ? "" : ", and " + second.encoding().displayName() + " reads about as well"));
        }
        return LegacyVerdict.NONE;
    }

    /** How the text reads in one code, word by word. */
    Reading read(CharSequence text, LegacyEncoding encoding) {
        int touched = 0;
        int touchedSyllables = 0;
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i), encoding)) {
                i++;
                continue;
            }
            int start = i;
            boolean legacy = false;
            while (i < text.length() && isWordChar(text.charAt(i), encoding)) {
                legacy |= text.charAt(i) >= 0x80 && encoding.uses(text.charAt(i));
                i++;
            }
            String word = encoding.decode(text.subSequence(start, i));
            if (!hasLetter(word)) {
                continue;
            }
            boolean syllable = VietnameseSyllables.isSyllable(word);
            words++;
            syllables += syllable ? 1 : 0;
            if (legacy) {
                touched++;
                touchedSyllables += syllable ? 1 : 0;
            }
        }
        return new Reading(encoding, touched, touchedSyllables, words, syllables);
    }

    /** A letter, or a byte the code uses for a letter (TCVN3 puts ã on the middle dot, ư on the soft hyphen). */
    private static boolean isWordChar(char c, LegacyEncoding encoding) {
        if (c < 0x80) {
            return Character.isLetter(c) || (c < 0x20 && encoding.uses(c));
        }
        return c <= 0xFF ? encoding.uses(c) || Character.isLetter(c) : Character.isLetter(c);
    }

    private static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

    private static boolean hasLegacyBytes(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters only Unicode has (ơ, ư, đ, ộ...): the text is Unicode already, and its à, á, é are real letters,
     * not legacy bytes. Callers split a mixed text into parts first (by font, or line by line).
     */
    static boolean hasUnicodeVietnamese(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x0102 && c <= 0x01B0 && Character.isLetter(c)) || (c >= 0x1EA0 && c <= 0x1EF9)) {
                return true;
            }
        }
        return false;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
