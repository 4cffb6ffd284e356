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
        assertEquals(OptionalInt.of(88), page.weakestIn("Về việc phê duyệt"), "with Danh, mục (88), hồ after it");
    }

    @Test
    void aSubjectWrappedPastTheOtherColumnIsFoundAndOneCutShortByAMisreadingIsNotSure() {
        // "V/v cung cấp thông tin phục vụ" / the motto, read between / "kiểm tra công tác văn thư"
        OcrWords page = words("V/v", 96, "cung", 96, "cấp", 95, "CỘNG", 96, "HÒA", 96, "Độc", 95, "lập", 93,
                "kiểm", 96, "tra", 96, "Kính", 93, "gửi:", 90);
        assertEquals(OptionalInt.of(90), page.weakestIn("V/v cung cấp kiểm tra"), "the next words count");
        // the stamp over the second line: the subject read stops at "nghiệp", and the next word is the stamp's
        OcrWords cut = words("V/v", 96, "đào", 96, "tạo", 96, "nghiệp", 96, "11-1", 0, "PH-trữ#năm-202S", 0);
        assertEquals(OptionalInt.of(0), cut.weakestIn("V/v đào tạo nghiệp"));
        // a stamp whose first word reads well ("VĂN" of "VĂN PHÒNG"), garbage after it: still cut short
        OcrWords stamped = words("V/v", 95, "đào", 96, "tạo", 95, "nghiệp", 96, "VĂN", 93, "PHWCWpft0ð", 0,
                "1ïNH“U2", 0, "Ngày:", 93);
        assertEquals(OptionalInt.of(0), stamped.weakestIn("V/v đào tạo nghiệp"));
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
