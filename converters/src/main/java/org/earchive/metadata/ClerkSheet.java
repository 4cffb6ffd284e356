package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The clerk's spreadsheet as rows of text, whether it came back as CSV (UTF-8, as Excel or LibreOffice save it)
 * or as the XLSX {@code metadata template} wrote (its first sheet): each cell as the clerk sees it, trimmed; a
 * date Excel turned into a date shown as dd/mm/yyyy. Blank rows are left out; each row keeps its number in the
 * file, for the sentences that point the clerk at a cell.
 */
final class ClerkSheet {

    /** One row: its number as the spreadsheet shows it (1 = the first), and its cells. */
    record Line(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private ClerkSheet() {
    }

    static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
    }

    static List<Line> read(Path file) throws IOException {
        return isXlsx(file) ? readXlsx(file) : readCsv(file);
    }

    private static List<Line> readCsv(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = ClerkFiles.rows(file)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell.strip()));
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                }
            }
        }
        return lines;
    }

    private static List<Line> readXlsx(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        } catch (RuntimeException e) {
            // POI's word for a file that is not a workbook, or a damaged one
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY_MONTH_YEAR);
        }
        return formatter.formatCellValue(cell).strip();
    }
}
