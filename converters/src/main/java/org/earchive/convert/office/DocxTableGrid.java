package org.earchive.convert.office;

import static org.earchive.convert.office.WideTablePages.W;
import static org.earchive.convert.office.WideTablePages.child;
import static org.earchive.convert.office.WideTablePages.children;
import static org.earchive.convert.office.WideTablePages.twips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.earchive.formats.vietnamese.OfficeXmlParts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * A DOCX's tables laid out on Word's grid in the Java engine. Tika writes each table as bare rows of cells: no column
 * widths, no merged cells (a cell spanning columns is one cell among the row's, a cell merged down is an empty cell
 * below it). The renderer then sizes the columns by their text alone, rows of another count of cells than their
 * neighbours push cells out of their columns, and a table Word sets 26 cm wide, with every row's cells wrapped to
 * Word's columns, ran past the paper's right edge: NĐ 30/2020's Phụ lục I lost its example column (the words-kept
 * check refused it). From {@code word/document.xml}, each table gets its grid's column widths, each cell its column
 * span ({@code w:gridSpan}) and row span ({@code w:vMerge}), and the empty cells a merge covers are taken out.
 *
 * <p>A table wider than the portrait page's text is put on landscape pages of its own (as a clerk does in Word, and as
 * the LibreOffice engine does with {@link WideTablePages}), narrowed to the landscape text if it is wider still, so that
 * nothing runs off the paper.
 *
 * <p>Word's tables and Tika's are paired in document order by their shape (rows, and cells in each row); a table whose
 * shape Tika's reading does not match is left as Tika wrote it, rather than given another table's grid.
 */
final class DocxTableGrid {

    private static final double MM = 72 / 25.4;
    /** The text width of the engine's pages (A4, NĐ 30/2020's 30 mm and 15 mm side margins), in points. */
    static final double PORTRAIT_TEXT = (210 - 45) * MM;
    static final double LANDSCAPE_TEXT = (297 - 45) * MM;
    /**
     * The widest table a portrait page holds: from the left margin to the paper's edge, less Word's inner cell margin
     * (0.19 cm) the last cell's text stops short of it by. A table reaching into the right margin stays where Word
     * puts it, as the LibreOffice engine leaves it.
     */
    static final double PORTRAIT_PAPER = (210 - 30) * MM - 108 / 20.0;
    static final String LANDSCAPE = "landscape-table";

    /** The tables turned, and the CSS their pages need. */
    record Result(List<String> turned, String css) {
        static final Result NONE = new Result(List.of(), "");
    }

    private DocxTableGrid() {
    }

    static Result restore(Document html, Path docx) {
        org.w3c.dom.Document main;
        try {
            byte[] part = OfficeXmlParts.readPart(docx, "word/document.xml");
            if (part == null) {
                return Result.NONE;
            }
            main = OfficeXmlParts.parse(part);
        } catch (IOException | RuntimeException unreadable) {
            return Result.NONE; // Tika read it; its plain tables stay
        }
        NodeList wordTables = main.getElementsByTagNameNS(W, "tbl"); // document order, nested ones after their parent
        List<Element> tikaTables = html.body().select("table");
        List<String> turned = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < wordTables.getLength(); i++) {
            org.w3c.dom.Element word = (org.w3c.dom.Element) wordTables.item(i);
            for (int k = next; k < tikaTables.size(); k++) {
                Element tika = tikaTables.get(k);
                if (sameShape(word, tika)) {
                    String wide = lay(word, tika);
                    if (wide != null) {
                        turned.add(wide);
                    }
                    next = k + 1;
                    break;
                }
            }
        }
        if (turned.isEmpty()) {
            return new Result(turned, "");
        }
        // openhtmltopdf sizes a block on a named page by the first page's width (its issue 948): the turned
        // tables carry their width in points, never in percent
        return new Result(turned, "@page landscape { size: A4 landscape; }\ntable." + LANDSCAPE + " { page: landscape; }\n");
    }

    /** Same count of rows, and of cells in each row. */
    private static boolean sameShape(org.w3c.dom.Element word, Element tika) {
        List<org.w3c.dom.Element> wordRows = rows(word);
        List<Element> tikaRows = rows(tika);
        if (wordRows.size() != tikaRows.size() || wordRows.isEmpty()) {
            return false;
        }
        for (int r = 0; r < wordRows.size(); r++) {
            if (cells(wordRows.get(r)).size() != cells(tikaRows.get(r)).size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts Word's grid on Tika's table.
     *
     * @return for a table turned onto landscape pages, how wide it is, as a clerk reads it; else null
     */
    private static String lay(org.w3c.dom.Element word, Element tika) {
        List<Integer> grid = gridColumns(word);
        List<org.w3c.dom.Element> wordRows = rows(word);
        List<Element> tikaRows = rows(tika);
        // the cell each grid column's vertical merge started in, while it goes on
        Map<Integer, Element> mergedFrom = new HashMap<>();
        List<Element> covered = new ArrayList<>();
        int columnsUsed = 0;
        for (int r = 0; r < wordRows.size(); r++) {
            org.w3c.dom.Element row = wordRows.get(r);
            List<org.w3c.dom.Element> wordCells = cells(row);
            List<Element> tikaCells = cells(tikaRows.get(r));
            int column = rowProperty(row, "gridBefore");
            if (column > 0 && !tikaCells.isEmpty()) {
                tikaCells.get(0).before(new Element("td").attr("colspan", Integer.toString(column))
                        .attr("style", "border: none; padding: 0"));
            }
            for (int c = 0; c < wordCells.size(); c++) {
                org.w3c.dom.Element properties = child(wordCells.get(c), "tcPr");
                Element cell = tikaCells.get(c);
                int span = Math.max(1, number(child(properties, "gridSpan")));
                if (span > 1) {
                    cell.attr("colspan", Integer.toString(span));
                }
                org.w3c.dom.Element merge = child(properties, "vMerge");
                String how = merge == null ? null : merge.getAttributeNS(W, "val");
                Element from = mergedFrom.get(column);
                if (merge != null && !"restart".equals(how) && from != null && isEmpty(cell)) {
                    from.attr("rowspan", Integer.toString(Math.max(1, number(from.attr("rowspan"))) + 1));
                    covered.add(cell);
                } else if (merge != null && (from == null || "restart".equals(how))) {
                    mergedFrom.put(column, cell); // a merge starts here (Word allows one to start without "restart")
                } else {
                    mergedFrom.remove(column); // no merge, or one that goes on over a cell with text of its own
                }
                column += span;
            }
            columnsUsed = Math.max(columnsUsed, column + rowProperty(row, "gridAfter"));
        }
        covered.forEach(Element::remove);
        int total = grid.stream().mapToInt(Integer::intValue).sum();
        if (grid.size() < columnsUsed || grid.contains(0) || total <= 0) {
            return null; // a grid that does not describe the rows: the renderer sizes the columns
        }
        Element columns = new Element("colgroup");
        for (int width : grid) {
            columns.appendElement("col").attr("style", String.format(Locale.ROOT, "width: %.2f%%", 100.0 * width / total));
        }
        tika.prependChild(columns);
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

    private static List<Integer> gridColumns(org.w3c.dom.Element table) {
        List<Integer> widths = new ArrayList<>();
        org.w3c.dom.Element grid = child(table, "tblGrid");
        if (grid != null) {
            for (org.w3c.dom.Element column : children(grid)) {
                if ("gridCol".equals(column.getLocalName())) {
                    widths.add(twips(column.getAttributeNS(W, "w")));
                }
            }
        }
        return widths;
    }

    /** The table's own rows (w:tr, also inside a content control), not those of tables nested in its cells. */
    private static List<org.w3c.dom.Element> rows(org.w3c.dom.Element table) {
        return ownChildren(table, "tr");
    }

    private static List<org.w3c.dom.Element> cells(org.w3c.dom.Element row) {
        return ownChildren(row, "tc");
    }

    /** Children of that name, looking through content controls and custom XML wrapped around them. */
    private static List<org.w3c.dom.Element> ownChildren(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        for (org.w3c.dom.Element element : children(parent)) {
            if (name.equals(element.getLocalName())) {
                found.add(element);
            } else if ("sdt".equals(element.getLocalName())) {
                org.w3c.dom.Element content = child(element, "sdtContent");
                if (content != null) {
                    found.addAll(ownChildren(content, name));
                }
            } else if ("customXml".equals(element.getLocalName())) {
                found.addAll(ownChildren(element, name));
            }
        }
        return found;
    }

    private static List<Element> rows(Element table) {
        return new ArrayList<>(table.select("> tbody > tr, > thead > tr, > tfoot > tr, > tr"));
    }

    private static List<Element> cells(Element row) {
        return new ArrayList<>(row.select("> td, > th"));
    }

    /** w:gridBefore or w:gridAfter of a row: grid columns it leaves empty at its start or end. */
    private static int rowProperty(org.w3c.dom.Element row, String name) {
        return number(child(child(row, "trPr"), name));
    }

    private static int number(org.w3c.dom.Element valued) {
        return valued == null ? 0 : number(valued.getAttributeNS(W, "val"));
    }

    private static int number(String value) {
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
