package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The register sheet of fixtures/legacy in both Excel formats: cells in .VnTime and .VnTimeH, and rich-text cells
 * whose runs mix .VnTime, .VnTimeH and a Unicode Times New Roman run. Each run comes out in its own font's
 * reading, and no legacy font name is left for an engine to lay the text out in.
 */
class LegacyWorkbookTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void everyCellAndEveryRunIsReadInItsOwnFont(String format) throws Exception {
        Path copy = folder.resolve("copy." + format);
        LegacyRuns runs = LegacyWorkbook.convert(Fixtures.root().resolve("legacy/so-cong-van-tcvn3." + format), copy);
        assertEquals(LegacyEncoding.TCVN3, runs.encoding());
        assertEquals(java.util.Set.of(".VnTime", ".VnTimeH"), runs.fonts());
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                        if (cell.getRichStringCellValue() instanceof org.apache.poi.xssf.usermodel.XSSFRichTextString rich) {
                            String inline = rich.getCTRst().xmlText(); // a run's font is inline in an XLSX
                            assertTrue(!inline.contains(".VnTime"), inline);
                        }
                    }
                }
            }
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                String name = workbook.getFontAt(i).getFontName();
                assertTrue(LegacyFont.of(name).isEmpty(), "a legacy font left: " + name);
            }
        }
        assertTrue(texts.contains("Hòa Bình, ngày 05 tháng 02 năm 2025"), texts.toString()); // Unicode run + .VnTime run
        assertTrue(texts.contains("Kính gửi: Ủy ban nhân dân các xã, phường, thị trấn."), texts.toString()); // .VnTimeH run
        assertTrue(texts.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), texts.toString()); // a .VnTimeH cell
    }
}
