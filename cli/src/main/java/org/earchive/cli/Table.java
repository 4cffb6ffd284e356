package org.earchive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table for people reading a terminal. Columns are as wide as their widest cell. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] text = new String[columns];
        for (int i = 0; i < columns; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            text[i] = cell == null ? "-" : TerminalText.shown(cell.toString());
        }
        rows.add(text);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /**
     * The columns a terminal gives TEXT: one per letter (Vietnamese in NFC takes one column each), none for a mark
     * that sits on the letter before it (decomposed Vietnamese, Khmer, Devanagari), two for the wide letters of
     * Chinese, chữ Nôm, Japanese and Korean, as terminals draw them.
     */
    static int width(String text) {
        return text.codePoints().map(Table::columnsOf).sum();
    }

    private static int columnsOf(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) // Hangul leading consonants
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) // CJK radicals, kana, symbols
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) // Han
                || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) // compatibility ideographs
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth forms
                || (cp >= 0x20000 && cp <= 0x3FFFD); // Han extensions, where chữ Nôm lives
        return wide ? 2 : 1;
    }
}
