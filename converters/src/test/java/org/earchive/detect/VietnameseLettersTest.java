package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** The letters' answer is the detector's wherever the letters answer, and they leave the rest to it. */
class VietnameseLettersTest {

    private static final String VI = "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; căn cứ Thông tư số 05/2025/TT-BNV của "
            + "Bộ trưởng Bộ Nội vụ quy định về số hóa tài liệu lưu trữ. ";
    private static final String EN = "The committee reviewed the annual report on the digitisation of archival records "
            + "and approved the budget for next year. ";
    private static final String FR = "Le comité a examiné le rapport annuel sur la numérisation des archives et a "
            + "approuvé le budget de l'année prochaine. ";

    @Test
    void vietnameseDocumentsAreToldByTheirLettersAsTheDetectorTellsThem() throws Exception {
        for (String name : List.of("cong-van.txt", "thong-bao.txt", "bao-cao-tong-ket.txt")) {
            String text = Fixtures.sourceText(name);
            assertTrue(VietnameseLetters.plainlyVietnamese(text), name);
            assertEquals("vi", LanguageGuesser.byDetector(text), name);
        }
        // decomposed (NFD) Vietnamese, as some Mac files have it, is the same text
        assertTrue(VietnameseLetters.plainlyVietnamese(java.text.Normalizer.normalize(VI, java.text.Normalizer.Form.NFD)));
        assertTrue(VietnameseLetters.plainlyVietnamese("CÔNG VĂN số 1/UBND V/v báo cáo kết quả số hóa tài liệu lưu trữ"));
    }

    @Test
    void otherAndMixedTextIsLeftToTheDetector() {
        for (String text : List.of(EN, FR, VI + EN, VI + EN + EN, VI + FR + FR, EN + "Nguyễn Văn Hùng, Hà Nội.")) {
            assertFalse(VietnameseLetters.plainlyVietnamese(text), text);
        }
        assertEquals("en", new LanguageGuesser().guess(EN + EN));
        assertEquals("fr", new LanguageGuesser().guess(FR + FR));
    }

    @Test
    void wheneverTheLettersAnswerTheDetectorAgrees() {
        // Vietnamese diluted by English or French step by step, down to where the letters stop answering
        for (String other : List.of(EN, FR)) {
            for (int parts = 1; parts <= 6; parts++) {
                String text = VI.repeat(parts) + other.repeat(6 - parts);
                if (VietnameseLetters.plainlyVietnamese(text)) {
                    assertEquals("vi", LanguageGuesser.byDetector(text), text);
                }
            }
        }
    }
}
