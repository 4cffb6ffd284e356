package org.earchive.convert.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order for the two-column header of Vietnamese administrative documents (Nghị định 30/2020, Phụ lục
 * I): the issuing body and the document's number on the left, the national motto and the place and date on the
 * right. Tesseract often reads such a header row by row ("ỦY BAN NHÂN DÂN / CỘNG HÒA ... / Số: ... / Hà Nội,
 * ngày ..."), which interleaves two texts that a reader, and the metadata reader, take one after the other.
 * This puts the left column's lines first, then the right column's, then the rest of the page as Tesseract
 * read it. A line Tesseract ran across both columns is first cut at the gap between them.
 *
 * <p>The header is the run of lines from the top of the page that stand in side-by-side columns with a clear
 * gap between them: it ends at the first line that crosses the gap (a body line), and at the last row where a
 * line of one column sits beside a line of the other (a title below it, even one that happens to fall within a
 * column, is the page's). A page without such a row keeps Tesseract's order.
 */
final class HeaderColumns {

    private HeaderColumns() {
    }

    /**
     * A gap between two words wider than this many times the line's text size is the gap between two columns:
     * word spaces are a quarter to half of it, and rarely a whole one in justified text.
     */
    private static final double COLUMN_GAP = 1.5;

    static OcrPage reorder(OcrPage page) {
        // Tesseract often reads a header row across both columns as one line: its halves are parted first
        List<OcrPage.Line> lines = new ArrayList<>();
        for (OcrPage.Line line : page.lines()) {
            lines.addAll(splitAtColumnGaps(line));
        }
        if (lines.size() < 3) {
            return page;
        }
        List<OcrPage.Line> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingInt(line -> line.box().y0()));
        List<OcrPage.Line> header = new ArrayList<>();
        List<int[]> columns = List.of();
        for (OcrPage.Line line : byTop) {
            List<OcrPage.Line> candidate = new ArrayList<>(header);
            candidate.add(line);
            List<int[]> spans = spans(candidate);
            // the first lines may all be in one column; once there are two, a line across the gap ends the header
            if (spans.size() < 2 && columns.size() >= 2) {
                break;
            }
            header = candidate;
            columns = spans;
        }
        if (columns.size() < 2) {
            return page;
        }
        // below the last row where the columns stand side by side (and a line's height of slack) is the page
        int bottom = lastSharedRow(header, columns);
        if (bottom < 0) {
            return page;
        }
        int slack = (int) Math.round(header.stream().mapToInt(line -> line.box().height()).average().orElse(0));
        header.removeIf(line -> line.box().y0() > bottom + slack);
        if (header.size() < 3) {
            return page;
        }
        List<OcrPage.Line> ordered = new ArrayList<>(lines.size());
        for (int[] column : columns) {
            header.stream().filter(line -> line.box().x0() >= column[0] && line.box().x1() <= column[1])
                    .sorted(Comparator.comparingInt(line -> line.box().y0())).forEach(ordered::add);
        }
        for (OcrPage.Line line : lines) {
            if (!header.contains(line)) {
                ordered.add(line);
            }
        }
        return new OcrPage(page.width(), page.height(), ordered);
    }

    /** The line cut where the space between two words is a column's gap, each part on the same baseline. */
    static List<OcrPage.Line> splitAtColumnGaps(OcrPage.Line line) {
        List<OcrPage.Word> words = line.words();
        List<OcrPage.Line> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            boolean end = i == words.size()
                    || words.get(i).box().x0() - words.get(i - 1).box().x1() > COLUMN_GAP * line.size();
            if (end) {
                parts.add(part(line, words.subList(start, i)));
                start = i;
            }
        }
        return parts.size() == 1 ? List.of(line) : parts;
    }

    private static OcrPage.Line part(OcrPage.Line line, List<OcrPage.Word> words) {
        int x0 = words.stream().mapToInt(word -> word.box().x0()).min().orElseThrow();
        int y0 = words.stream().mapToInt(word -> word.box().y0()).min().orElseThrow();
        int x1 = words.stream().mapToInt(word -> word.box().x1()).max().orElseThrow();
        int y1 = words.stream().mapToInt(word -> word.box().y1()).max().orElseThrow();
        // the same baseline, measured from the part's own box
        double offset = line.baselineAt(x0) - y1;
        return new OcrPage.Line(new OcrPage.Box(x0, y0, x1, y1), line.baselineSlope(), offset, line.size(), words);
    }

    /** The lines' horizontal extents merged where they overlap, left to right: one span per column. */
    private static List<int[]> spans(List<OcrPage.Line> lines) {
        List<int[]> extents = new ArrayList<>();
        for (OcrPage.Line line : lines) {
            extents.add(new int[] {line.box().x0(), line.box().x1()});
        }
        extents.sort(Comparator.comparingInt(extent -> extent[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] extent : extents) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && extent[0] <= last[1]) {
                last[1] = Math.max(last[1], extent[1]);
            } else {
                merged.add(new int[] {extent[0], extent[1]});
            }
        }
        return merged;
    }

    /**
     * The bottom of the lowest pair of lines in different columns that share a row (the mark of a two-column
     * header), or -1 when no such pair exists.
     */
    private static int lastSharedRow(List<OcrPage.Line> header, List<int[]> columns) {
        int bottom = -1;
        for (OcrPage.Line a : header) {
            for (OcrPage.Line b : header) {
                boolean sameRow = a.box().y0() < b.box().y1() && b.box().y0() < a.box().y1();
                if (sameRow && column(a, columns) != column(b, columns)) {
                    bottom = Math.max(bottom, Math.max(a.box().y1(), b.box().y1()));
                }
            }
        }
        return bottom;
    }

    private static int column(OcrPage.Line line, List<int[]> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (line.box().x0() >= columns.get(i)[0] && line.box().x1() <= columns.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }
}
