package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.earchive.convert.ConvertedPdf;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets through the Java engine: what a reader of the PDF sees of the workbook. */
class SpreadsheetToPdfaTest {

    private static final OfficeToPdfaConverter CONVERTER = new OfficeToPdfaConverter(Pdfs.FINISHER);
    private static final String TITLE = "BÁO CÁO THỐNG KÊ HỒ SƠ LƯU TRỮ NĂM 2024";
    private static final String WIDE = "Hồ sơ về việc xây dựng kế hoạch chỉnh lý tài liệu tồn đọng của Ủy ban nhân dân huyện Điện Biên Đông";
    private static final String HIDDEN_COLUMN = "GHICHUNOIBO-AN";
    private static final String HIDDEN_ROW = "DONG-BI-AN-DI";

    @TempDir
    Path work;

    @Test
    void aWorkbookPrintsAsExcelShowsIt() throws Exception {
        Path xlsx = work.resolve("thong-ke.xlsx");
        writeWorkbook(xlsx);
        Path target = work.resolve("thong-ke.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(xlsx, target));

        assertEquals(PdfaLevel.PDFA_2U, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(List.of(), pdf.warnings(), "no character lost, nothing left out");
        assertEquals("java (POI + openhtmltopdf)", pdf.facts().get("engine"));
        assertEquals(2, pdf.pages(), "one page per visible sheet");
        assertEquals("Nháp", pdf.facts().get("hidden-sheets-not-printed"), "Excel does not print hidden sheets either");
        assertFalse(Pdfs.text(target).contains("BAN-NHAP-AN"));

        String first = PdfText.comparable(pageText(target, 1));
        // every visible value, in reading order: the merged title, the header row, each row left to right
        List<String> inOrder = List.of("Báo cáo", TITLE, "Số TT", "Tiêu đề hồ sơ", "Ngày lập", "Số tờ", "Gấp đôi",
                "1", WIDE, "15/03/2024", "1,234", "2,468", "2", "Hồ sơ hội nghị tổng kết", "20/04/2024", "56", "112",
                "Cộng", "1,290", "2,580");
        int at = 0;
        for (String value : inOrder) {
            int found = first.indexOf(PdfText.comparable(value), at);
            assertTrue(found >= 0, "'" + value + "' after position " + at + " of: " + first);
            at = found + PdfText.comparable(value).length();
        }
        assertEquals(1, occurrences(first, PdfText.comparable(TITLE)), "the merged title once, not once per column");
        assertFalse(first.contains(HIDDEN_COLUMN), "a hidden column is not printed");
        assertFalse(first.contains("SUM(") || first.contains("D3*2"), "the value a formula computed, not the formula");
        assertFalse(first.contains("Danhmục"), "the second sheet is not on the first page");

        String second = PdfText.comparable(pageText(target, 2));
        assertTrue(second.startsWith(PdfText.comparable("Phụ lục")), second);
        assertTrue(second.contains(PdfText.comparable("Danh mục tài liệu kèm theo")), second);
        assertTrue(second.contains(PdfText.comparable("Quyết định số 12/QĐ-UBND")), second);
        assertFalse(second.contains(HIDDEN_ROW), "a hidden row is not printed");

        try (PDDocument document = Pdfs.open(target)) {
            PDRectangle wide = document.getPage(0).getMediaBox();
            PDRectangle narrow = document.getPage(1).getMediaBox();
            assertTrue(wide.getWidth() > wide.getHeight(), "the sheet with the wide column is on a landscape page");
            assertTrue(narrow.getWidth() < narrow.getHeight(), "the narrow sheet is on a portrait page");
        }
    }

    @Test
    void theTableKeepsColumnWidthsAndMergedCells() throws Exception {
        Path xlsx = work.resolve("thong-ke.xlsx");
        writeWorkbook(xlsx);
        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile(), null, true)) {
            SpreadsheetHtml.Sheets sheets = SpreadsheetHtml.build(workbook);
            assertEquals(2, sheets.sections().size());
            Element table = sheets.sections().get(0).selectFirst("table.sheet");
            Element title = table.selectFirst("td:contains(" + TITLE + ")");
            assertEquals("3", title.attr("colspan"), "the title spans its three merged columns");
            assertEquals(5, table.select("col").size(), "six columns, one hidden");
            double[] widths = table.select("col").stream()
                    .mapToDouble(col -> Double.parseDouble(col.attr("style").replaceAll("[^0-9.]", ""))).toArray();
            assertTrue(widths[1] > 5 * widths[0], "the wide column stays wide: " + java.util.Arrays.toString(widths));
            // 710 pt in all, within a landscape page: not scaled
            assertEquals(48, widths[0], 0.5, "a column of default width is Excel's 64 px");
            assertEquals(95 * 7 * 0.75, widths[1], 0.5, "95 characters of 7 px");
            assertTrue(sheets.sections().get(0).hasClass("landscape"));
            assertFalse(sheets.sections().get(1).hasClass("landscape"));
            assertTrue(sheets.css().contains("font-weight: bold"), "the title's bold: " + sheets.css());
            assertTrue(sheets.css().contains("border-bottom: 0.6pt solid"), "the header row's rule: " + sheets.css());
            Element merged = sheets.sections().get(1).selectFirst("td[rowspan]");
            assertEquals("2", merged.attr("rowspan"), "a merge over a hidden row spans the rows still printed");
        }
    }

    @Test
    void aWorkbookBeyondTheCellBudgetSaysWhichRowsAreLeftOut() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Dữ liệu");
            for (int r = 0; r < 10; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue("ô " + r + "-" + c);
                }
            }
            workbook.createSheet("Sau").createRow(0).createCell(0).setCellValue("không in");

            SpreadsheetHtml.Sheets sheets = SpreadsheetHtml.build(workbook, 30);
            assertEquals(6, sheets.sections().get(0).select("tr").size(), "30 cells: six rows of five");
            assertEquals(List.of("Rows 7 to 10 of sheet 'Dữ liệu' are not in the PDF: the Java engine prints at most 30"
                    + " cells of a workbook (the LibreOffice engine prints them all).", "Sheet 'Sau' is not in the PDF: the"
                    + " Java engine prints at most 30 cells of a workbook, and the sheets before it fill them (the LibreOffice"
                    + " engine prints them all)."), sheets.warnings());
            assertTrue(sheets.sections().get(0).text().contains("Rows 7 to 10"), "the PDF's reader learns it too");
            assertTrue(sheets.sections().get(1).select("table").isEmpty());
            assertTrue(sheets.sections().get(1).text().contains("Sheet 'Sau' is not in the PDF"), sheets.sections().get(1).text());
        }
    }

    @Test
    void aWorkbookTooLargeToHoldWholeIsNotOpened() throws Exception {
        Path xlsx = work.resolve("thong-ke.xlsx");
        writeWorkbook(xlsx);
        WorkbookReading.Opened opened = WorkbookReading.open(xlsx, "", WorkbookReading.MAX_CELLS_FOUND + 1);
        assertEquals(null, opened.workbook());
        assertEquals("it has too many cells (600001) to be read whole", opened.whyNot());
        try (Workbook workbook = WorkbookReading.open(xlsx, "", 40).workbook()) {
            assertEquals(3, workbook.getNumberOfSheets());
        }
    }

    @Test
    void printTitlesAreRepeatedOnEveryPage() throws Exception {
        Path xlsx = work.resolve("danh-muc.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh mục");
            Row titles = sheet.createRow(0);
            titles.createCell(0).setCellValue("Số TT");
            titles.createCell(1).setCellValue("Tên văn bản lưu trữ");
            for (int r = 1; r <= 150; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Công văn số " + r + "/UBND-VP");
            }
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        Path target = work.resolve("danh-muc.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(xlsx, target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertTrue(pdf.pages() >= 2, "long enough for two pages: " + pdf.pages());
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = PdfText.comparable(pageText(target, page));
            assertTrue(text.contains(PdfText.comparable("Số TT Tên văn bản lưu trữ")), "titles on page " + page + ": " + text);
        }
        assertTrue(PdfText.comparable(Pdfs.text(target)).contains(PdfText.comparable("Công văn số 150/UBND-VP")));
    }

    @Test
    void aWorkbookWithNoValuesIsEmpty() throws Exception {
        Path xlsx = work.resolve("trong.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Trống").createRow(3).createCell(2).setCellStyle(workbook.createCellStyle());
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        org.earchive.core.ConversionException empty = org.junit.jupiter.api.Assertions.assertThrows(
                org.earchive.core.ConversionException.class, () -> CONVERTER.convert(Pdfs.request(xlsx, work.resolve("e.pdf"))));
        assertEquals(org.earchive.core.DocumentStatus.EMPTY_FILE, empty.status());
        assertTrue(Files.notExists(work.resolve("e.pdf")), "nothing half-written");
    }

    /**
     * A cell's comment (which Excel does not print) is neither printed in its cell nor lost: XLS or XLSX, it is the
     * PDF's own comment, with its author, beside its row.
     */
    @Test
    void aCellsCommentIsThePdfsCommentBesideItsRow() throws Exception {
        for (Workbook workbook : List.<Workbook>of(
                new org.apache.poi.hssf.usermodel.HSSFWorkbook(), new XSSFWorkbook())) {
            Path file = CommentedDocuments.workbook(work.resolve(workbook instanceof XSSFWorkbook ? "ghi-chu.xlsx"
                    : "ghi-chu.xls"), workbook);
            Path target = work.resolve(file.getFileName() + ".pdf");
            ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(file, target));
            assertEquals(List.of(), pdf.unmet(), file::toString);
            assertEquals("1", pdf.facts().get("comments"), file::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(PdfComments.read(target).contains("Lê Văn Cường - Kiểm tra lại thời hạn bảo quản"),
                    PdfComments.read(target));
            String page = Pdfs.text(target);
            assertTrue(page.contains("Kế hoạch chỉnh lý") && !page.contains("thời hạn"), page);
        }
    }

    @Test
    void corpusSpreadsheetsStay2u() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        for (String name : List.of("tika/testEXCEL.xls", "tika/testEXCEL-charts.xls", "tika/testEXCEL_95.xls",
                "tika/testEXCEL.xlsx", "tika/testEXCEL_charts.xlsx",
                "poi/spreadsheet__SampleSS.xlsx", "poi/spreadsheet__SampleSS.ods",
                "poi/spreadsheet__61045_govdocs1_626534.xls")) {
            Path target = work.resolve(name.replace('/', '_') + ".pdf");
            ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(corpus.resolve(name), target));
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertEquals(PdfaLevel.PDFA_2U, pdf.level(), name);
            // POI reads all but Excel 95 (BIFF5) and ODS, which keep Tika's tables
            assertEquals(name.endsWith("_95.xls") || name.endsWith(".ods") ? "java (Tika + openhtmltopdf)"
                    : "java (POI + openhtmltopdf)", pdf.facts().get("engine"), name);
            if (name.endsWith("_95.xls")) {
                assertTrue(pdf.warnings().get(0).startsWith("The workbook's column widths and merged cells could not be"
                        + " kept: POI cannot read it as a workbook (The supplied spreadsheet seems to be Excel 5.0/7.0"),
                        pdf.warnings().toString());
            }
            assertTrue(PdfText.comparable(Pdfs.text(target)).length() > 10, name);
        }
        String squares = PdfText.comparable(Pdfs.text(work.resolve("tika_testEXCEL.xls.pdf")));
        assertTrue(squares.contains(PdfText.comparable("Numbers and their Squares")) && squares.contains("14196"), squares);
        // Strict OOXML, which POI and Tika refuse: laid out from POI's model of its Transitional copy, every word kept
        Path strict = work.resolve("strict.pdf");
        ConvertedPdf strictPdf = CONVERTER.convert(Pdfs.request(corpus.resolve("tika/testEXCEL.strict.xlsx"), strict));
        assertEquals(java.util.List.of(), strictPdf.unmet());
        assertEquals("java (POI + openhtmltopdf)", strictPdf.facts().get("engine"));
        String strictText = PdfText.extract(strict);
        assertTrue(strictText.contains("Start of 2nd sheet") && strictText.contains("I'm in bold blue, on a yellow background"),
                strictText);
        Pdfs.assertCompliant(strict, PdfaLevel.PDFA_2U);
        Path opened = work.resolve("opened.pdf");
        ConvertedPdf withPassword = new OfficeToPdfaConverter(Pdfs.FINISHER).convert(
                Pdfs.request(corpus.resolve("tika/testEXCEL_protected_passtika.xlsx"), opened, "tika"));
        Pdfs.assertCompliant(opened, PdfaLevel.PDFA_2U);
        assertEquals("java (POI + openhtmltopdf)", withPassword.facts().get("engine"), "laid out from POI's model");
        assertTrue(withPassword.warnings().stream().anyMatch(w -> w.contains("opened with the password given")));

        // an .xls encrypted with RC4: refused without its password, laid out from POI's model with it
        Path xls = corpus.resolve("poi/spreadsheet__password.xls");
        org.earchive.core.ConversionException locked = org.junit.jupiter.api.Assertions.assertThrows(
                org.earchive.core.ConversionException.class, () -> CONVERTER.convert(Pdfs.request(xls, work.resolve("l.pdf"))));
        assertEquals(org.earchive.core.DocumentStatus.ENCRYPTED, locked.status());
        Path openedXls = work.resolve("opened-xls.pdf");
        ConvertedPdf xlsWithPassword = new OfficeToPdfaConverter(Pdfs.FINISHER).convert(
                Pdfs.request(xls, openedXls, "password"));
        Pdfs.assertCompliant(openedXls, PdfaLevel.PDFA_2U);
        assertEquals("java (POI + openhtmltopdf)", xlsWithPassword.facts().get("engine"), xlsWithPassword.warnings().toString());
    }

    /** Two sheets: a wide one with a merged title, a formula, dates and a hidden column; a short appendix. */
    private static void writeWorkbook(Path xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's built-in short date
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

            Sheet sheet = workbook.createSheet("Báo cáo");
            sheet.setColumnWidth(1, 95 * 256); // the title column, some 95 characters wide
            sheet.setColumnWidth(2, 12 * 256);
            sheet.setColumnHidden(4, true);
            sheet.setColumnWidth(5, 10 * 256);
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(TITLE);
            top.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            Row names = sheet.createRow(1);
            String[] headers = {"Số TT", "Tiêu đề hồ sơ", "Ngày lập", "Số tờ", HIDDEN_COLUMN, "Gấp đôi"};
            for (int c = 0; c < headers.length; c++) {
                names.createCell(c).setCellValue(headers[c]);
                names.getCell(c).setCellStyle(header);
            }
            Object[][] rows = {
                {1, WIDE, LocalDate.of(2024, 3, 15), 1234, date},
                {2, "Hồ sơ hội nghị tổng kết", LocalDate.of(2024, 4, 20), 56, shortDate},
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(2 + i);
                row.createCell(0).setCellValue((Integer) rows[i][0]);
                row.createCell(1).setCellValue((String) rows[i][1]);
                row.createCell(2).setCellValue((LocalDate) rows[i][2]);
                row.getCell(2).setCellStyle((CellStyle) rows[i][4]);
                row.createCell(3).setCellValue((Integer) rows[i][3]);
                row.getCell(3).setCellStyle(thousands);
                row.createCell(4).setCellValue(HIDDEN_COLUMN + i);
                // a formula with the value Excel cached when it last computed it
                row.createCell(5).setCellFormula("D" + (3 + i) + "*2");
                row.getCell(5).setCellValue(2 * (Integer) rows[i][3]);
                row.getCell(5).setCellStyle(thousands);
            }
            Row total = sheet.createRow(4);
            total.createCell(1).setCellValue("Cộng");
            total.createCell(3).setCellFormula("SUM(D3:D4)");
            total.getCell(3).setCellValue(1290);
            total.getCell(3).setCellStyle(thousands);
            total.createCell(5).setCellFormula("SUM(F3:F4)");
            total.getCell(5).setCellValue(2580);
            total.getCell(5).setCellStyle(thousands);

            Sheet appendix = workbook.createSheet("Phụ lục");
            appendix.createRow(0).createCell(0).setCellValue("Danh mục tài liệu kèm theo");
            Row hidden = appendix.createRow(1);
            hidden.createCell(0).setCellValue(HIDDEN_ROW);
            hidden.setZeroHeight(true);
            appendix.createRow(2).createCell(0).setCellValue("Quyết định số 12/QĐ-UBND");
            appendix.getRow(1).createCell(1).setCellValue("Ghi chú");
            appendix.addMergedRegion(new CellRangeAddress(1, 3, 1, 1)); // over the hidden row: two printed rows
            appendix.createRow(3).createCell(0).setCellValue("Biên bản bàn giao");
            workbook.createSheet("Nháp").createRow(0).createCell(0).setCellValue("BAN-NHAP-AN");
            workbook.setSheetHidden(2, true);
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String pageText(Path pdf, int page) throws Exception {
        try (PDDocument document = Pdfs.open(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }
}
