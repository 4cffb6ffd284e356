package org.earchive.convert.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Word table's grid, as the document lays it out, put on the bare table Tika wrote for it in the Java engine. Tika
 * writes each table as rows of cells: no column widths, no merged cells (a cell spanning columns is one cell among the
 * row's, a cell merged down is an empty cell below it). The renderer then sized the columns by their text alone, rows
 * of another count of cells than their neighbours pushed cells out of their columns, and a table Word sets 26 cm wide
 * ran past the paper's right edge: NĐ 30/2020's Phụ lục I lost its example column (the words-kept check refused it).
 * With the grid, each table gets its column widths, each cell its column span and row span, and the empty cells a
 * merge covers are taken out. The DOCX's grid is read by {@link DocxTableGrid}, the DOC's by {@link DocTableGrid}.
 *
 * <p>A table wider than the portrait page is put on landscape pages of its own (as a clerk does in Word, and as the
 * LibreOffice engine does with {@link WideTablePages}), narrowed to the landscape text if it is wider still, so that
 * nothing runs off the paper. One that only reaches into the right margin stays, as Word has it.
 *
 * <p>The document's tables and Tika's are paired in document order by their shape (rows, and cells in each row); a
 * table whose shape Tika's reading does not match is left as Tika wrote it, rather than given another table's grid.
 *
 * @param columns the grid's column widths in twips
 * @param rows    each row: the grid columns it leaves empty before its first cell and after its last, and its cells
 */
record TableGrid(List<Integer> columns, List<Row> rows) {

    record Row(int before, List<Cell> cells, int after) {
    }

    /** A cell: how many grid columns it spans, and whether it starts, or goes on with, a merge down the rows. */
    record Cell(int span, Merge merge) {
    }

    enum Merge { NONE, STARTS, CONTINUES }

    private static final double MM = 72 / 25.4;
    /** The text width of the engine's pages (A4, NĐ 30/2020's 30 mm and 15 mm side margins), in points. */
    static final double LANDSCAPE_TEXT = (297 - 45) * MM;
    /**
     * The widest table a portrait page holds: from the left margin to the paper's edge, less Word's inner cell margin
     * (0.19 cm) the last cell's text stops short of it by.
     */
    static final double PORTRAIT_PAPER = (210 - 30) * MM - 108 / 20.0;
    static final String LANDSCAPE = "landscape-table";

    /** The tables turned, and the CSS their pages need. */
    record Result(List<String> turned, String css) {
        static final Result NONE = new Result(List.of(), "");
    }

    /** Puts each grid, in document order, on the Tika table of its shape. */
    static Result apply(Document html, List<TableGrid> grids) {
        List<Element> tikaTables = html.body().select("table");
        List<String> turned = new ArrayList<>();
        int next = 0;
        for (TableGrid grid : grids) {
            for (int k = next; k < tikaTables.size(); k++) {
                Element tika = tikaTables.get(k);
                if (grid.shapeOf(tika)) {
                    String wide = grid.lay(tika);
                    if (wide != null) {
                        turned.add(wide);
                    }
                    next = k + 1;
                    break;
                }
            }
        }
        if (turned.isEmpty()) {
            return Result.NONE;
        }
        // openhtmltopdf sizes a block on a named page by the first page's width (its issue 948): the turned
        // tables carry their width in points, never in percent
        return new Result(turned, "@page landscape { size: A4 landscape; }\ntable." + LANDSCAPE + " { page: landscape; }\n");
    }

    /** Same count of rows, and of cells in each row. */
    private boolean shapeOf(Element tika) {
        List<Element> tikaRows = rows(tika);
        if (rows.size() != tikaRows.size() || rows.isEmpty()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cells().size() != cells(tikaRows.get(r)).size()) {
                return false;
            }
        }
        return true;
    }

    /** @return for a table turned onto landscape pages, how wide it is, as a clerk reads it; else null */
    private String lay(Element tika) {
        List<Element> tikaRows = rows(tika);
        // the cell each grid column's merge down the rows started in, while it goes on
        Map<Integer, Element> mergedFrom = new HashMap<>();
        List<Element> covered = new ArrayList<>();
        int columnsUsed = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Element> tikaCells = cells(tikaRows.get(r));
            int column = row.before();
            if (column > 0 && !tikaCells.isEmpty()) {
                tikaCells.get(0).before(new Element("td").attr("colspan", Integer.toString(column))
                        .attr("style", "border: none; padding: 0"));
            }
            for (int c = 0; c < row.cells().size(); c++) {
                Cell wordCell = row.cells().get(c);
                Element cell = tikaCells.get(c);
                if (wordCell.span() > 1) {
                    cell.attr("colspan", Integer.toString(wordCell.span()));
                }
                Element from = mergedFrom.get(column);
                if (wordCell.merge() == Merge.CONTINUES && from != null && isEmpty(cell)) {
                    from.attr("rowspan", Integer.toString(Math.max(1, number(from.attr("rowspan"))) + 1));
                    covered.add(cell);
                } else if (wordCell.merge() == Merge.STARTS || (wordCell.merge() == Merge.CONTINUES && from == null)) {
                    mergedFrom.put(column, cell); // Word lets a merge start without saying so
                } else {
                    mergedFrom.remove(column); // no merge, or one going on over a cell with text of its own
                }
                column += wordCell.span();
            }
            columnsUsed = Math.max(columnsUsed, column + row.after());
        }
        covered.forEach(Element::remove);
        int total = columns.stream().mapToInt(Integer::intValue).sum();
        if (columns.size() < columnsUsed || columns.contains(0) || total <= 0) {
            return null; // a grid that does not describe the rows: the renderer sizes the columns
        }
        Element colgroup = new Element("colgroup");
        for (int width : columns) {
            colgroup.appendElement("col").attr("style", String.format(Locale.ROOT, "width: %.2f%%", 100.0 * width / total));
        }
        tika.prependChild(colgroup);
        double points = total / 20.0;
        String style = "table-layout: fixed; ";
        String turned = null;
        if (tika.parents().is("table")) {
            style += "width: 100%";
        } else if (points <= PORTRAIT_PAPER) {
            style += String.format(Locale.ROOT, "width: %.1fpt", points);
        } else {
            tika.addClass(LANDSCAPE);
            style += String.format(Locale.ROOT, "width: %.1fpt", Math.min(points, LANDSCAPE_TEXT));
            turned = String.format(Locale.ROOT, "%.1f cm wide", total / 1440.0 * 2.54);
        }
        tika.attr("style", (tika.attr("style").isEmpty() ? "" : tika.attr("style") + "; ") + style);
        return turned;
    }

    private static List<Element> rows(Element table) {
        return new ArrayList<>(table.select("> tbody > tr, > thead > tr, > tfoot > tr, > tr"));
    }

    private static List<Element> cells(Element row) {
        return new ArrayList<>(row.select("> td, > th"));
    }

    static int number(String value) {
        try {
            return value.isBlank() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** A cell a merge may cover: no text, no picture (Word does not show what a covered cell holds, Tika does). */
    private static boolean isEmpty(Element cell) {
        return cell.text().isBlank() && cell.select("img, table").isEmpty();
    }
}
