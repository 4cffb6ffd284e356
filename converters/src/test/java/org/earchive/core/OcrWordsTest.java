package org.earchive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The weakest word of a value read by OCR is what the value is worth: found by spelling, across lines. */
class OcrWordsTest {

    private static OcrWords words(Object... textAndConfidence) {
        java.util.ArrayList<OcrWords.Word> words = new java.util.ArrayList<>();
        for (int i = 0; i < textAndConfidence.length; i += 2) {
            words.add(new OcrWords.Word((String) textAndConfidence[i], (Integer) textAndConfidence[i + 1]));
        }
        return new OcrWords(words);
    }

    @Test
    void aSubjectWrappedOverTwoLinesIsWorthItsWeakestWord() {
        // "QUYẾT ĐỊNH" / "Về việc phê duyệt" / "Danh mục hồ sơ năm 2025." as the layer has it, one flow of words
        OcrWords page = words("QUYẾT", 96, "ĐỊNH", 95, "Về", 93, "việc", 96, "phê", 91, "duyệt", 94, "Danh", 92,
                "mục", 88, "hồ", 95, "sơ", 96, "năm", 97, "2025.", 96);
        assertEquals(OptionalInt.of(88), page.weakestIn("Về việc phê duyệt Danh mục hồ sơ năm 2025"));
        assertEquals(OptionalInt.of(91), page.weakestIn("Về việc phê duyệt"));
    }

    @Test
    void aValueNoRunOfWordsSpellsIsNotVouchedFor() {
        OcrWords page = words("SỞ", 95, "NỘI", 94, "VỤ", 96);
        assertTrue(page.weakestIn("SỞ NỘI VỤ TỈNH").isEmpty());
        assertTrue(page.weakestIn("SỞ TƯ PHÁP").isEmpty());
        assertTrue(OcrWords.NONE.weakestIn("SỞ NỘI VỤ").isEmpty());
    }

    @Test
    void aWordWithoutAConfidenceVouchesForNothing() {
        assertTrue(words("SỞ", 95, "NỘI", -1, "VỤ", 96).weakestIn("SỞ NỘI VỤ").isEmpty());
    }

    @Test
    void decomposedTextMatchesComposedWords() {
        // a value in NFD (as some text layers give it) is the same words
        String nfd = java.text.Normalizer.normalize("Ban hành Quy chế", java.text.Normalizer.Form.NFD);
        assertEquals(OptionalInt.of(90), words("Ban", 97, "hành", 90, "Quy", 99, "chế", 93).weakestIn(nfd));
        assertEquals(List.of(), OcrWords.NONE.words());
    }
}
