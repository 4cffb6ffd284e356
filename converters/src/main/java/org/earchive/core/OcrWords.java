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
     * The lowest confidence among the words that spell {@code value}: the first run of consecutive words whose
     * text is the value's, word by word (after NFC, without case or the punctuation around a word).
     * Empty when no run spells it, or when a word of it carries no confidence: such a value is not vouched for.
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
        for (int start = 0; start + wanted.length <= words.size(); start++) {
            int weakest = Integer.MAX_VALUE;
            boolean spelled = true;
            for (int i = 0; i < wanted.length && spelled; i++) {
                Word word = words.get(start + i);
                spelled = comparable(word.text()).equals(wanted[i]);
                weakest = Math.min(weakest, word.confidence());
            }
            if (spelled) {
                return weakest < 0 ? OptionalInt.empty() : OptionalInt.of(weakest);
            }
        }
        return OptionalInt.empty();
    }

    /** A word as a value keeps it: the value may have lost a line's closing full stop or comma, or its case. */
    private static String comparable(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
    }
}
