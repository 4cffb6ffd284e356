package org.earchive.metadata;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The two file shapes a clerk fills in, read one way for every purpose: a defaults file of {@code element=value}
 * lines, and a UTF-8 CSV with a header row as Excel or LibreOffice save it (byte-order mark tolerated).
 */
final class ClerkFiles {

    /** One {@code element=value} line of a defaults file. */
    interface DefaultsLine {
        void accept(String file, int line, String key, String value);
    }

    private ClerkFiles() {
    }

    /** Calls {@code each} for every {@code key=value} line; blank lines and {@code #} comments are skipped. */
    static void readDefaults(Path file, List<CellError> errors, DefaultsLine each) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                errors.add(new CellError(name, i + 1, line, "expected element=value"));
                continue;
            }
            each.accept(name, i + 1, line.substring(0, equals).strip(), line.substring(equals + 1));
        }
    }

    /** A parser over the CSV, header row first, cells trimmed; the caller closes it. */
    static CSVParser csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVParser.parse(withoutBom(reader), format);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** A parser over the CSV with no header: every row, the first too; the caller closes it. */
    static CSVParser rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVParser.parse(withoutBom(reader), format);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Excel writes a byte-order mark, which would otherwise become part of the first column's name. */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
