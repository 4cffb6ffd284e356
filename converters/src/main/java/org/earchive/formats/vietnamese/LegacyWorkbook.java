package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A Unicode copy of an Excel workbook (.xls or .xlsx) whose cells are typed in {@code .Vn*} or {@code VNI-*}
 * fonts, written with POI: each text cell whose font (its style's) is a legacy one gets its text decoded in
 * that code, and every legacy font of the workbook is renamed to its Unicode twin. Cells in Unicode fonts are
 * left as they are, so a sheet mixing both gets each right; numbers, dates and formulas are not touched. A
 * cell whose text mixes fonts run by run (rich text: a {@code .VnTimeH} run for a toned capital inside
 * {@code .VnTime} text, a Unicode run beside a legacy one) is read run by run, each run in its own font, the
 * text before the first run in the cell's ({@link LegacyRichText}).
 */
public final class LegacyWorkbook {

    private LegacyWorkbook() {
    }

    /**
     * Writes the converted copy to {@code copy} when a text cell is in a legacy font.
     *
     * @return what was converted, or null (nothing written)
     */
    public static LegacyRuns convert(Path source, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(source); Workbook workbook = WorkbookFactory.create(in)) {
            Set<String> used = new LinkedHashSet<>();
            Set<Integer> legacyFonts = new HashSet<>();
            int cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        int fontIndex = cell.getCellStyle().getFontIndex();
                        Font font = workbook.getFontAt(fontIndex);
                        LegacyFont legacy = LegacyFont.of(font.getFontName()).orElse(null);
                        LegacyRichText rich = LegacyRichText.of(cell, legacy);
                        if (rich != null) {
                            if (legacy != null) {
                                legacyFonts.add(fontIndex);
                            }
                            if (rich.convert(cell)) {
                                used.addAll(rich.fonts());
                                legacyFonts.addAll(rich.workbookFonts());
                                cells++;
                            }
                            continue;
                        }
                        if (legacy == null) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        String unicode = legacy.decode(text);
                        if (!unicode.equals(text)) {
                            cell.setCellValue(unicode);
                            used.add(legacy.fontName());
                            cells++;
                        }
                        legacyFonts.add(fontIndex);
                    }
                }
            }
            if (cells == 0) {
                return null;
            }
            for (int index : legacyFonts) {
                Font font = workbook.getFontAt(index);
                font.setFontName(LegacyFont.of(font.getFontName()).orElseThrow().replacement());
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
            return new LegacyRuns(used, LegacyFont.of(used.iterator().next()).orElseThrow().encoding(), cells,
                    cells + " cell(s) in the font(s) " + String.join(", ", used));
        } catch (RuntimeException unreadable) {
            throw new IOException("the workbook cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }
}
