package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * An Excel 97-2003 workbook's cell comments. Tika reads them as {@code <div class="outside">}, which a sheet's text
 * boxes share (and those print), so they cannot be told apart there: POI's model of the workbook names them, so
 * that LibreOffice exports them as the PDF's comments and their words are checked there, as an XLSX's are. Neither
 * Excel nor LibreOffice prints a cell's comment on the page.
 *
 * <p>Only their text is checked: LibreOffice 7.4 reads no author from an XLS's comment (its PDF's note is titled
 * with the cell's name, "B1"), so the author is in the original only.
 *
 * @param count how many cells have one
 * @param text  each comment's text, a line each
 */
record XlsComments(int count, String text) {

    static final XlsComments NONE = new XlsComments(0, "");
    static final String XLS = "application/vnd.ms-excel";

    /** NONE for a file that is not an XLS, has no comments, or that POI cannot read in bounded memory. */
    static XlsComments of(Path file, String mime, String password) {
        if (!XLS.equals(mime)) {
            return NONE;
        }
        WorkbookReading.Opened opened = WorkbookReading.open(file, password == null ? "" : password, 0);
        if (opened.workbook() == null) {
            return NONE;
        }
        int count = 0;
        StringBuilder text = new StringBuilder();
        try (Workbook workbook = opened.workbook()) {
            for (Sheet sheet : workbook) {
                if (sheet instanceof HSSFSheet hssf) {
                    // by cell, row by row: the order a reader meets them
                    for (HSSFComment comment : new TreeMap<CellAddress, HSSFComment>(hssf.getCellComments()).values()) {
                        count++;
                        text.append(comment.getString() == null ? "" : comment.getString().getString()).append('\n');
                    }
                }
            }
        } catch (IOException | RuntimeException unread) {
            return NONE;
        }
        return count == 0 ? NONE : new XlsComments(count, text.toString());
    }
}
