package org.earchive.formats.vietnamese;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFontName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRPrElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A spreadsheet cell whose text is rich text in more than one font: each run is read in its own font's code
 * (a Unicode run is kept as it is), the text before the first run in the cell's font. In an XLSX a run names its
 * font inline ({@code <rPr><rFont>}), which is renamed to the Unicode twin in place; in an XLS a run points at a
 * workbook font, which {@link LegacyWorkbook} renames with the others.
 */
final class LegacyRichText {

    private final LegacyFont cellFont;
    private final Set<String> fonts = new LinkedHashSet<>();
    private final Set<Integer> workbookFonts = new LinkedHashSet<>();

    private LegacyRichText(LegacyFont cellFont) {
        this.cellFont = cellFont;
    }

    /** The rich text of a text cell with formatting runs, or null for a cell in one font. */
    static LegacyRichText of(Cell cell, LegacyFont cellFont) {
        if (cell.getRichStringCellValue().numFormattingRuns() == 0) {
            return null;
        }
        return cell instanceof XSSFCell || cell instanceof HSSFCell ? new LegacyRichText(cellFont) : null;
    }

    /** The legacy fonts met. */
    Set<String> fonts() {
        return fonts;
    }

    /** The XLS workbook fonts (indexes) that are legacy ones, to be renamed. */
    Set<Integer> workbookFonts() {
        return workbookFonts;
    }

    /** Decodes the cell's legacy runs; whether anything changed (then the cell holds the new text). */
    boolean convert(Cell cell) {
        return cell instanceof XSSFCell xssf ? convert(xssf) : convert((HSSFCell) cell);
    }

    private boolean convert(XSSFCell cell) {
        XSSFRichTextString rich = cell.getRichStringCellValue();
        CTRst rst = (CTRst) rich.getCTRst().copy();
        boolean changed = false;
        for (CTRElt run : rst.getRList()) {
            CTRPrElt properties = run.getRPr();
            CTFontName name = properties == null || properties.sizeOfRFontArray() == 0 ? null : properties.getRFontArray(0);
            LegacyFont font = name == null ? cellFont : LegacyFont.of(name.getVal()).orElse(null);
            if (font == null) {
                continue;
            }
            String text = run.getT();
            String unicode = font.decode(text);
            changed |= !unicode.equals(text);
            run.setT(unicode);
            if (name != null) {
                name.setVal(font.replacement());
            }
            fonts.add(font.fontName());
        }
        if (rst.isSetT() && cellFont != null) { // text with no runs at all is the cell's font's
            String unicode = cellFont.decode(rst.getT());
            changed |= !unicode.equals(rst.getT());
            rst.setT(unicode);
            fonts.add(cellFont.fontName());
        }
        if (changed) {
            cell.setCellValue(new XSSFRichTextString(rst));
        }
        return changed;
    }

    private boolean convert(HSSFCell cell) {
        HSSFWorkbook workbook = cell.getSheet().getWorkbook();
        HSSFRichTextString rich = cell.getRichStringCellValue();
        String text = rich.getString();
        // segments: [start, end) and the font index (-1: the cell's font)
        List<int[]> segments = new ArrayList<>();
        int first = rich.getIndexOfFormattingRun(0);
        if (first > 0) {
            segments.add(new int[] {0, first, -1});
        }
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            int end = i + 1 < rich.numFormattingRuns() ? rich.getIndexOfFormattingRun(i + 1) : text.length();
            segments.add(new int[] {start, end, rich.getFontOfFormattingRun(i)});
        }
        StringBuilder unicode = new StringBuilder();
        List<int[]> placed = new ArrayList<>();
        boolean changed = false;
        for (int[] segment : segments) {
            String piece = text.substring(segment[0], Math.min(segment[1], text.length()));
            LegacyFont font = segment[2] < 0 ? cellFont
                    : LegacyFont.of(workbook.getFontAt(segment[2]).getFontName()).orElse(null);
            String decoded = font == null ? piece : font.decode(piece);
            if (font != null) {
                fonts.add(font.fontName());
                if (segment[2] >= 0) {
                    workbookFonts.add(segment[2]);
                }
            }
            changed |= !decoded.equals(piece);
            placed.add(new int[] {unicode.length(), unicode.length() + decoded.length(), segment[2]});
            unicode.append(decoded);
        }
        if (changed) {
            HSSFRichTextString fresh = new HSSFRichTextString(unicode.toString());
            for (int[] segment : placed) {
                if (segment[2] >= 0 && segment[1] > segment[0]) {
                    fresh.applyFont(segment[0], segment[1], (short) segment[2]);
                }
            }
            cell.setCellValue(fresh);
        }
        return changed;
    }
}
