package org.earchive.metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The clerk's spreadsheet as an Excel workbook: the headings in the clerk's language on the first row, the
 * machine names on a second, hidden, row (so the sheet reads back whatever the headings say), every cell text
 * (Excel keeps "02" and "09/06/2025" as typed), a drop-down list of "code - name" on each coded column (TT 05's
 * code lists, kept on a hidden sheet), and a pale fill on each value earchive read from the text with
 * confidence below {@link #CHECK_BELOW}: what the clerk should check first. A second sheet says so in words.
 */
final class XlsxTemplate {

    /** Values read with less confidence than this are filled pale yellow. */
    static final double CHECK_BELOW = 0.9;
    /** Pale yellow: seen on screen and in print, never hiding the text. */
    private static final byte[] PALE = {(byte) 0xFF, (byte) 0xF2, (byte) 0xB3};
    private static final int FIRST_DATA_ROW = 2;
    /** The rows a drop-down list covers: every row of the template and room for rows the clerk adds. */
    private static final int VALIDATED_ROWS = 5000;

    private final TemplateHeadings headings;

    XlsxTemplate(TemplateHeadings headings) {
        this.headings = headings;
    }

    void write(List<MetadataTemplate.Row> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            boolean vi = headings.isVietnamese();
            XSSFSheet sheet = workbook.createSheet(vi ? "Tài liệu" : "documents");
            XSSFSheet codes = workbook.createSheet(vi ? "Danh mục mã" : "codes");
            XSSFSheet help = workbook.createSheet(vi ? "Hướng dẫn" : "how to");

            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            XSSFCellStyle toCheck = workbook.createCellStyle();
            toCheck.cloneStyleFrom(text);
            toCheck.setFillForegroundColor(new XSSFColor(PALE, null));
            toCheck.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            List<MetadataField> fields = MetadataTemplate.columns();
            int confidenceColumn = fields.size() + 1;
            Row names = sheet.createRow(0);
            Row machine = sheet.createRow(1);
            names.setHeightInPoints(45);
            header(names, machine, 0, ClerkMetadata.PATH_COLUMN, heading);
            for (int i = 0; i < fields.size(); i++) {
                header(names, machine, i + 1, fields.get(i).element(), heading);
            }
            header(names, machine, confidenceColumn, ClerkMetadata.CONFIDENCE_COLUMN, heading);
            machine.setZeroHeight(true);

            int rowNumber = FIRST_DATA_ROW;
            for (MetadataTemplate.Row row : rows) {
                Row cells = sheet.createRow(rowNumber++);
                cells.createCell(0).setCellValue(ClerkMetadata.normalisePath(row.path()));
                cells.getCell(0).setCellStyle(text);
                for (int i = 0; i < fields.size(); i++) {
                    MetadataField field = fields.get(i);
                    String value = MetadataTemplate.cell(row.metadata(), field);
                    if (field.kind() == MetadataField.Kind.CODE && !value.isEmpty()) {
                        value = field.codeList().labelled(value);
                    }
                    var cell = cells.createCell(i + 1);
                    cell.setCellValue(value);
                    FieldValue read = row.metadata().field(field).orElse(null);
                    boolean doubtful = read != null && read.origin() == FieldValue.Origin.TEXT && read.confidence() < CHECK_BELOW;
                    cell.setCellStyle(doubtful ? toCheck : text);
                }
                cells.createCell(confidenceColumn).setCellValue(MetadataTemplate.confidences(row.metadata(), headings));
                cells.getCell(confidenceColumn).setCellStyle(text);
            }

            for (int column = 0; column <= confidenceColumn; column++) {
                sheet.setDefaultColumnStyle(column, text);
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 0; i < fields.size(); i++) {
                sheet.setColumnWidth(i + 1, width(fields.get(i)) * 256);
            }
            sheet.setColumnWidth(confidenceColumn, 40 * 256);
            sheet.createFreezePane(1, FIRST_DATA_ROW);

            codeLists(workbook, sheet, codes, fields, heading);
            help(help, vi);
            workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void header(Row names, Row machine, int column, String name, CellStyle style) {
        names.createCell(column).setCellValue(headings.heading(name));
        names.getCell(column).setCellStyle(style);
        machine.createCell(column).setCellValue(name);
    }

    private static int width(MetadataField field) {
        return switch (field.kind()) {
            case CODE -> 24;
            case DATE -> 14;
            case INTEGER, BOOLEAN -> 12;
            default -> field.maxLength() > 200 ? 50 : 24;
        };
    }

    /** One column of "code - name" per coded field on the hidden sheet, each a drop-down list on its column. */
    private static void codeLists(XSSFWorkbook workbook, XSSFSheet sheet, XSSFSheet codes, List<MetadataField> fields,
                                  CellStyle heading) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int listColumn = 0;
        for (int i = 0; i < fields.size(); i++) {
            MetadataField field = fields.get(i);
            if (field.kind() != MetadataField.Kind.CODE) {
                continue;
            }
            List<String> entries = field.codeList().codes().stream().map(field.codeList()::labelled).toList();
            Row title = codes.getRow(0) == null ? codes.createRow(0) : codes.getRow(0);
            title.createCell(listColumn).setCellValue(field.element());
            title.getCell(listColumn).setCellStyle(heading);
            for (int e = 0; e < entries.size(); e++) {
                Row row = codes.getRow(e + 1) == null ? codes.createRow(e + 1) : codes.getRow(e + 1);
                row.createCell(listColumn).setCellValue(entries.get(e));
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
            String range = "'" + codes.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (entries.size() + 1);
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(FIRST_DATA_ROW, Math.min(VALIDATED_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()),
                            i + 1, i + 1));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true); // POI's name is inverted: true shows the arrow in XLSX
            sheet.addValidationData(validation);
            codes.setColumnWidth(listColumn, 30 * 256);
            listColumn++;
        }
    }

    private static void help(XSSFSheet help, boolean vi) {
        List<String> lines = vi ? List.of(
                "Bảng thông tin tài liệu để kiểm tra trước khi chuyển đổi (Thông tư 05/2025/TT-BNV).",
                "Mỗi dòng một tệp; cột đầu là đường dẫn của tệp, không sửa cột này.",
                "Ô tô màu vàng nhạt: giá trị earchive đọc từ nội dung văn bản nhưng chưa chắc chắn, cần kiểm tra trước.",
                "Các cột có mã (tên loại, ngôn ngữ, thời hạn bảo quản, chế độ sử dụng...) chọn từ danh sách thả xuống.",
                "Ô để trống: giữ giá trị earchive đọc được; ô chỉ có dấu '-': xóa giá trị đó.",
                "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 09/06/2025.",
                "Lưu lại dưới dạng XLSX rồi dùng: earchive convert THƯ_MỤC --metadata TỆP.xlsx") : List.of(
                "The metadata of each document, to check before converting (Thông tư 05/2025/TT-BNV).",
                "One row per file; the first column is the file's path: leave it as it is.",
                "Pale yellow cells: values earchive read from the document's text without being sure; check them first.",
                "Coded columns (type, language, retention, access...) take a value from their drop-down list.",
                "An empty cell keeps what earchive read; a cell holding only '-' removes it.",
                "Dates as day/month/year, e.g. 09/06/2025.",
                "Save it as XLSX and give it back: earchive convert FOLDER --metadata FILE.xlsx");
        for (int i = 0; i < lines.size(); i++) {
            help.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        help.setColumnWidth(0, 110 * 256);
    }
}
