package org.earchive.convert.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.DrawnLines;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextToPdfaConverterTest {

    private final TextToPdfaConverter converter = new TextToPdfaConverter(Pdfs.FINISHER);

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bao-cao-tong-ket.txt, bao-cao-tong-ket.txt, UTF-8",
        "cong-van-windows-1258.txt, cong-van.txt, windows-1258",
        "thong-bao-utf16.txt, thong-bao.txt, UTF-16LE",
    })
    void sampleBecomesPdfA2uWhoseTextEqualsTheSource(String sample, String sourceText, String encoding) throws Exception {
        Path pdf = out.resolve("x.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(Fixtures.samples().resolve(sample), pdf));

        assertEquals(PdfaLevel.PDFA_2U, result.level());
        assertEquals(encoding, result.facts().get("encoding"));
        assertTrue(result.warnings().isEmpty(), () -> "warnings: " + result.warnings());
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        assertEquals(PdfText.comparable(Fixtures.sourceText(sourceText)), PdfText.comparable(Pdfs.text(pdf)));
    }

    @Test
    void longReportFlowsOntoSeveralA4Pages() throws Exception {
        Path pdf = out.resolve("report.pdf");
        converter.convert(Pdfs.request(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), pdf));
        try (var document = Pdfs.open(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            var box = document.getPage(0).getMediaBox();
            assertEquals(595.3, box.getWidth(), 0.5);
            assertEquals(841.9, box.getHeight(), 0.5);
        }
    }

    @Test
    void formFeedStartsANewPage() throws Exception {
        ConvertedPdf result = convertText("two-pages", "Trang một\fTrang hai");
        assertEquals(2, result.pages());
        Pdfs.assertCompliant(out.resolve("two-pages.pdf"), PdfaLevel.PDFA_2U);
    }

    @Test
    void twoFormFeedsInARowAreAnEmptyPageNotAFailure() throws Exception {
        // its empty text stopped openhtmltopdf's bidirectional text support with a NullPointerException
        ConvertedPdf result = convertText("empty-page", "Trang một\f\fTrang ba");
        assertEquals("3 of 3", result.facts().get("words-kept"));
        Pdfs.assertCompliant(out.resolve("empty-page.pdf"), PdfaLevel.PDFA_2U);
    }

    @Test
    void aLineWithoutASpaceOfTwentyThousandCharactersWrapsAndKeepsEveryCharacter() throws Exception {
        String digits = "0123456789".repeat(2_000);
        Path source = out.resolve("mot-dong.txt");
        Files.writeString(source, "Dòng dài:\n" + digits + "\n", StandardCharsets.UTF_8);
        Path pdf = out.resolve("mot-dong.pdf");

        ConvertedPdf result = converter.convert(Pdfs.request(source, pdf));

        assertTrue(result.pages() > 2, "the line wraps at the margin onto many pages: " + result.pages());
        assertEquals(digits, Pdfs.text(pdf).replaceAll("\\s", "").replace("Dòngdài:", ""), "every character, in order");
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
    }

    @Test
    void runsLongerThanAnyWordGetALineBreakTheLayoutCanTake() {
        String run = "x".repeat(2_500);
        assertEquals("a " + "x".repeat(1_000) + "\n" + "x".repeat(1_000) + "\n" + "x".repeat(500) + " b",
                TextToPdfaConverter.breakEndlessRuns("a " + run + " b"));
        assertEquals("ngắn gọn", TextToPdfaConverter.breakEndlessRuns("ngắn gọn"));
    }

    @Test
    void decomposedVietnameseIsStoredComposed() throws Exception {
        Path source = out.resolve("nfd.txt");
        String nfd = java.text.Normalizer.normalize("Nghị định về công tác văn thư", java.text.Normalizer.Form.NFD);
        Files.writeString(source, nfd, StandardCharsets.UTF_8);
        Path pdf = out.resolve("nfd.pdf");
        converter.convert(Pdfs.request(source, pdf));
        assertTrue(Pdfs.text(pdf).contains("Nghị định về công tác văn thư"));
    }

    @Test
    void arabicAndHebrewLinesAreSetFromTheRightMarginInJoinedLettersAndKeepEveryWord() throws Exception {
        String arabic = "براون وكس السريع يقفز فوق الكلب كسالي";
        String hebrew = "שלום עולם, מכתב מספר שבע";
        ConvertedPdf result = convertText("rtl", "Công văn gửi đối tác\n\n" + arabic + "\n\n" + hebrew + "\n");
        Path pdf = out.resolve("rtl.pdf");

        assertTrue(result.unmet().isEmpty() && result.warnings().isEmpty(), () -> result.unmet() + " " + result.warnings());
        assertEquals("17 of 17", result.facts().get("words-kept"));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2U);
        String text = Pdfs.text(pdf);
        assertTrue(text.contains(arabic) && text.contains(hebrew), text);
        List<DrawnLines.Line> lines = DrawnLines.firstPage(pdf);
        assertEquals(3, lines.size(), lines::toString);
        // read from the right edge, each line is the source's line; Arabic letters drawn joined, in their
        // contextual forms (Arabic Presentation Forms-B), none in the isolated letter of the source
        assertEquals(arabic, lines.get(1).fromTheRight());
        assertTrue(lines.get(1).drawn().codePoints().allMatch(c -> c == ' ' || (c >= 0xFE70 && c <= 0xFEFF)), lines.get(1).drawn());
        assertEquals(hebrew, lines.get(2).fromTheRight());
        // the Vietnamese line from the left margin (30 mm), the others to the right margin (15 mm from the edge)
        float rightMargin = 595.28f - 15 * 72 / 25.4f;
        assertEquals(30 * 72 / 25.4f, lines.get(0).left(), 0.5);
        assertEquals(rightMargin, lines.get(1).right(), 1);
        assertEquals(rightMargin, lines.get(2).right(), 1);
    }

    @Test
    void aRightToLeftLineWithANumberIsRefusedSayingWhy() throws Exception {
        // openhtmltopdf draws "מספר" and then "7" to its left: Tika's reading in drawing order gets "7שלום"
        ConvertedPdf result = convertText("so", "שלום עולם, מכתב מספר 7\n");
        Path pdf = out.resolve("so.pdf");

        assertEquals(1, result.unmet().size(), result.warnings()::toString);
        assertTrue(result.unmet().get(0).contains("Arabic or Hebrew lines that hold digits or Latin words are drawn piece by"
                + " piece from the right"), result.unmet()::toString);
        assertEquals("שלום עולם, מכתב מספר 7", DrawnLines.firstPage(pdf).get(0).fromTheRight(), "as it looks, the line is right");
    }

    @Test
    void tikasNonAsciiSampleKeepsItsArabicLine() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        Path pdf = out.resolve("testTXTNonASCIIUTF8.pdf");

        ConvertedPdf result = converter.convert(Pdfs.request(corpus.resolve("tika/testTXTNonASCIIUTF8.txt"), pdf));

        assertEquals(java.util.List.of(), result.unmet());
        assertEquals("33 of 33", result.facts().get("words-kept"), "English, French, German and the Arabic line");
        assertEquals("براون وكس السريع يقفز فوق الكلب كسالي", DrawnLines.firstPage(pdf).get(3).fromTheRight());
    }

    @Test
    void aPageWithARightToLeftLineKeepsTheLinesWhereTheyStood() throws Exception {
        convertText("latin", "Dòng một\n\nDòng hai\nDòng ba\n\n\nDòng bốn\n");
        convertText("mixed", "Dòng một\n\nשלום עולם\nDòng ba\n\n\nشرف\n");

        List<Float> latinLines = DrawnLines.firstPage(out.resolve("latin.pdf")).stream().map(DrawnLines.Line::y).toList();
        List<Float> mixedLines = DrawnLines.firstPage(out.resolve("mixed.pdf")).stream().map(DrawnLines.Line::y).toList();
        assertEquals(latinLines, mixedLines, "empty lines before and after a right-to-left line are kept");
    }

    /** Writes {@code text} to NAME.txt in UTF-8 and converts it to NAME.pdf. */
    private ConvertedPdf convertText(String name, String text) throws Exception {
        Path source = out.resolve(name + ".txt");
        Files.writeString(source, text, StandardCharsets.UTF_8);
        return converter.convert(Pdfs.request(source, out.resolve(name + ".pdf")));
    }

    @Test
    void binaryJunkNamedTxtIsCorruptAndWritesNothing() {
        Path pdf = out.resolve("junk.pdf");
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Pdfs.request(Fixtures.bad().resolve("binary-junk.txt"), pdf)));
        assertEquals(DocumentStatus.CORRUPT, e.status());
        assertFalse(Files.exists(pdf));
    }
}
