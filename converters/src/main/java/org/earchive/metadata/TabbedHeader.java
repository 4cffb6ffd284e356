package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NĐ 30's two-column header typed as tab-aligned paragraphs, as many offices type it in Word: one paragraph per
 * header row, the left column's text, a tab, the right column's text on a centred tab stop. Read row by row, an organ
 * name that wraps in the left column is interleaved with the motto ("BỆNH VIỆN ĐA KHOA VÙNG", "Độc lập - Tự do -
 * Hạnh phúc", "TÂY NGUYÊN"), and its last line was taken for the issuing body. This gives the header's left column
 * first (tên cơ quan, số và ký hiệu), then its right (quốc hiệu, tiêu ngữ, địa danh và ngày), then the rest as it
 * stands: what {@link PdfLayoutText} does with positions for a PDF, done with tab stops for office text.
 *
 * <p>The header is recognised by at least two rows holding text on both sides of a tab among the first rows; it ends
 * with the last such row (the number and date row), or with a row on the right's tab stop below it (a date typed as a
 * paragraph of its own under the number line). Within it a row with text on one side only belongs to the side
 * it is on: a row opening with a tab is the right column's ("\t____" under the motto), any other the left's (an
 * organ's wrapped last line, "TÂY NGUYÊN\t"). A table's cells (Tika opens each with a tab) hold one side each and
 * are left as they are.
 */
final class TabbedHeader {

    /** The header is looked for within the first rows holding text. */
    private static final int HEADER_ROWS = 16;
    /** Rows with text on both sides of a tab that make a tab-aligned header. */
    private static final int MIN_SPLIT_ROWS = 2;
    /** The header's first row with text on both sides of a tab is among its first rows (the organ beside the motto). */
    private static final int FIRST_SPLIT_ROW = 3;
    /** A row without a tab this short may be a header's (a wrapped organ's last words, a "*"), not a body line. */
    private static final int SHORT_ROW = 40;
    /** "Số:" or "Số: 2858" before a tab: the tab is the gap left for the pen, not a column ("Số:\t\t/KH-UBND"). */
    private static final Pattern OPEN_NUMBER = Pattern.compile("^S[oO0]\\s*[:;.,]?\\s*[\\d.…_]*$");

    private TabbedHeader() {
    }

    /** @return the text with a tab-aligned header given column by column; any other text unchanged */
    static String columnsFirst(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        String[] rows = text.split("\\R", -1);
        int last = lastSplitRow(rows);
        if (last < 0) {
            return text;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            List<String> cells = cells(rows[i]);
            if (cells.size() >= 2) {
                left.add(cells.get(0));
                right.add(String.join("\t", cells.subList(1, cells.size())));
            } else if (cells.size() == 1) {
                (rows[i].startsWith("\t") ? right : left).add(cells.get(0));
            }
        }
        StringBuilder out = new StringBuilder();
        left.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        right.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        for (int i = last + 1; i < rows.length; i++) {
            out.append(rows[i]);
            if (i + 1 < rows.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The index of the header's last row with text on both sides of a tab; -1 when there is no such header. The header
     * opens the text and is a run of rows holding a tab; a short row without one (the "*" under a Party header, an
     * organ's last line typed without its tab) stays in it when a row with a tab follows.
     */
    private static int lastSplitRow(String[] rows) {
        int seen = 0;
        int split = 0;
        int last = -1;
        for (int i = 0; i < rows.length && seen < HEADER_ROWS; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            seen++;
            if (rows[i].indexOf('\t') < 0 && !(seen > 1 && rows[i].strip().length() <= SHORT_ROW && nextHasTab(rows, i))) {
                break;
            }
            if (cells(rows[i]).size() >= 2) {
                split++;
                last = i;
            } else if (split == 0 && seen >= FIRST_SPLIT_ROW) {
                break; // the header's first rows hold both columns; cells of a table open with a tab one by one
            } else if (split > 0 && rows[i].startsWith("\t")) {
                // the place and date typed as a row of their own on the tab stop, below the number line: the header's
                // right column goes on to it, and the organ's wrapped line above it stays in the left column
                last = i;
            }
        }
        return split >= MIN_SPLIT_ROWS ? last : -1;
    }

    private static boolean nextHasTab(String[] rows, int index) {
        for (int i = index + 1; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                return rows[i].indexOf('\t') >= 0;
            }
        }
        return false;
    }

    /** The row's texts between tabs; "Số:" and the "/QĐ-UBND" after its tab stay one. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String part : row.split("\t")) {
            String cell = part.strip();
            if (cell.isEmpty()) {
                continue;
            }
            int previous = cells.size() - 1;
            if (previous >= 0 && cell.startsWith("/")
                    && OPEN_NUMBER.matcher(VietnameseText.fold(cells.get(previous))).matches()) {
                cells.set(previous, cells.get(previous) + " " + cell);
            } else {
                cells.add(cell);
            }
        }
        return cells;
    }
}
