package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.ToXMLContentHandler;
import org.earchive.convert.ConvertedPdf;
import org.earchive.detect.Detection;
import org.earchive.detect.OfficeParsing;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Java engine lays Word's tables out on their grid, wide ones on landscape pages, a DOCX's notes out of the cells. */
class TableGridTest {

    private static final OfficeToPdfaConverter CONVERTER = new OfficeToPdfaConverter(Pdfs.FINISHER);

    @TempDir
    Path work;

    @Test
    void aTableWiderThanAPortraitPageIsLaidOutOnALandscapePageWithEveryWord() throws Exception {
        Path docx = work.resolve("the-thuc.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Phụ lục: thể thức văn bản.");
            // NĐ 30/2020's table of examples: 26.2 cm, where A4 portrait holds 16.5 cm of text
            XWPFTable table = table(document, 3, 675, 3544, 1247, 851, 1588, 3260, 3685);
            fill(table, 0, "STT", "Thành phần", "Loại chữ", "Cỡ", "Kiểu chữ", "Ví dụ", "Ví dụ khác");
            fill(table, 1, "3", "Số, ký hiệu của văn bản", "In thường", "13", "Đứng", "Số: 15/QĐ-BNV; Số: 05/BNV-VP",
                    "Số: 12/UBND-VX");
            fill(table, 2, "4", "Địa danh và thời gian", "In thường", "13", "Nghiêng", "Hà Nội, ngày 05 tháng 01 năm 2020",
                    "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
            document.createParagraph().createRun().setText("Sau bảng: trang dọc.");
            write(document, docx);
        }
        Path target = work.resolve("the-thuc.pdf");
        ConvertedPdf pdf = convertKeepingEveryWord(docx, target);
        assertTrue(pdf.warnings().stream().anyMatch(warning -> warning.contains("landscape pages")), pdf.warnings().toString());
        try (PDDocument document = Pdfs.open(target)) {
            int tablePage = pageHolding(document, "12/UBND-VX");
            PDRectangle paper = document.getPage(tablePage).getMediaBox();
            assertTrue(paper.getWidth() > paper.getHeight(), "the table's page is landscape");
            PDRectangle first = document.getPage(0).getMediaBox();
            assertTrue(first.getWidth() < first.getHeight(), "the text before it stays portrait");
            String lastColumn = PdfText.comparable(pageText(document, tablePage));
            assertTrue(lastColumn.contains(PdfText.comparable("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")), lastColumn);
        }
    }

    @Test
    void mergedCellsKeepTheColumnsAfterThem() throws Exception {
        Path docx = mergedTable();
        Path target = work.resolve("gop.pdf");
        convertKeepingEveryWord(docx, target);
        // "Bốn" follows a cell two columns wide: it stands over "Tư", not over "Ba" as in Tika's bare rows
        float four = xOf(target, "Bốn");
        assertEquals(xOf(target, "Tư"), four, 2f, "same column");
        assertTrue(Math.abs(xOf(target, "Ba") - four) > 50, "not in the third column");
    }

    @Test
    void wordsGridSpansAndMergesArePutOnTikasTable() throws Exception {
        Path docx = mergedTable();
        Document html = tikaHtml(docx);

        TableGrid.Result result = TableGrid.apply(html, DocxTableGrid.read(docx));

        assertEquals(List.of(), result.turned(), "a 14 cm table stays on the portrait page");
        Element table = html.selectFirst("table");
        List<Element> rows = table.select("tr");
        assertEquals("2", rows.get(0).child(0).attr("rowspan"), "'Dọc' merged down over the empty cell below it");
        assertEquals("2", rows.get(0).child(1).attr("colspan"), "'Gộp' spans two grid columns");
        assertEquals(3, rows.get(1).select("td").size(), "the covered cell is taken out");
        assertEquals(4, rows.get(2).select("td").size());
        assertEquals(4, table.select("col").size());
        assertTrue(table.attr("style").contains("table-layout: fixed; width: 400.0pt"), "Word's 14.1 cm: " + table.attr("style"));
        assertEquals("Dọc Gộp Bốn Hai Ba Tư Một Hai Ba Tư", table.text().replaceAll("\\s+", " ").strip(), "no text taken out");
    }

    @Test
    void aFootnoteInATableCellFollowsTheTableWithItsNumber() throws Exception {
        Path docx = work.resolve("chu-thich.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = table(document, 2, 1500, 1500, 3000);
            fill(table, 0, "STT", "Cỡ chữ", "Ví dụ");
            fill(table, 1, "1", "13", "Quốc hiệu");
            XWPFFootnote note = document.createFootnote();
            note.createParagraph().createRun().setText("Cỡ chữ trong cùng một văn bản tăng, giảm phải thống nhất.");
            table.getRow(0).getCell(1).getParagraphs().get(0).addFootnoteReference(note);
            document.createParagraph().createRun().setText("Đoạn sau bảng.");
            write(document, docx);
        }
        Path target = work.resolve("chu-thich.pdf");
        convertKeepingEveryWord(docx, target);
        String text = PdfText.comparable(Pdfs.text(target));
        assertFalse(text.contains("footnoteref"), text);
        int lastCell = text.indexOf(PdfText.comparable("Quốc hiệu"));
        int note = text.indexOf(PdfText.comparable("1 Cỡ chữ trong cùng một văn bản"));
        assertTrue(lastCell >= 0 && note > lastCell, "the numbered note after the table: " + text);
    }

    @Test
    void nd30AppendixOneKeepsEveryWordWithTheJavaEngineAsDocxAndAsDoc() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        for (String name : List.of("Phuluc1.docx", "Phuluc1.doc")) {
            Path target = work.resolve(name + ".pdf");
            convertKeepingEveryWord(corpus.resolve("vietnamese/van-ban-plus/" + name), target);
            try (PDDocument document = Pdfs.open(target)) {
                PDRectangle paper = document.getPage(pageHolding(document, "12/UBND-VX")).getMediaBox();
                assertTrue(paper.getWidth() > paper.getHeight(), name + ": its 26.2 cm table of examples is on landscape pages");
            }
        }
    }

    /** Converts with the Java engine, and checks the PDF/A-2u is valid and holds every distinct word of the source whole. */
    static ConvertedPdf convertKeepingEveryWord(Path source, Path target) throws Exception {
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(source, target));
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEveryWordKept(pdf);
        return pdf;
    }

    private static void assertEveryWordKept(ConvertedPdf pdf) {
        assertEquals(List.of(), pdf.unmet(), pdf.warnings().toString());
        String[] kept = pdf.facts().get("words-kept").split(" of ");
        assertEquals(kept[1], kept[0], "words kept: " + pdf.facts().get("words-kept") + " " + pdf.warnings());
    }

    /** A 4-column table: "Dọc" merged down over one row, "Gộp" two columns wide, then a plain row. */
    private Path mergedTable() throws IOException {
        Path docx = work.resolve("gop.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = table(document, 3, 2000, 2000, 2000, 2000);
            fill(table, 0, "Dọc", "Gộp", "", "Bốn");
            fill(table, 1, "", "Hai", "Ba", "Tư");
            fill(table, 2, "Một", "Hai", "Ba", "Tư");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continues the merge
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            write(document, docx);
        }
        return docx;
    }

    /** A table on a grid of these widths (twips), as Word writes it. */
    private static XWPFTable table(XWPFDocument document, int rows, int... widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    private static void fill(XWPFTable table, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            XWPFTableCell cell = table.getRow(row).getCell(c);
            if (!texts[c].isEmpty()) {
                cell.getParagraphs().get(0).createRun().setText(texts[c]);
            }
        }
    }

    private static void write(XWPFDocument document, Path docx) throws IOException {
        try (var out = Files.newOutputStream(docx)) {
            document.write(out);
        }
    }

    /** The document as the converter has it from Tika, before layout. */
    private static Document tikaHtml(Path docx) throws Exception {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        Detection detection = Pdfs.request(docx, docx.resolveSibling("unused.pdf")).detection();
        OfficeParsing.parse(docx, detection, xhtml, new EmbeddedFiles(), new Metadata());
        Document xml = Jsoup.parse(xhtml.toString(), "", Parser.xmlParser());
        xml.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false);
        return Jsoup.parse(xml.outerHtml());
    }

    private static int pageHolding(PDDocument document, String text) throws IOException {
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            if (pageText(document, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    /** Where the word starts on its line, in points from the page's left edge. */
    private static float xOf(Path pdf, String word) throws IOException {
        List<Float> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int at = text.indexOf(word);
                if (at >= 0 && found.isEmpty()) {
                    found.add(positions.get(at).getXDirAdj());
                }
            }
        };
        try (PDDocument document = Pdfs.open(pdf)) {
            stripper.getText(document);
        }
        assertFalse(found.isEmpty(), word + " is not in the PDF");
        return found.get(0);
    }
}
