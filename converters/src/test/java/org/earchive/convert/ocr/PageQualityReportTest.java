package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageQualityReportTest {

    private static OcrPage read(int... confidences) {
        List<OcrPage.Word> words = new java.util.ArrayList<>();
        for (int confidence : confidences) {
            words.add(new OcrPage.Word("chữ", new OcrPage.Box(0, 0, 10, 10), confidence));
        }
        return new OcrPage(100, 100, List.of(new OcrPage.Line(new OcrPage.Box(0, 0, 100, 10), 0, 0, 10, words)));
    }

    @Test
    void eachPageHasItsConfidenceAndStepsAndOnlyThePoorOneIsFlagged() {
        PageQualityReport report = new PageQualityReport();
        report.add(0, new RecognisedPage(read(96, 90), 0, Deskew.of(3.514, 1000, 1400), null), List.of());
        report.add(1, new RecognisedPage(read(40, 51), 90, null), List.of("text-layer-removed"));
        Map<String, String> facts = new LinkedHashMap<>();
        report.addFactsTo(facts);

        assertEquals("page 1 93, page 2 46", facts.get("ocrConfidence"));
        assertEquals("page 1 read-straightened 3.51° + ocr, page 2 text-layer-removed + turned-upright 90° + ocr",
                facts.get("ocrSteps"));
        assertEquals("page 2", facts.get("needsAttention"));
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).startsWith("Page 2 was read with low confidence (46 of 100)"), report.warnings()::toString);
    }

    @Test
    void aPageWithoutWordsIsNotFlaggedAndNothingIsSaidWithoutPages() {
        PageQualityReport report = new PageQualityReport();
        Map<String, String> facts = new LinkedHashMap<>();
        report.addFactsTo(facts);
        assertTrue(facts.isEmpty());

        report.add(0, new RecognisedPage(new OcrPage(100, 100, List.of()), 0, null), List.of());
        report.addFactsTo(facts);
        assertEquals("page 1 -", facts.get("ocrConfidence"));
        assertFalse(facts.containsKey("needsAttention"), "blank paper has no words, and needs no one's eye");
    }
}
