package org.earchive.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fidelity check refuses the damage a per-letter font fallback does, read as a reader's tools read it. */
class WordFidelityTest {

    private static final String SOURCE = "Lưu trữ lịch sử tỉnh Hòa Bình";

    @TempDir
    Path work;

    @Test
    void aPdfWhoseToneLettersAreInAnotherFontIsRefusedEvenWhenItsTextComesOutWhole() throws IOException {
        // what LibreOffice did with Nimbus Roman: each word's toned letters drawn in DejaVu Serif, right beside
        Path pdf = write("fallback.pdf", (page, serif, fallback) -> {
            float x = 72;
            for (String word : SOURCE.split(" ")) {
                for (int i = 0; i < word.length(); i++) {
                    String letter = word.substring(i, i + 1);
                    PDFont font = letter.matches("[A-Za-z]") ? serif : fallback;
                    x = show(page, font, letter, x);
                }
                x = show(page, serif, " ", x);
            }
        });

        WordFidelity.Result result = WordFidelity.check(SOURCE, pdf);

        assertFalse(result.faithful(), result::toString);
        assertTrue(result.sentence().contains("do not come out of the PDF whole"), result.sentence());
        assertTrue(result.damaged().get(0).contains("page 1") && result.damaged().get(0).contains("DejaVuSerif"),
                result.damaged()::toString);
    }

    @Test
    void aPdfWhoseWordsAreSplitIsRefused() throws IOException {
        Path pdf = write("split.pdf", (page, serif, fallback) ->
                show(page, serif, "L ưu tr ữ l ịch s ử t ỉnh Hòa Bình", 72));

        WordFidelity.Result result = WordFidelity.check(SOURCE, pdf);

        assertFalse(result.faithful());
        assertEquals(2, result.kept(), "only Hòa and Bình are whole: " + result.damaged());
        assertTrue(result.damaged().contains("\"lưu\" (page 1, split)"), result.damaged()::toString);
    }

    @Test
    void aPdfWithEveryWordWholeInOneFontIsFaithful() throws IOException {
        Path pdf = write("whole.pdf", (page, serif, fallback) -> show(page, serif, SOURCE, 72));

        WordFidelity.Result result = WordFidelity.check(SOURCE, pdf);

        assertTrue(result.faithful());
        assertEquals(result.total(), result.kept());
        assertEquals(null, result.sentence());
    }

    @Test
    void wordsDrawnAboveThePageAreSaidToBeOutsideIt() throws IOException {
        // what LibreOffice drew of a slide's text box centred on a line near the slide's top: its first lines above it
        Path pdf = write("above.pdf", (page, serif, fallback) -> {
            show(page, serif, "Lưu trữ lịch sử", 72, 810);
            show(page, serif, "tỉnh Hòa Bình", 72, 700);
        });

        WordFidelity.Result result = WordFidelity.check(SOURCE, pdf);

        assertEquals(3, result.kept(), result::toString);
        assertEquals(4, result.outsideThePage());
        assertTrue(result.damaged().contains("\"lưu\" (page 1, above the page's top edge)"), result.damaged()::toString);
        assertTrue(result.sentence().contains("Of them, 4 stand outside the page, where the document itself places them"),
                result.sentence());
    }

    @Test
    void lineEndHyphensFootnoteNumbersAndCaseDoNotCountAsDamage() {
        WordFidelity.Result result = WordFidelity.checkText("Tài liệu document prostoy Lưu Trữ",
                "TÀI LIỆU docu-\nment prostoy1 lưu trữ");

        assertEquals(result.total(), result.kept(), result.damaged()::toString);
    }

    /** Word's and Writer's endnote marks are small Roman numerals, extracted glued to their word ("endnoteⁱ"). */
    @Test
    void anEndnotesRomanMarkAfterItsWordIsNoDamageButAWordCutShortIs() {
        assertEquals(1.0, WordFidelity.checkText("This is an endnote and another", "This is an endnotei and anotheriv").share());
        assertEquals(0.5, WordFidelity.checkText("endnote thanks", "endnotei thank").share());
    }

    @Test
    void aStringLongerThanALineMayBeBrokenByTheLayoutButNotARealWord() {
        String code = "x".repeat(70);
        assertEquals(1.0, WordFidelity.checkText("Tệp " + code, "Tệp " + code.substring(0, 50) + "\n" + code.substring(50)).share());
        assertEquals(0.5, WordFidelity.checkText("Lưu trữ", "L ưu trữ").share());
    }

    @Test
    void wordsOfScriptsWithoutSpacesAreCheckedCharacterByCharacter() {
        // a line may break anywhere in Japanese: the layout's break is no damage
        assertEquals(1.0, WordFidelity.checkText("初めて公文書で明らかになった", "初めて公文\n書で明らかになった").share());
    }

    @Test
    void arabicReadAsItsJoinedFormsKeepsItsWordsButNotReadBackwards() {
        String source = "براون وكس السريع يقفز";
        // pdftotext's reading of a PDF that draws the words joined: Arabic Presentation Forms-B, in reading order
        assertEquals(1.0, WordFidelity.checkText(source, "ﺑﺮﺍﻭﻥ ﻭﻛﺲ ﺍﻟﺴﺮﻳﻊ ﻳﻘﻔﺰ").share());
        // a lam-alef ligature is the two letters it joins
        assertEquals(1.0, WordFidelity.checkText("السلام عليكم", "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ").share());
        // the same letters in the order they stand on the page from left to right are no word of the source
        assertEquals(0.0, WordFidelity.checkText(source, "نوارب سكو عيرسلا زفقي").share());
        // other compatibility characters are not folded: a full-width word is not the word
        assertEquals(0.5, WordFidelity.checkText("Số ABC", "Số ＡＢＣ").share());
    }

    private interface Content {
        void draw(PDPageContentStream page, PDFont serif, PDFont fallback) throws IOException;
    }

    private Path write(String name, Content content) throws IOException {
        Path pdf = work.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont serif = load(document, "/liberation/LiberationSerif-Regular.ttf");
            PDFont fallback = load(document, "/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf");
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                content.draw(stream, serif, fallback);
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = WordFidelityTest.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }

    /** Shows {@code text} at x on one line and returns where it ends. */
    private static float show(PDPageContentStream page, PDFont font, String text, float x) throws IOException {
        return show(page, font, text, x, 700);
    }

    /** Shows {@code text} at x with its baseline y points above the page's foot (a letter page is 792 high). */
    private static float show(PDPageContentStream page, PDFont font, String text, float x, float y) throws IOException {
        page.beginText();
        page.setFont(font, 14);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
        return x + font.getStringWidth(text) / 1000 * 14;
    }

    /**
     * A chart's cached values as an office file stores them, read by Tika ("4.4000000000000004"), are no words of
     * the page, which shows "4.4": they are not asked for. A number as a page shows it still is.
     */
    @Test
    void aNumberPrintedAsABinaryDoubleIsNotAskedForButAPlainNumberIs() {
        WordFidelity.Result chart = WordFidelity.checkText("Doanh thu 4.4000000000000004 và 2.9999999999999996 tỷ",
                "Doanh thu 4.4 và 3 tỷ");
        assertEquals(chart.total(), chart.kept(), chart.damaged()::toString);
        assertEquals(4, chart.total(), "doanh, thu, và, tỷ");

        WordFidelity.Result plain = WordFidelity.checkText("Doanh thu 4.4 và 1.5 tỷ", "Doanh thu 4.4 và tỷ");
        assertEquals(plain.total() - 2, plain.kept(), "1 and 5 are words a reader sees: " + plain.damaged());
    }
}
