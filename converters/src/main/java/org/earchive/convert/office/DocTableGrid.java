package org.earchive.convert.office;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97-2003 document's table grids ({@link TableGrid}), read with POI's HWPF. A .doc keeps no grid: each row
 * gives its cells' left edges and widths. The grid's columns are the spaces between every edge any row has (edges a
 * few twips apart are one), so that a cell as wide as two of another row's spans both, as Word draws it.
 */
final class DocTableGrid {

    /** Edges closer than this (a hundredth of an inch and a half) are one: rows drawn by hand rarely line up exactly. */
    private static final int SAME_EDGE = 20;

    private DocTableGrid() {
    }

    /** The document's outermost tables in order (nested ones keep Tika's layout); none when POI cannot read it. */
    static List<TableGrid> read(Path doc) {
        List<TableGrid> grids = new ArrayList<>();
        try (InputStream in = Files.newInputStream(doc); HWPFDocument document = new HWPFDocument(in)) {
            Range range = document.getRange();
            int paragraphs = range.numParagraphs();
            for (int i = 0; i < paragraphs; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (!paragraph.isInTable() || paragraph.getTableLevel() != 1) {
                    continue;
                }
                Table table = range.getTable(paragraph);
                grids.add(grid(table));
                while (i + 1 < paragraphs && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                    i++;
                }
            }
        } catch (Exception | LinkageError unreadable) {
            return List.of(); // Tika read it; its plain tables stay
        }
        return grids;
    }

    private static TableGrid grid(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> boundaries = new ArrayList<>(edges);
        List<Integer> columns = new ArrayList<>();
        for (int b = 1; b < boundaries.size(); b++) {
            columns.add(boundaries.get(b) - boundaries.get(b - 1));
        }
        List<TableGrid.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<TableGrid.Cell> cells = new ArrayList<>();
            int first = -1;
            int end = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int left = index(boundaries, cell.getLeftEdge());
                end = index(boundaries, cell.getLeftEdge() + cell.getWidth());
                first = first < 0 ? left : first;
                TableGrid.Merge merge = cell.isFirstVerticallyMerged() ? TableGrid.Merge.STARTS
                        : cell.isVerticallyMerged() ? TableGrid.Merge.CONTINUES : TableGrid.Merge.NONE;
                cells.add(new TableGrid.Cell(Math.max(1, end - left), merge));
            }
            rows.add(new TableGrid.Row(Math.max(0, first), cells, Math.max(0, columns.size() - end)));
        }
        return new TableGrid(columns, rows);
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer near = edges.floor(edge + SAME_EDGE);
        if (near == null || Math.abs(near - edge) > SAME_EDGE) {
            near = edges.ceiling(edge - SAME_EDGE);
        }
        if (near == null || Math.abs(near - edge) > SAME_EDGE) {
            edges.add(edge);
        }
    }

    /** The boundary an edge stands on (the nearest one). */
    private static int index(List<Integer> boundaries, int edge) {
        int best = 0;
        for (int b = 1; b < boundaries.size(); b++) {
            if (Math.abs(boundaries.get(b) - edge) < Math.abs(boundaries.get(best) - edge)) {
                best = b;
            }
        }
        return best;
    }
}
