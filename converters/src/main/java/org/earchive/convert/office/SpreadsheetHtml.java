package org.earchive.convert.office;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LocaleUtil;
import org.jsoup.nodes.Element;

/**
 * A workbook as HTML the renderer lays out, one section per visible sheet: a heading with the sheet's name and a
 * table with the sheet's column widths, its merged cells as {@code colspan}/{@code rowspan}, its hidden rows and
 * columns left out, each cell's value as Excel shows it (the value a formula last computed, as cached in the file:
 * formulas are never evaluated), and the cell's bold, italic, alignment, fill and borders ({@link CellStyles}).
 * Each sheet starts a page, in landscape when its columns are wider than a portrait page, and a sheet wider than
 * that is scaled down to the page's width; text wraps in its cell rather than being cut off. The sheet's print
 * titles are repeated at the top of each page, as Excel prints them.
 *
 * <p>A workbook can hold far more cells than a PDF can usefully print (and than the renderer lays out in
 * bounded time and memory): the first {@code maxCells} cells are printed and the rest left out, which the
 * section says where it happens and the caller reports.
 */
final class SpreadsheetHtml {

    /** Printed cells per workbook: some 2 000 A4 pages of a dense table. */
    static final int MAX_CELLS = 100_000;
    /** Columns per sheet (the .xls limit); wider sheets could only be printed in unreadably narrow columns. */
    static final int MAX_COLUMNS = 256;

    /** Empty columns a long text may run on over; beyond them it wraps (a sheet-wide text would shrink the table). */
    private static final int MAX_RUN_ON_COLUMNS = 12;
    /** A4 less the sheet pages' 12 mm margins, in points. */
    private static final double PORTRAIT_WIDTH_PT = (210 - 24) / 25.4 * 72;
    private static final double LANDSCAPE_WIDTH_PT = (297 - 24) / 25.4 * 72;
    /** The average width of a character of Liberation Sans, in ems (wide enough for Vietnamese capitals). */
    private static final double AVERAGE_CHAR_EM = 0.55;
    /**
     * Liberation Sans has Arial's widths, wider than Calibri's, Excel's default font since 2007: 10 pt Arial
     * fills a column as 11 pt Calibri does, so the sheet's text is set this much smaller than Excel's size.
     */
    private static final double ARIAL_FOR_CALIBRI = 10.0 / 11.0;
    /** Below this, scaled text is no longer readable on paper: the columns narrow further and the text wraps. */
    private static final double MIN_FONT_PT = 5;

    static final String CSS = """
            @page sheet-portrait { size: A4 portrait; margin: 12mm; }
            @page sheet-landscape { size: A4 landscape; margin: 12mm; }
            section.sheet { page: sheet-portrait; font-family: 'Liberation Sans', 'DejaVu Sans'; }
            section.sheet.landscape { page: sheet-landscape; }
            section.sheet + section.sheet { page-break-before: always; }
            section.sheet h2 { font-size: 12pt; margin: 0 0 4pt 0; }
            p.sheet-note { font-size: 9pt; font-style: italic; margin: 4pt 0; }
            table.sheet { border-collapse: collapse; table-layout: fixed; margin: 0; -fs-table-paginate: paginate; }
            table.sheet td { border: 0.3pt solid #bbb; padding: 0.5pt 2pt; vertical-align: bottom; height: 1.15em;
                             word-wrap: break-word; overflow-wrap: break-word; }
            table.sheet td.n { text-align: right; }
            """;

    /**
     * What was built, and what was left out.
     *
     * @param comments the printed cells' comments, each named by the empty anchor left in its cell (which Excel does
     *                 not print either: they become the PDF's comments)
     */
    record Sheets(List<Element> sections, String css, List<String> warnings, List<String> hiddenSheets,
                  List<WriterComment> comments) {
    }

    private final Workbook workbook;
    private final DataFormatter formatter;
    private final CellStyles styles;
    private final int maxCells;
    private final List<String> warnings = new ArrayList<>();
    private final List<WriterComment> comments = new ArrayList<>();
    private int cellsLeft;

    private SpreadsheetHtml(Workbook workbook, int maxCells) {
        this.workbook = workbook;
        this.maxCells = maxCells;
        this.cellsLeft = maxCells;
        this.styles = new CellStyles(workbook);
        // number formats read as written in the file; a fixed locale so that the same file always prints alike
        this.formatter = new DataFormatter(Locale.US);
        formatter.setUseCachedValuesForFormulaCells(true);
        // Excel's built-in short date (format 14) is the computer's own short date; for Vietnamese users, as
        // NĐ 30 writes dates, that is day/month/year, not POI's American m/d/yy
        formatter.addFormat("m/d/yy", dateFormat("dd/MM/yyyy"));
        formatter.addFormat("m/d/yy h:mm", dateFormat("dd/MM/yyyy HH:mm"));
    }

    static Sheets build(Workbook workbook) {
        return build(workbook, MAX_CELLS);
    }

    static Sheets build(Workbook workbook, int maxCells) {
        return new SpreadsheetHtml(workbook, maxCells).sheets();
    }

    private Sheets sheets() {
        List<Element> sections = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            // Excel does not print hidden sheets either; the caller names them in the report
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                hidden.add(sheet.getSheetName());
                continue;
            }
            sections.add(section(sheet));
        }
        // the renderer starts the document on the body's page: unnamed, it would be a blank page of its own
        String firstPage = !sections.isEmpty() && sections.get(0).hasClass("landscape") ? "sheet-landscape" : "sheet-portrait";
        return new Sheets(sections, CSS + "body { page: " + firstPage + "; }\n" + styles.css(), warnings, hidden,
                List.copyOf(comments));
    }

    private Element section(Sheet sheet) {
        Element section = new Element("section").addClass("sheet");
        section.appendElement("h2").text(sheet.getSheetName());
        UsedRange used = UsedRange.of(sheet, styles.defaultFontPoints() * ARIAL_FOR_CALIBRI * AVERAGE_CHAR_EM);
        if (used == null) {
            section.appendElement("p").addClass("sheet-note").text("(This sheet is empty.)");
            return section;
        }
        int[] columns = visibleColumns(sheet, used);
        int[] rows = rowsWithinBudget(sheet, used, columns.length);
        if (rows.length == 0 && columns.length > 0 && cellsLeft < columns.length) {
            String left = "Sheet '" + sheet.getSheetName() + "' is not in the PDF: the Java engine prints at most "
                    + maxCells + " cells of a workbook, and the sheets before it fill them (the LibreOffice engine prints them all).";
            warnings.add(left);
            section.appendElement("p").addClass("sheet-note").text(left);
            return section;
        }
        if (rows.length == 0 || columns.length == 0) {
            section.appendElement("p").addClass("sheet-note").text("(Every row or column of this sheet that holds something is hidden.)");
            return section;
        }
        double[] widths = new double[columns.length];
        double total = 0;
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columnPoints(sheet, columns[i]);
            total += widths[i];
        }
        boolean landscape = total > PORTRAIT_WIDTH_PT;
        double scale = Math.min(1, (landscape ? LANDSCAPE_WIDTH_PT : PORTRAIT_WIDTH_PT) / total);
        if (landscape) {
            section.addClass("landscape");
        }
        double fontPt = Math.max(MIN_FONT_PT, styles.defaultFontPoints() * ARIAL_FOR_CALIBRI * scale);
        Element table = section.appendElement("table").addClass("sheet")
                .attr("style", String.format(Locale.ROOT, "width: %.1fpt; font-size: %.1fpt;", total * scale, fontPt));
        Element colgroup = table.appendElement("colgroup");
        for (double width : widths) {
            colgroup.appendElement("col").attr("style", String.format(Locale.ROOT, "width: %.1fpt;", width * scale));
        }
        Merges merges = new Merges(sheet, rows, columns);
        int lastTitleRow = lastTitleRow(sheet, rows, merges);
        Element head = lastTitleRow >= 0 ? table.appendElement("thead") : null;
        Element body = table.appendElement("tbody");
        for (int r : rows) {
            Row row = sheet.getRow(r);
            Element tr = (r <= lastTitleRow ? head : body).appendElement("tr");
            for (int j = 0; j < columns.length; j++) {
                int c = columns[j];
                int[] span = merges.spanAt(r, c);
                if (span == Merges.COVERED) {
                    continue;
                }
                // a merged area shows its top-left cell, wherever its first visible row and column are
                Cell cell = span == null ? cellAt(row, c) : merges.topLeft(r, c);
                Element td = tr.appendElement("td");
                int columnSpan = span != null ? span[1] : overflow(row, r, columns, widths, j, cell, fontPt / scale, merges);
                if (span != null && span[0] > 1) {
                    td.attr("rowspan", Integer.toString(span[0]));
                }
                if (columnSpan > 1) {
                    td.attr("colspan", Integer.toString(columnSpan));
                }
                if (span == null) {
                    j += columnSpan - 1;
                }
                fill(td, cell);
                markComment(td, cell);
            }
        }
        int lastPrinted = rows[rows.length - 1];
        if (lastPrinted < used.lastRow()) {
            String left = "Rows " + (lastPrinted + 2) + " to " + (used.lastRow() + 1) + " of sheet '" + sheet.getSheetName()
                    + "' are not in the PDF: the Java engine prints at most " + maxCells + " cells of a workbook"
                    + " (the LibreOffice engine prints them all).";
            warnings.add(left);
            section.appendElement("p").addClass("sheet-note").text(left);
        }
        if (used.lastValueColumn() - used.firstColumn() + 1 > MAX_COLUMNS) {
            String left = "Columns after the " + MAX_COLUMNS + "th of sheet '" + sheet.getSheetName()
                    + "' are not in the PDF: the Java engine prints at most " + MAX_COLUMNS + " columns of a sheet.";
            warnings.add(left);
            section.appendElement("p").addClass("sheet-note").text(left);
        }
        return section;
    }

    /**
     * The last row of the sheet's print titles (rows Excel repeats at the top of every printed page), which go in
     * the table's head for the renderer to repeat; -1 when the sheet has none, when they are not the first rows
     * printed, or when a merged area runs from them into the rows below (a head cannot hold half of it).
     */
    private static int lastTitleRow(Sheet sheet, int[] rows, Merges merges) {
        CellRangeAddress titles = sheet.getRepeatingRows();
        if (titles == null || titles.getFirstRow() > rows[0] || titles.getLastRow() < rows[0]
                || titles.getLastRow() >= rows[rows.length - 1]) {
            return -1;
        }
        return merges.crosses(titles.getLastRow()) ? -1 : titles.getLastRow();
    }

    /**
     * How many columns a text cell takes: Excel lets text that does not fit run on over the empty cells to its
     * right (unless the cell wraps or is not left-aligned), where a table cell of the column's width would break
     * it into a column of single words. The text's width is estimated from its length.
     */
    private int overflow(Row row, int r, int[] columns, double[] widths, int j, Cell cell, double fontPt, Merges merges) {
        if (cell == null || cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText()
                || !(cell.getCellStyle().getAlignment() == HorizontalAlignment.GENERAL
                || cell.getCellStyle().getAlignment() == HorizontalAlignment.LEFT)) {
            return 1;
        }
        double needed = cell.getStringCellValue().length() * fontPt * AVERAGE_CHAR_EM + 4;
        double width = widths[j];
        int span = 1;
        while (width < needed && j + span < columns.length) {
            int next = columns[j + span];
            Cell neighbour = cellAt(row, next);
            if ((neighbour != null && neighbour.getCellType() != CellType.BLANK) || merges.spanAt(r, next) != null) {
                break;
            }
            width += widths[j + span];
            span++;
        }
        return span;
    }

    /**
     * A column's width in points. A column the file gives no width has the sheet's default, which POI reports as
     * the bare character count (8 characters, 56 px) where Excel adds the cell's margins and rounds up to 8 px (64 px).
     */
    static double columnPoints(Sheet sheet, int column) {
        int units = sheet.getColumnWidth(column);
        double pixels = units == sheet.getDefaultColumnWidth() * 256
                ? Math.ceil((sheet.getDefaultColumnWidth() * 7 + 5) / 8.0) * 8
                : sheet.getColumnWidthInPixels(column);
        return pixels * 0.75; // 96 px to 72 pt an inch
    }

    /** A cell's comment: an empty anchor in its cell, where the PDF's comment will be. */
    private void markComment(Element td, Cell cell) {
        Comment comment = cell == null ? null : cell.getCellComment();
        if (comment == null) {
            return;
        }
        String name = CommentBookmarks.PREFIX + "cell-" + (comments.size() + 1);
        td.appendElement("a").attr("id", name);
        comments.add(new WriterComment(name, comment.getAuthor() == null ? "" : comment.getAuthor(), "", null,
                comment.getString() == null ? "" : comment.getString().getString()));
    }

    private static Cell cellAt(Row row, int column) {
        return row == null ? null : row.getCell(column);
    }

    private void fill(Element td, Cell cell) {
        if (cell == null) {
            return;
        }
        String cssClass = styles.classOf(cell.getCellStyle());
        if (cssClass != null) {
            td.addClass(cssClass);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            td.addClass("n"); // Excel's "General" alignment puts numbers (and dates) on the right
        }
        String text;
        try {
            text = formatter.formatCellValue(cell);
        } catch (RuntimeException odd) {
            // a number format POI cannot apply: the plain value rather than nothing
            text = type == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue()) : "";
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                td.appendElement("br");
            }
            td.appendText(lines[i]);
        }
    }

    private static int[] visibleColumns(Sheet sheet, UsedRange used) {
        int last = Math.min(used.lastColumn(), used.firstColumn() + MAX_COLUMNS - 1);
        return java.util.stream.IntStream.rangeClosed(used.firstColumn(), last)
                .filter(c -> !sheet.isColumnHidden(c) && sheet.getColumnWidth(c) > 0).toArray(); // width 0 hides too
    }

    /** The visible rows of the used range, as many as the workbook's cell budget still allows. */
    private int[] rowsWithinBudget(Sheet sheet, UsedRange used, int width) {
        if (width == 0) {
            return new int[0];
        }
        int[] rows = new int[Math.min(used.lastRow() - used.firstRow() + 1, Math.max(0, cellsLeft / width))];
        int n = 0;
        for (int r = used.firstRow(); r <= used.lastRow() && n < rows.length; r++) {
            Row row = sheet.getRow(r);
            if (row == null || !(row.getZeroHeight() || row.getHeight() == 0)) {
                rows[n++] = r;
            }
        }
        cellsLeft -= n * width;
        return Arrays.copyOf(rows, n);
    }

    private static SimpleDateFormat dateFormat(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
        format.setTimeZone(LocaleUtil.getUserTimeZone()); // the zone POI turns the serial date into a Date in
        return format;
    }

    /**
     * The rows and columns from the first to the last that hold a value (formatting alone does not count), the
     * columns up to where the rightmost text runs on; {@code lastValueColumn} is the last that holds a value.
     */
    record UsedRange(int firstRow, int lastRow, int firstColumn, int lastColumn, int lastValueColumn) {

        /** @param charPt the average width of a character of the sheet's text */
        static UsedRange of(Sheet sheet, double charPt) {
            int firstRow = Integer.MAX_VALUE;
            int lastRow = -1;
            int firstColumn = Integer.MAX_VALUE;
            int lastColumn = -1;
            int lastValueColumn = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (holdsValue(cell)) {
                        firstRow = Math.min(firstRow, row.getRowNum());
                        lastRow = Math.max(lastRow, row.getRowNum());
                        firstColumn = Math.min(firstColumn, cell.getColumnIndex());
                        lastColumn = Math.max(lastColumn, reach(sheet, cell, charPt));
                        lastValueColumn = Math.max(lastValueColumn, cell.getColumnIndex());
                    }
                }
            }
            return lastRow < 0 ? null : new UsedRange(firstRow, lastRow, firstColumn, lastColumn, lastValueColumn);
        }

        /** The last column a cell's text reaches: text Excel would let run on over empty columns counts there. */
        private static int reach(Sheet sheet, Cell cell, double charPt) {
            int column = cell.getColumnIndex();
            if (cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText() || sheet.isColumnHidden(column)
                    || cell.getRow().getZeroHeight()) {
                return column;
            }
            double needed = cell.getStringCellValue().length() * charPt + 4;
            double width = columnPoints(sheet, column);
            while (width < needed && column < cell.getColumnIndex() + MAX_RUN_ON_COLUMNS) {
                column++;
                width += sheet.isColumnHidden(column) ? 0 : columnPoints(sheet, column);
            }
            return column;
        }

        private static boolean holdsValue(Cell cell) {
            return switch (cell.getCellType()) {
                case BLANK, _NONE -> false;
                case STRING -> !cell.getStringCellValue().isEmpty();
                default -> true;
            };
        }
    }

    /** Where the sheet's merged areas are among the printed rows and columns, and what each spans there. */
    private static final class Merges {

        /** A cell inside a merged area other than the one that shows it. */
        static final int[] COVERED = new int[0];

        private final Sheet sheet;
        /** The cell that shows an area (its first printed row and column), to the area's span there. */
        private final Map<Long, int[]> anchors = new HashMap<>();
        private final Map<Long, CellRangeAddress> anchorAreas = new HashMap<>();
        /** The areas by first row, and those that reach the row being printed. */
        private final List<CellRangeAddress> areas;
        private final List<CellRangeAddress> active = new ArrayList<>();
        private int next;
        private int currentRow = -1;

        Merges(Sheet sheet, int[] rows, int[] columns) {
            this.sheet = sheet;
            List<CellRangeAddress> shown = new ArrayList<>();
            for (CellRangeAddress area : sheet.getMergedRegions()) {
                int firstRow = firstAtOrAfter(rows, area.getFirstRow());
                int firstColumn = firstAtOrAfter(columns, area.getFirstColumn());
                if (firstRow >= rows.length || rows[firstRow] > area.getLastRow()
                        || firstColumn >= columns.length || columns[firstColumn] > area.getLastColumn()) {
                    continue; // hidden, or beyond what is printed
                }
                int rowSpan = firstAtOrAfter(rows, area.getLastRow() + 1) - firstRow;
                int columnSpan = firstAtOrAfter(columns, area.getLastColumn() + 1) - firstColumn;
                long key = key(rows[firstRow], columns[firstColumn]);
                anchors.put(key, new int[] {rowSpan, columnSpan});
                anchorAreas.put(key, area);
                shown.add(area);
            }
            shown.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
            this.areas = shown;
        }

        /** @return the span of the area shown at this cell, {@link #COVERED}, or null for a cell of its own */
        int[] spanAt(int row, int column) {
            if (row != currentRow) {
                currentRow = row;
                active.removeIf(area -> area.getLastRow() < row);
                while (next < areas.size() && areas.get(next).getFirstRow() <= row) {
                    active.add(areas.get(next++));
                }
            }
            int[] span = anchors.get(key(row, column));
            if (span != null) {
                return span;
            }
            for (CellRangeAddress area : active) {
                if (area.isInRange(row, column)) {
                    return COVERED;
                }
            }
            return null;
        }

        /** Whether a printed merged area has rows on both sides of the boundary below this row. */
        boolean crosses(int row) {
            return areas.stream().anyMatch(area -> area.getFirstRow() <= row && area.getLastRow() > row);
        }

        Cell topLeft(int row, int column) {
            CellRangeAddress area = anchorAreas.get(key(row, column));
            Row first = sheet.getRow(area.getFirstRow());
            return first == null ? null : first.getCell(area.getFirstColumn());
        }

        private static long key(int row, int column) {
            return ((long) row << 16) | column;
        }

        /** The index of the first of the sorted values that is at least {@code value}. */
        private static int firstAtOrAfter(int[] sorted, int value) {
            int at = Arrays.binarySearch(sorted, value);
            return at >= 0 ? at : -at - 1;
        }
    }
}
