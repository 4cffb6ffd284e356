package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.earchive.formats.StrictOoxml;

/**
 * Opens an .xls or .xlsx with POI's user model, which holds the whole workbook in memory: only after Tika's
 * parsers have read the same file (so a password, a zip bomb, an XXE or a damaged file has already been refused
 * with its sentence), and only when it is of a size that model holds in bounded memory. Anything else leaves
 * the caller with Tika's own tables, and a sentence saying why.
 */
final class WorkbookReading {

    /**
     * Uncompressed worksheet XML an .xlsx may have (about 600 000 filled cells; the user model takes some ten
     * times this in heap), and the largest .xls (whose records are about as compact).
     */
    static final long MAX_SHEET_BYTES = 20L * 1024 * 1024;
    /** The same bound counted in the cells Tika found, which a zip's forged declared sizes cannot hide. */
    static final int MAX_CELLS_FOUND = 600_000;

    /** The workbook, or why it could not be opened (then the workbook is null). */
    record Opened(Workbook workbook, String whyNot) {
    }

    private WorkbookReading() {
    }

    /**
     * @param password   tried when the file needs one ("" for none)
     * @param cellsFound how many cells Tika's reading of the same file found
     */
    static Opened open(Path file, String password, int cellsFound) {
        if (cellsFound > MAX_CELLS_FOUND) {
            return new Opened(null, "it has too many cells (" + cellsFound + ") to be read whole");
        }
        try {
            long size = sheetBytes(file);
            if (size > MAX_SHEET_BYTES) {
                return new Opened(null, "its sheets are too large (" + size / (1024 * 1024) + " MB of cell data) to be"
                        + " read whole");
            }
            try (StrictOoxml.Readable readable = StrictOoxml.readable(file)) {
                if (readable.copy()) {
                    // a Strict workbook's Transitional copy, read into memory before the copy is deleted
                    try (InputStream in = Files.newInputStream(readable.path())) {
                        return new Opened(WorkbookFactory.create(in, password.isEmpty() ? null : password), null);
                    }
                }
            }
            // read-only: nothing is ever written back; POI never evaluates formulas unless asked, and is not
            return new Opened(WorkbookFactory.create(file.toFile(), password.isEmpty() ? null : password, true), null);
        } catch (IOException | RuntimeException | LinkageError unreadable) {
            // an Excel 5/95 file (OldExcelFormatException), a variant POI's model rejects, an odd record
            String message = unreadable.getMessage() == null ? unreadable.getClass().getSimpleName() : unreadable.getMessage();
            message = message.replaceAll("\\s+", " ").strip();
            return new Opened(null, "POI cannot read it as a workbook (" + (message.length() > 160
                    ? message.substring(0, 160) + "…" : message) + ")");
        }
    }

    /** An .xlsx's uncompressed worksheet parts; for anything that is not a plain zip, the file's own size. */
    private static long sheetBytes(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    // the declared size; Tika's and POI's zip-bomb guards check it against what inflates
                    total += Math.max(entry.getSize(), entry.getCompressedSize());
                }
            }
            return total;
        } catch (java.util.zip.ZipException notAZip) {
            return Files.size(file); // an .xls, or an encrypted .xlsx (an OLE2 file around the zip)
        }
    }
}
