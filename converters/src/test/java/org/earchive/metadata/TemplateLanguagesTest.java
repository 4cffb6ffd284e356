package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk's spreadsheet in Vietnamese and as an Excel workbook: headed as TT 05 names the fields, read back
 * after a clerk's edits (made here with POI, as Excel would save them), and old sheets headed by machine names
 * still load.
 */
class TemplateLanguagesTest {

    @TempDir
    Path work;

    private final DocumentMetadata extracted = new MetadataExtractor().extract(Fixtures.sourceText("thong-bao.txt"));

    @Test
    void everyClerkColumnHasAVietnameseHeadingAndNoTwoAreAlike() {
        Map<String, String> headings = TemplateHeadings.vietnameseHeadings();
        for (MetadataField field : MetadataTemplate.columns()) {
            assertTrue(headings.containsKey(field.element()), field.element() + " has no Vietnamese heading");
            assertEquals(field.element(), TemplateHeadings.machineName(headings.get(field.element())).orElseThrow());
        }
        assertEquals(headings.size(), headings.values().stream().map(VietnameseText::key).distinct().count());
        assertEquals("Trích yếu nội dung", TemplateHeadings.vietnamese().heading("subject"));
        assertEquals("Mã hồ sơ", TemplateHeadings.vietnamese().heading("fileCode"));
        assertEquals("subject", TemplateHeadings.machineName("trich yeu noi dung").orElseThrow(), "typed without diacritics");
    }

    @Test
    void theXlsxTemplateIsVietnameseHasCodeListsAndMarksDoubtfulValuesAndReadsBackAfterAClerksEdits() throws Exception {
        // a report whose recipients ("Nơi nhận") are read with little confidence
        DocumentMetadata extracted = new MetadataExtractor().extract(Fixtures.sourceText("bao-cao-tong-ket.txt"));
        Path xlsx = work.resolve("ho-so.xlsx");
        new MetadataTemplate(TemplateHeadings.vietnamese()).write(List.of(new MetadataTemplate.Row("bao-cao.txt", extracted)), xlsx);

        List<MetadataField> columns = MetadataTemplate.columns();
        int subject = columns.indexOf(MetadataField.SUBJECT) + 1;
        int type = columns.indexOf(MetadataField.TYPE_NAME) + 1;
        int fileCode = columns.indexOf(MetadataField.FILE_CODE) + 1;
        int issued = columns.indexOf(MetadataField.ISSUED_DATE) + 1;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Tài liệu", sheet.getSheetName());
            assertEquals("Trích yếu nội dung", sheet.getRow(0).getCell(subject).getStringCellValue());
            assertEquals("Tên loại văn bản", sheet.getRow(0).getCell(type).getStringCellValue());
            assertEquals("Ngày tháng năm văn bản", sheet.getRow(0).getCell(issued).getStringCellValue());
            assertEquals("subject", sheet.getRow(1).getCell(subject).getStringCellValue(), "the machine names, second row");
            assertTrue(sheet.getRow(1).getZeroHeight(), "and hidden");
            assertEquals("bao-cao.txt", sheet.getRow(2).getCell(0).getStringCellValue());
            String typeCode = extracted.valueOrNull(MetadataField.TYPE_NAME);
            assertEquals(typeCode + " - " + CodeList.named("typeName").label(typeCode).orElseThrow(),
                    sheet.getRow(2).getCell(type).getStringCellValue(), "a code shown with its name");

            List<String> validated = new ArrayList<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                validated.add(columns.get(column - 1).element());
                assertTrue(validation.getValidationConstraint().getFormula1().startsWith("'Danh mục mã'!"));
            }
            assertEquals(columns.stream().filter(f -> f.kind() == MetadataField.Kind.CODE).map(MetadataField::element).toList(),
                    validated, "every coded column offers its TT 05 list");
            assertEquals("14 - Báo cáo", workbook.getSheet("Danh mục mã").getRow(14).getCell(validated.indexOf("typeName")).getStringCellValue());

            int filled = 0;
            for (MetadataField field : columns) {
                FieldValue value = extracted.field(field).orElse(null);
                boolean doubtful = value != null && value.origin() == FieldValue.Origin.TEXT && value.confidence() < XlsxTemplate.CHECK_BELOW;
                CellStyle style = sheet.getRow(2).getCell(columns.indexOf(field) + 1).getCellStyle();
                assertEquals(doubtful, style.getFillPattern() == FillPatternType.SOLID_FOREGROUND, field.element());
                filled += doubtful ? 1 : 0;
            }
            assertTrue(filled > 0, "the recipients, at least, are filled for checking");

            // the clerk's edits, as Excel saves them: a picked list entry, typed text, a date Excel made a date
            Row row = sheet.getRow(2);
            row.getCell(type).setCellValue("14 - Báo cáo");
            row.getCell(subject).setCellValue("Về việc kiểm tra công tác văn thư năm 2025");
            row.getCell(fileCode).setCellValue("H49.64.33.2025.01");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            row.getCell(issued).setCellValue(LocalDate.of(2025, 6, 19));
            row.getCell(issued).setCellStyle(date);
            sheet.getRow(0).getCell(subject).setCellValue("Trích yếu (đã sửa tiêu đề)"); // the hidden row still names it
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }

        DocumentMetadata back = new DocumentMetadata();
        ClerkMetadata.read(xlsx, null).applyTo(back, "bao-cao.txt");
        assertEquals("14", back.valueOrNull(MetadataField.TYPE_NAME));
        assertEquals("Về việc kiểm tra công tác văn thư năm 2025", back.valueOrNull(MetadataField.SUBJECT));
        assertEquals("H49.64.33.2025.01", back.valueOrNull(MetadataField.FILE_CODE));
        assertEquals("2025-06-19", back.valueOrNull(MetadataField.ISSUED_DATE));
        for (MetadataField field : columns) {
            if (!List.of(MetadataField.TYPE_NAME, MetadataField.SUBJECT, MetadataField.FILE_CODE, MetadataField.ISSUED_DATE).contains(field)) {
                assertEquals(extracted.valueOrNull(field), back.valueOrNull(field), field.element() + " left alone reads back as written");
            }
        }
    }

    @Test
    void theVietnameseCsvReadsBackWithOrWithoutItsMachineNamesRow() throws Exception {
        Path csv = work.resolve("ho-so.csv");
        new MetadataTemplate(TemplateHeadings.vietnamese()).write(List.of(new MetadataTemplate.Row("thong-bao.txt", extracted)), csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFTệp (đường dẫn trong thư mục),Mã định danh tài liệu,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("path,docId,"), lines.get(1));
        assertRoundTrip(csv);

        lines.remove(1); // a clerk deleted the machine names: the Vietnamese headings are read
        Files.write(csv, lines, StandardCharsets.UTF_8);
        assertRoundTrip(csv);
    }

    @Test
    void anOldSheetHeadedByMachineAndTt02NamesStillLoads() throws Exception {
        Path csv = work.resolve("old.csv");
        Files.writeString(csv, "path,subject,TypeName,issuedDate\nthong-bao.txt,Về việc nghỉ lễ,07,02/09/2025\n");
        DocumentMetadata back = new DocumentMetadata();
        ClerkMetadata.read(csv, null).applyTo(back, "thong-bao.txt");
        assertEquals("Về việc nghỉ lễ", back.valueOrNull(MetadataField.SUBJECT));
        assertEquals("07", back.valueOrNull(MetadataField.TYPE_NAME));
        assertEquals("2025-09-02", back.valueOrNull(MetadataField.ISSUED_DATE));
        assertFalse(ClerkSheet.isXlsx(csv));
    }

    private void assertRoundTrip(Path sheet) throws Exception {
        DocumentMetadata back = new DocumentMetadata();
        ClerkMetadata.read(sheet, null).applyTo(back, "thong-bao.txt");
        for (MetadataField field : MetadataTemplate.columns()) {
            assertEquals(extracted.valueOrNull(field), back.valueOrNull(field), field.element());
        }
    }
}
