package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earchive.core.OcrWords;

/** A text as Tesseract might give it, with its words' confidences, for tests of what is read from scans. */
final class OcrReadings {

    private OcrReadings() {
    }

    /** Every word of the text read with a confidence of 96: Tesseract was sure of each. */
    static OcrWords sure(String text) {
        return sureExcept(text, Map.of());
    }

    /** Every word at 96 but those named, at the confidence given ("/QĐ-PCCI" at 31). */
    static OcrWords sureExcept(String text, Map<String, Integer> hesitant) {
        List<OcrWords.Word> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            words.add(new OcrWords.Word(word, hesitant.getOrDefault(word, 96)));
        }
        return new OcrWords(words);
    }
}
