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
                int counted = 0;
                for (int after = at + 1; after < words.size() && counted < WORDS_AFTER; after++) {
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
