package org.earchive.detect;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Guesses a text's language (ISO 639-1: "vi", "en", ...) with Optimaize's n-gram detector, the one Tika
 * uses. A guess it is not confident about is no guess: archival metadata must not state a language on weak
 * evidence. Plainly Vietnamese text, most of what earchive reads, is told by its letters ({@link VietnameseLetters})
 * without loading the detector's 70 profiles, a quarter of the CPU a one-document run used to cost.
 */
public final class LanguageGuesser {

    /** Fewer letters than this say too little about a language. */
    private static final int MIN_LETTERS = 20;
    private static final double MIN_PROBABILITY = 0.80;
    /** The detector's accuracy does not improve past a few pages of text; cap the work. */
    private static final int MAX_CHARS = 20_000;

    /** The 70 built-in profiles: loaded once per process, and only when a text is not plainly Vietnamese. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = build();
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(OptimaizeProfiles.readAllBuiltIn()) // Optimaize's own, read faster
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("Optimaize's language profiles are missing from the class path", e);
            }
        }
    }

    /** @return the language code, or null when the text is too short or the detector is unsure */
    public String guess(CharSequence text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS).toString() : text.toString();
        return VietnameseLetters.plainlyVietnamese(sample) ? "vi" : byDetector(sample);
    }

    /** Optimaize's answer with every profile, when it is sure of it; null otherwise. */
    static String byDetector(String sample) {
        List<DetectedLanguage> candidates = Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return candidates.get(0).getLocale().getLanguage();
    }

    private static int letters(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
