package org.earchive.convert.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.convert.ConvertedPdf;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.DrawnLines;
import org.earchive.testing.Pdfs;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlToPdfaConverterTest {

    private final HtmlToPdfaConverter converter = new HtmlToPdfaConverter(Pdfs.FINISHER);

    @TempDir
    Path out;

    @Test
    void decreeBecomesPdfA2uWithAllItsTextAndBothImages() throws Exception {
        Path html = Fixtures.samples().resolve("quyet-dinh.html");
        Path pdf = out.resolve("qd.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(html, pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        String text = Pdfs.text(pdf);
        var body = Jsoup.parse(html.toFile(), "UTF-8").body();
        body.select("script").remove();
        String expected = PdfText.comparable(body.text());
        String actual = PdfText.comparable(text);
        // list numbers are added by layout, so check that every source character survives, in order
        assertTrue(PdfText.missingCharacters(expected, actual).isEmpty(), () -> "missing: "
                + PdfText.missingCharacters(expected, actual));
        assertTrue(text.contains("Tổ số hóa tài liệu lưu trữ"));
        assertTrue(text.contains("Nguyễn Thị Thu Hằng"));
        try (PDDocument document = Pdfs.open(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                images += imageCount(page);
            }
            assertEquals(2, images, "the stamp (relative path) and the signature (data: URI)");
            assertEquals("Quyết định thành lập Tổ số hóa tài liệu lưu trữ", document.getDocumentInformation().getTitle());
        }
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("not fetched")), result.warnings()::toString);
    }

    /** CSS's generic families are what most real pages name; text in them was once dropped whole. */
    @Test
    void textInTheGenericFamiliesKeepsEveryWordInAnEmbeddedFont() throws Exception {
        for (String family : java.util.List.of("serif", "sans-serif", "monospace")) {
            Path html = java.nio.file.Files.writeString(out.resolve(family + ".html"), "<html><head><meta charset=\"utf-8\">"
                    + "<style>body { font-family: " + family + "; }</style></head><body><p>Lưu trữ lịch sử tỉnh</p>"
                    + "</body></html>");
            Path pdf = out.resolve(family + ".pdf");
            converter.convert(Pdfs.request(html, pdf));

            Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
            assertTrue(PdfText.comparable(Pdfs.text(pdf)).contains(PdfText.comparable("Lưu trữ lịch sử tỉnh")),
                    family + ": " + Pdfs.text(pdf));
        }
    }

    /**
     * A font earchive does not have, named with no generic family after it: the text once vanished from a
     * "converted" PDF/A, leaving only a log line about missing characters.
     */
    @Test
    void aRightToLeftParagraphIsSetFromTheRightInJoinedLettersAndAWordInAnotherScriptStaysWhole() throws Exception {
        String arabic = "براون وكس السريع يقفز فوق الكلب كسالي";
        Path html = Files.writeString(out.resolve("rtl.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>Thư của đối tác</p><p dir=\"rtl\" lang=\"ar\">" + arabic + "</p>"
                + "<p>Tên: الكلب và שלום trong một dòng</p></body></html>");
        Path pdf = out.resolve("rtl.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(html, pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        assertEquals(java.util.List.of(), result.unmet());
        assertEquals("17 of 17", result.facts().get("words-kept"));
        java.util.List<DrawnLines.Line> lines = DrawnLines.firstPage(pdf);
        assertEquals(arabic, lines.get(1).fromTheRight());
        // the body's own margin (8 px) inside the page's on either side
        float bodyMargin = lines.get(0).left() - 30 * 72 / 25.4f;
        assertEquals(595.28f - 15 * 72 / 25.4f - bodyMargin, lines.get(1).right(), 1, "a right-to-left paragraph ends at the right margin");
        // a left-to-right line with single Arabic and Hebrew words: each word read from its right
        assertTrue(lines.get(2).fromTheLeft().startsWith("Tên: بلكلا và םולש"), lines.get(2).fromTheLeft());
    }

    @Test
    void textInAFontEarchiveLacksIsLaidOutInABundledFontThatCoversIt() throws Exception {
        Path html = Files.writeString(out.resolve("unknown.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p style=\"font-family: Calibri\">Chính phủ về công tác văn thư số 15</p>"
                + "<p style=\"font-family: 'Phông Không Có'\"><b>Lưu trữ lịch sử</b> tỉnh Hòa Bình</p></body></html>");
        Path pdf = out.resolve("unknown.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(html, pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        assertEquals(java.util.List.of(), result.unmet());
        assertEquals(java.util.List.of(), result.warnings());
        assertEquals("16 of 16", result.facts().get("words-kept"));
        for (String phrase : java.util.List.of("Chính phủ về công tác văn thư số 15", "Lưu trữ lịch sử tỉnh Hòa Bình")) {
            assertTrue(Pdfs.text(pdf).contains(phrase), phrase + " in: " + Pdfs.text(pdf));
        }
    }

    /**
     * Letters Liberation lacks (Armenian, Georgian) inside a word: the whole word is drawn in a font that has
     * them all, never the missing letter alone in another font.
     */
    @Test
    void aWordOnlySomeBundledFontsCoverIsDrawnWholeInOneOfThem() throws Exception {
        Path html = Files.writeString(out.resolve("scripts.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>Tài liệu Հայաստան và ქართული, ký hiệu AbԱc, Lưu trữ</p></body></html>");
        Path pdf = out.resolve("scripts.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(html, pdf));

        assertEquals(0, org.earchive.convert.WordFidelity.mixedFontWords(pdf), "no word drawn in two font families");
        assertEquals(java.util.List.of(), result.unmet());
        assertTrue(Pdfs.text(pdf).contains("AbԱc"), Pdfs.text(pdf));
    }

    /**
     * Bold and italic words inside a line are drawn where they stand: openhtmltopdf painted them after the rest
     * of the line, and a reading in drawing order (Tika's, so full-text indexes') glued the line's last word to
     * them ("Gianglưu") and refused a faithful layout for it.
     */
    @Test
    void boldAndItalicWordsAreDrawnInReadingOrderNotAfterTheirLine() throws Exception {
        Path html = Files.writeString(out.resolve("inline.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 <b>Quyết định</b> về công tác văn thư và"
                + " <i>lưu trữ</i> lịch sử của tỉnh Hà Giang</p></body></html>");
        Path pdf = out.resolve("inline.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(html, pdf));

        assertEquals(java.util.List.of(), result.unmet());
        assertEquals("29 of 29", result.facts().get("words-kept"));
        try (PDDocument document = Pdfs.open(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper drawingOrder = new org.apache.pdfbox.text.PDFTextStripper();
            drawingOrder.setSortByPosition(false);
            String drawn = drawingOrder.getText(document).replaceAll("\\s+", " ").strip();
            assertEquals("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 Quyết định về công tác văn thư và lưu"
                    + " trữ lịch sử của tỉnh Hà Giang", drawn);
        }
    }

    /**
     * Characters no font has are no mere log line: the words they are in are lost, and the PDF is refused. Chorasmian
     * (Unicode 13) is in no bundled font nor in any font Debian's font packages install (Chinese is, where the machine
     * has fonts-droid-fallback: MachineFonts).
     */
    @Test
    void wordsNoFontCanDrawMakeThePdfNotFaithful() throws Exception {
        Path html = Files.writeString(out.resolve("chorasmian.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>Lưu trữ \uD803\uDFB0\uD803\uDFB1\uD803\uDFB2</p></body></html>");
        ConvertedPdf result = converter.convert(Pdfs.request(html, out.resolve("chorasmian.pdf")));

        assertEquals(1, result.unmet().size(), result::toString);
        assertTrue(result.unmet().get(0).contains("\"\uD803\uDFB0\uD803\uDFB1\uD803\uDFB2\""), result.unmet()::toString);
        assertEquals("2 of 3", result.facts().get("words-kept"));
    }

    @Test
    void scriptsAreNeverRunNorPrinted() throws Exception {
        Path html = Fixtures.samples().resolve("quyet-dinh.html");
        Path pdf = out.resolve("qd.pdf");
        converter.convert(Pdfs.request(html, pdf));
        assertFalse(Pdfs.text(pdf).contains("Kịch bản"));
    }

    @Test
    void filesOutsideTheDocumentsFolderAreNotLoaded(@TempDir Path elsewhere) throws Exception {
        Path secret = elsewhere.resolve("secret.png");
        Files.copy(Fixtures.samples().resolve("anh/con-dau.png"), secret);
        Path html = out.resolve("page.html");
        Files.writeString(html, "<html><body><p>Xin chào</p><img src='" + secret.toUri() + "'>"
                + "<img src='../" + elsewhere.getFileName() + "/secret.png'></body></html>", StandardCharsets.UTF_8);
        Path pdf = out.resolve("page.pdf");
        converter.convert(Pdfs.request(html, pdf));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertEquals(0, imageCount(document.getPage(0)));
        }
    }

    private static int imageCount(PDPage page) throws Exception {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().isImageXObject(name)) {
                count++;
            }
        }
        return count;
    }
}
