package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text layer as a reader meets it: exactly the words OCR read, Vietnamese tone marks and all, whichever
 * reader extracts them, in a PDF/A-2b, with a font that weighs a kilobyte instead of twelve.
 */
class InvisibleTextLayerTest {

    private static final List<String> LINES = List.of(
            "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
            "Số: 142/QĐ-UBND ngày 12 tháng 3 năm 2025",
            "Căn cứ Luật Lưu trữ; Điều 1. Giao Trung tâm Lưu trữ lịch sử tỉnh chủ trì.",
            "Ελληνικά и кириллица — “quoted” 5 €");

    @TempDir
    Path out;

    @Test
    void everyReaderGetsBackExactlyTheWordsReadAndThePdfIsPdfA() throws IOException {
        Path pdf = twoPages();

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        String expected = String.join("\n", LINES);
        String pdfbox = Pdfs.text(pdf);
        for (String line : LINES) {
            assertTrue(pdfbox.contains(line), "PDFBox reads \"" + line + "\" in:\n" + pdfbox);
        }
        String poppler = pdftotext(pdf);
        if (poppler != null) {
            for (String line : LINES) {
                assertTrue(poppler.contains(line), "pdftotext reads \"" + line + "\" in:\n" + poppler);
            }
            assertEquals(2, poppler.split("\f").length, "one reading per page");
        }
        assertFalse(expected.isEmpty());
    }

    @Test
    void oneSmallFontWhoseWidthsAreItsProgramsAndNoCodeShowsNotdef() throws IOException {
        Path pdf = twoPages();
        try (PDDocument document = Pdfs.open(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertEquals(2, fonts.size());
            assertTrue(fonts.get(0).getCOSObject() == fonts.get(1).getCOSObject(), "one font shared by the pages");
            PDType0Font font = (PDType0Font) fonts.get(0);
            PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
            assertTrue(font.isEmbedded() && !font.isDamaged());
            COSStream program = (COSStream) font.getFontDescriptor().getFontFile2().getCOSObject();
            COSStream cidToGid = (COSStream) cidFont.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
            COSStream toUnicode = (COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
            long stored = program.getLength() + cidToGid.getLength() + toUnicode.getLength();
            assertTrue(stored < 1_000, "the font's streams take " + stored + " bytes");

            TrueTypeFont trueType;
            try (InputStream in = program.createInputStream()) {
                trueType = new TTFParser(true).parse(new RandomAccessReadBuffer(in));
            }
            assertEquals(2, trueType.getNumberOfGlyphs());
            assertEquals(1000, trueType.getUnitsPerEm());
            for (int code : new int[] {' ', 'A', 'Ủ', 'ữ', 'Đ', '€', 0xFFFD}) {
                assertEquals(1, cidFont.codeToGID(code), "code " + Integer.toHexString(code) + " shows the empty glyph");
                assertEquals(GlyphlessFont.ADVANCE, trueType.getAdvanceWidth(1));
                assertEquals(GlyphlessFont.ADVANCE, font.getWidth(code), 0.001, "the PDF's width is the program's");
            }
            trueType.close();
        }
    }

    /** Two pages, each with half the lines in the layer, as two scanned pages read by Tesseract. */
    private Path twoPages() throws IOException {
        Path pdf = out.resolve("layer.pdf");
        try (PDDocument document = new PDDocument()) {
            InvisibleTextLayer layer = InvisibleTextLayer.embeddedIn(document);
            for (List<String> lines : List.of(LINES.subList(0, 2), LINES.subList(2, 4))) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                layer.graft(page, new RecognisedPage(page(lines), 0, null));
            }
            assertEquals(0, layer.droppedCharacters());
            Pdfs.FINISHER.finish(document, new DocumentInfo("layer", null, null, Instant.parse("2025-07-01T00:00:00Z"),
                    "0".repeat(64)), PdfaLevel.PDFA_2B);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /** The lines as Tesseract would give them on a 200 dpi A4 image: words 20 px apart, lines 60 px apart. */
    private static OcrPage page(List<String> lines) {
        List<OcrPage.Line> read = new ArrayList<>();
        int y = 200;
        for (String line : lines) {
            List<OcrPage.Word> words = new ArrayList<>();
            int x = 240;
            for (String word : line.split(" ")) {
                int width = 18 * word.length();
                words.add(new OcrPage.Word(word, new OcrPage.Box(x, y - 30, x + width, y)));
                x += width + 20;
            }
            read.add(new OcrPage.Line(new OcrPage.Box(240, y - 30, x, y), 0, 0, 30, words));
            y += 60;
        }
        return new OcrPage(1654, 2339, read);
    }

    /** pdftotext's reading, or null where poppler-utils is not installed. */
    private static String pdftotext(Path pdf) throws IOException {
        Path text = pdf.resolveSibling("poppler.txt");
        try {
            Process process = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(), text.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
        } catch (IOException notInstalled) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
