package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HocrParserTest {

    /** Trimmed from Tesseract 5.3.0's hOCR of the colour JPEG sample; "Việt" is written decomposed (NFD). */
    private static final String HOCR = """
            <html><body>
             <div class='ocr_page' id='page_1' title='image "x.tif"; bbox 0 0 1165 1654; ppageno 0; scan_res 200 200'>
              <div class='ocr_carea' id='block_1_1' title="bbox 237 159 954 296">
               <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 237 159 954 296">
                <span class='ocr_line' id='line_1_1' title="bbox 238 159 695 196; baseline 0.002 -6; x_size 37; x_descenders 6; x_ascenders 7">
                 <span class='ocrx_word' id='word_1_1' title='bbox 238 159 283 190; x_wconf 96'>SỞ</span>
                 <span class='ocrx_word' id='word_1_2' title='bbox 292 159 354 196; x_wconf 96'>NỘI</span>
                </span>
                <span class='ocr_header' id='line_1_2' title="bbox 237 208 954 245">
                 <span class='ocrx_word' id='word_1_3' title='bbox 237 208 337 245; x_wconf 95'>Vie\u0323\u0302t</span>
                 <span class='ocrx_word' id='word_1_4' title='bbox 348 208 425 239; x_wconf 96'> </span>
                </span>
               </p>
              </div>
             </div>
            </body></html>
            """;

    @Test
    void linesAndWordsInReadingOrderWithBoxesBaselinesAndNfcText() {
        OcrPage page = HocrParser.parse(HOCR);

        assertEquals(1165, page.width());
        assertEquals(1654, page.height());
        assertEquals("SỞ NỘI\nViệt\n", page.text());
        assertEquals("Việt", page.lines().get(1).words().get(0).text(), "NFC: one code point per letter");
        assertEquals(4, page.lines().get(1).words().get(0).text().length());
        OcrPage.Line first = page.lines().get(0);
        assertEquals(new OcrPage.Box(292, 159, 354, 196), first.words().get(1).box());
        assertEquals(37, first.size());
        assertEquals(196 - 6 + 0.002 * 100, first.baselineAt(338), 1e-9);
        assertEquals(37, page.lines().get(1).size(), "without x_size, the line's height");
        assertEquals((96 + 96 + 95) / 3.0, page.meanConfidence(), 1e-9, "x_wconf of the words kept");
    }

    @Test
    void withoutWordConfidencesTheMeanIsUnknown() {
        OcrPage page = HocrParser.parse(HOCR.replaceAll("; x_wconf \\d+", ""));
        assertEquals(3, page.wordCount());
        assertEquals(Double.NaN, page.meanConfidence());
    }
}
