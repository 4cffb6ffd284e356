package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vie+eng: Vietnamese alone first, the whole list only for a page that is not in Vietnamese. */
class VietnameseFirstTest {

    private static final OcrPage VIETNAMESE = page("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
    // what vie alone made of a scanned English book page: a stray œ, no tone marks
    private static final OcrPage ENGLISH_READ_AS_VIETNAMESE = page("we œould see him pretty elear because there was a light behind him");
    private static final OcrPage ENGLISH = page("we could see him pretty clear because there was a light behind him");

    @Test
    void aVietnamesePageIsReadOnceWithVietnameseAlone() throws Exception {
        List<String> asked = new ArrayList<>();
        OcrPage read = VietnameseFirst.read("vie+eng", languages -> {
            asked.add(languages);
            return VIETNAMESE;
        });
        assertSame(VIETNAMESE, read);
        assertEquals(List.of("vie"), asked);
    }

    @Test
    void aPageThatIsNotVietnameseIsReadAgainWithTheWholeList() throws Exception {
        List<String> asked = new ArrayList<>();
        OcrPage read = VietnameseFirst.read("vie+eng", languages -> {
            asked.add(languages);
            return languages.equals("vie") ? ENGLISH_READ_AS_VIETNAMESE : ENGLISH;
        });
        assertSame(ENGLISH, read);
        assertEquals(List.of("vie", "vie+eng"), asked);
    }

    @Test
    void otherListsAreReadAsGiven() throws Exception {
        for (String list : List.of("vie", "eng", "eng+vie")) {
            List<String> asked = new ArrayList<>();
            VietnameseFirst.read(list, languages -> {
                asked.add(languages);
                return ENGLISH;
            });
            assertEquals(List.of(list), asked, list);
        }
    }

    @Test
    void theScriptDecides() {
        assertTrue(VietnameseFirst.looksVietnamese(VIETNAMESE));
        assertTrue(VietnameseFirst.looksVietnamese(page("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        assertTrue(VietnameseFirst.looksVietnamese(page("")), "no words: no evidence against Vietnamese");
        assertFalse(VietnameseFirst.looksVietnamese(ENGLISH_READ_AS_VIETNAMESE));
        assertFalse(VietnameseFirst.looksVietnamese(page("Số 12 / 2025 Report of the meeting held in Hanoi with partners")));
    }

    private static OcrPage page(String text) {
        List<OcrPage.Word> words = new ArrayList<>();
        int x = 0;
        for (String word : Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).toList()) {
            words.add(new OcrPage.Word(word, new OcrPage.Box(x, 0, x + 10 * word.length(), 30)));
            x += 10 * word.length() + 10;
        }
        OcrPage.Line line = new OcrPage.Line(new OcrPage.Box(0, 0, Math.max(1, x), 30), 0, 0, 30, words);
        return new OcrPage(Math.max(1, x), 30, List.of(line));
    }
}
