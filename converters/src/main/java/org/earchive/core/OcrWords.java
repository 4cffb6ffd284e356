package org.earchive.core;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The words OCR read on a scan's pages, in the order of its text layer, each with Tesseract's confidence in it: what
 * the metadata describer weighs a value read from that text by. A subject whose every word Tesseract was sure of is
 * a different kind of value from one with a word it hesitated over, though both look like clean Vietnamese.
 *
 * @param words every recognised word of every page, in reading order; empty when the text was not recognised here
 */
public record OcrWords(List<Word> words) {

    /** No OCR: a typed document, or a scan converted without Tesseract. */
    public static final OcrWords NONE = new OcrWords(List.of());

    /** @param confidence 0-100 as hOCR's {@code x_wconf} gives it; -1 when Tesseract did not say */
    public record Word(String text, int confidence) {
        public Word {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }

    public OcrWords {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The words read right after a value that count with it: a stamp over a subject's last line reads as its own
     * text first ("VĂN", sure) and as garbage next ("PHWCWpft0ð", 0), so one word after is not enough to see the cut.
     */
    private static final int WORDS_AFTER = 3;

    /** At most this many words of another column between two lines of one value ("V/v ..." wrapped past the motto). */
    private static final int MAX_GAP = 30;

    /**
     * The lowest confidence among the words that spell {@code value} and the few words read right after them: the first
     * words, in order, whose text is the value's word by word (after NFC, without case or the punctuation around a
     * word), a line of another column allowed between two of its lines. The next words count because a value cut
     * short by a misreading ("... đào tạo nghiệp" then a stamp's "VĂN PHWCWpft0ð") ends where Tesseract stopped being
     * sure.
     * Empty when no words spell it, or when a word of it carries no confidence: such a value is not vouched for.
     */
    public OptionalInt weakestIn(String value) {
        return weakest(value, WORDS_AFTER);
    }

    /**
     * The lowest confidence among the words that spell {@code value}, and those alone: for a value whose end is printed,
     * not cut by a stamp (a date, "ngày 18 tháng 3 năm 2025", ends its line). Empty as for {@link #weakestIn}.
     */
    public OptionalInt weakestOf(String value) {
        return weakest(value, 0);
    }

    /**
     * Tesseract's confidence in the first word of {@code value}, where the value is spelt as {@link #weakestOf} finds
     * it: the word a stamp over the start of a line leaves half read. Empty when no words spell it.
     */
    public OptionalInt openingOf(String value) {
        return weakest(value, -1);
    }

    /** @param wordsAfter how many words read after the value count with it; -1 for the value's first word alone */
    private OptionalInt weakest(String value, int wordsAfter) {
        if (value == null || words.isEmpty()) {
            return OptionalInt.empty();
        }
        String[] wanted = value.strip().split("\\s+");
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = comparable(wanted[i]);
        }
        if (wanted[0].isEmpty()) {
            return OptionalInt.empty();
        }
        for (int start = 0; start < words.size(); start++) {
            if (!comparable(words.get(start).text()).equals(wanted[0])) {
                continue;
            }
            int weakest = words.get(start).confidence();
            int at = start;
            int matched = 1;
            while (matched < wanted.length) {
                int next = find(wanted[matched], at + 1);
                if (next < 0) {
                    break;
                }
                weakest = Math.min(weakest, words.get(next).confidence());
                at = next;
                matched++;
            }
            if (matched == wanted.length) {
                if (wordsAfter < 0) {
                    int opening = words.get(start).confidence();
                    return opening < 0 ? OptionalInt.empty() : OptionalInt.of(opening);
                }
                int counted = 0;
                for (int after = at + 1; after < words.size() && counted < wordsAfter; after++) {
                    if (words.get(after).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                        weakest = Math.min(weakest, words.get(after).confidence());
                        counted++;
                    }
                }
                return weakest < 0 ? OptionalInt.empty() : OptionalInt.of(weakest);
            }
        }
        return OptionalInt.empty();
    }

    /** The word spelled {@code wanted} at {@code from}, or within a line of another column after it; -1 when none. */
    private int find(String wanted, int from) {
        for (int i = from; i < words.size() && i <= from + MAX_GAP; i++) {
            if (comparable(words.get(i).text()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** A word as a value keeps it: the value may have lost a line's closing full stop or comma, or its case. */
    private static String comparable(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
    }
}
