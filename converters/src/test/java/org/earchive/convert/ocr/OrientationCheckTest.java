package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which first readings send a page to Tesseract's orientation detection (real pages: ScanOcrTest). */
class OrientationCheckTest {

    @Test
    void confidentLinesAcrossThePageAreTakenAsUpright() {
        assertFalse(OrientationCheck.doubtful(page(12, 95, false)));
    }

    @Test
    void linesRunningDownThePageAreCheckedHoweverConfident() {
        assertTrue(OrientationCheck.doubtful(page(12, 96, true)));
    }

    @Test
    void guessedWordsAreCheckedAsAPossiblyUpsideDownPage() {
        assertTrue(OrientationCheck.doubtful(page(12, 55, false)));
    }

    @Test
    void aPageWithAlmostNoWordsIsChecked() {
        assertTrue(OrientationCheck.doubtful(page(0, 0, false)));
    }

    /** {@code lines} lines of three words each, every word with the same confidence. */
    private static OcrPage page(int lines, int confidence, boolean downward) {
        List<OcrPage.Line> all = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int at = 100 + 60 * i;
            OcrPage.Box box = downward ? new OcrPage.Box(at, 100, at + 40, 1200) : new OcrPage.Box(100, at, 1200, at + 40);
            List<OcrPage.Word> words = List.of(new OcrPage.Word("một", box, confidence),
                    new OcrPage.Word("hai", box, confidence), new OcrPage.Word("ba", box, confidence));
            all.add(new OcrPage.Line(box, 0, 0, 40, words));
        }
        return new OcrPage(1654, 2339, all);
    }
}
