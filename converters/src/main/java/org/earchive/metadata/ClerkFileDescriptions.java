package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a records clerk states about the files (hồ sơ) a package gathers: a CSV with one row per hồ sơ, keyed by
 * its {@code fileCode} and with the other TT 05 hồ sơ elements as columns ({@code --files}), and values every
 * hồ sơ shares ({@code --file-defaults}, lines of {@code element=value}). Every cell is checked as the
 * document fields are; all problems are reported together, as for the per-document spreadsheet.
 */
public final class ClerkFileDescriptions {

    private static final ClerkFileDescriptions NONE = new ClerkFileDescriptions(Map.of(), Map.of());

    private final Map<FileField, String> defaults;
    private final Map<String, Map<FileField, String>> rows;

    private ClerkFileDescriptions(Map<FileField, String> defaults, Map<String, Map<FileField, String>> rows) {
        this.defaults = defaults;
        this.rows = rows;
    }

    public static ClerkFileDescriptions none() {
        return NONE;
    }

    /**
     * A hồ sơ description someone already made (a received package's {@code EAD.xml}), taken as the clerk's values
     * for every hồ sơ: values as {@link FileField#check} leaves them, dates ISO 8601; its fileCode, when it has one,
     * is the hồ sơ of documents that name none.
     */
    public static ClerkFileDescriptions of(Map<FileField, String> description) {
        return new ClerkFileDescriptions(Map.copyOf(description), Map.of());
    }

    /** @param csv the hồ sơ CSV, or null; @param defaults the defaults file, or null */
    public static ClerkFileDescriptions read(Path csv, Path defaults) throws IOException, MetadataInputException {
        List<CellError> errors = new ArrayList<>();
        Map<FileField, String> defaultValues = defaults == null ? Map.of() : readDefaults(defaults, errors);
        Map<String, Map<FileField, String>> rows = csv == null ? Map.of() : readCsv(csv, errors);
        if (!errors.isEmpty()) {
            throw new MetadataInputException(errors);
        }
        return new ClerkFileDescriptions(defaultValues, rows);
    }

    /** True when the clerk said nothing about any hồ sơ: the package must then be described from its documents. */
    public boolean isEmpty() {
        return defaults.isEmpty() && rows.isEmpty();
    }

    /** The file codes the CSV describes, in its row order. */
    public List<String> fileCodes() {
        return List.copyOf(rows.keySet());
    }

    /** The file code every hồ sơ gets from the defaults file, when it names one (a package of a single hồ sơ). */
    public Optional<String> defaultFileCode() {
        return Optional.ofNullable(defaults.get(FileField.FILE_CODE));
    }

    /** The clerk's values for one hồ sơ: its CSV row over the defaults. */
    public Map<FileField, String> valuesFor(String fileCode) {
        Map<FileField, String> values = new EnumMap<>(FileField.class);
        values.putAll(defaults);
        if (fileCode != null) {
            values.putAll(rows.getOrDefault(fileCode, Map.of()));
            values.put(FileField.FILE_CODE, fileCode);
        }
        return values;
    }

    private static Map<FileField, String> readDefaults(Path file, List<CellError> errors) throws IOException {
        Map<FileField, String> values = new EnumMap<>(FileField.class);
        ClerkFiles.readDefaults(file, errors, (name, line, field, value) -> check(name, line, field, value, values, errors));
        return values;
    }

    private static Map<String, Map<FileField, String>> readCsv(Path file, List<CellError> errors) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Map<FileField, String>> rows = new LinkedHashMap<>();
        try (CSVParser parser = ClerkFiles.csv(file)) {
            List<String> header = parser.getHeaderNames();
            String key = FileField.FILE_CODE.element();
            if (!header.contains(key)) {
                errors.add(new CellError(name, 1, key, "the header has no 'fileCode' column naming each hồ sơ"));
                return rows;
            }
            for (String column : header) {
                if (field(column).isEmpty()) {
                    errors.add(new CellError(name, 1, column, "not a TT 05 hồ sơ element; earchive knows: " + elementNames()));
                }
            }
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                Map<FileField, String> values = new EnumMap<>(FileField.class);
                for (String column : header) {
                    if (record.isSet(column) && !record.get(column).isEmpty() && field(column).isPresent()) {
                        check(name, row, column, record.get(column), values, errors);
                    }
                }
                String fileCode = values.get(FileField.FILE_CODE);
                if (fileCode == null || fileCode.isBlank()) {
                    errors.add(new CellError(name, row, key, "empty: each row must name its hồ sơ by its mã hồ sơ"));
                } else if (rows.putIfAbsent(fileCode, values) != null) {
                    errors.add(new CellError(name, row, key, "'" + fileCode + "' is described on an earlier row too"));
                }
            }
        }
        return rows;
    }

    private static void check(String file, int row, String column, String raw, Map<FileField, String> values,
                              List<CellError> errors) {
        Optional<FileField> field = field(column);
        if (field.isEmpty()) {
            errors.add(new CellError(file, row, column, "not a TT 05 hồ sơ element; earchive knows: " + elementNames()));
            return;
        }
        FieldCheck check = field.get().check(raw.strip());
        if (check.ok()) {
            values.put(field.get(), check.value());
        } else {
            errors.add(new CellError(file, row, column, check.problem()));
        }
    }

    /** Columns are the SIP element names; an AIP's arcFileCode is accepted for fileCode. */
    private static Optional<FileField> field(String column) {
        for (FileField field : FileField.values()) {
            if (field.element().equals(column) || field.aipElement().equals(column)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String elementNames() {
        return String.join(", ", FileField.inOrder().stream().map(FileField::element).toList());
    }

}
