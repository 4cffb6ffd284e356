package org.earchive.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.metadata.FieldValue.Origin;

/**
 * What a records clerk states: batch-wide defaults ({@code --metadata-defaults}, lines of
 * {@code element=value}) and per-document values ({@code --metadata}, a CSV or XLSX sheet with a {@code path}
 * column and one column per TT 05 element, headed by its machine name, its TT 02 name or its Vietnamese heading). A clerk's value overrides what earchive extracted; an
 * empty cell keeps it, and a cell holding only {@code -} removes it. Every cell is checked before any
 * document is converted, and every bad cell is reported by row and column.
 */
public final class ClerkMetadata {

    public static final String PATH_COLUMN = "path";
    /** The template's column of extraction confidences: for the clerk to read, ignored when read back. */
    public static final String CONFIDENCE_COLUMN = "confidence";
    /** A cell holding only this removes the field's value. */
    public static final String CLEAR = "-";

    private static final ClerkMetadata NONE = new ClerkMetadata(Map.of(), Map.of());

    private final Map<MetadataField, String> defaults;
    private final Map<String, Map<MetadataField, String>> rows;

    private ClerkMetadata(Map<MetadataField, String> defaults, Map<String, Map<MetadataField, String>> rows) {
        this.defaults = defaults;
        this.rows = rows;
    }

    public static ClerkMetadata none() {
        return NONE;
    }

    /** @param csv the per-document CSV, or null; @param defaults the defaults file, or null */
    public static ClerkMetadata read(Path csv, Path defaults) throws IOException, MetadataInputException {
        List<CellError> errors = new ArrayList<>();
        Map<MetadataField, String> defaultValues = defaults == null ? Map.of() : readDefaults(defaults, errors);
        Map<String, Map<MetadataField, String>> rows = csv == null ? Map.of() : readCsv(csv, errors);
        if (!errors.isEmpty()) {
            throw new MetadataInputException(errors);
        }
        return new ClerkMetadata(defaultValues, rows);
    }

    /**
     * A digest of everything the clerk stated, independent of map order: a batch re-run compares it with the
     * journal's, so an edited CSV or defaults file is applied to the documents it describes.
     */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        new java.util.TreeMap<>(defaults).forEach((field, value) -> all.append("*\t").append(field).append('\t').append(value).append('\n'));
        new java.util.TreeMap<>(rows).forEach((path, values) -> new java.util.TreeMap<>(values).forEach((field, value) ->
                all.append(path).append('\t').append(field).append('\t').append(value).append('\n')));
        return org.earchive.core.Fixity.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The paths the CSV names, as written there (normalised), for telling the clerk which matched no input. */
    public List<String> paths() {
        return List.copyOf(rows.keySet());
    }

    public boolean hasRow(String path) {
        return rows.containsKey(normalisePath(path));
    }

    /** Defaults under what is known, the document's row over it. */
    public void applyTo(DocumentMetadata metadata, String path) {
        defaults.forEach((field, value) -> apply(metadata, field, value, Origin.DEFAULTS));
        rows.getOrDefault(normalisePath(path), Map.of()).forEach((field, value) -> apply(metadata, field, value, Origin.CLERK));
    }

    private static void apply(DocumentMetadata metadata, MetadataField field, String value, Origin origin) {
        if (CLEAR.equals(value)) {
            if (origin == Origin.CLERK) {
                metadata.clear(field);
            }
            return;
        }
        metadata.offer(field, value, 1.0, origin);
    }

    /** Forward slashes, NFC, no leading "./": as reports and templates write paths. */
    public static String normalisePath(String path) {
        String normalised = VietnameseText.nfc(path.strip()).replace('\\', '/');
        return normalised.startsWith("./") ? normalised.substring(2) : normalised;
    }

    private static Map<MetadataField, String> readDefaults(Path file, List<CellError> errors) throws IOException {
        Map<MetadataField, String> values = new LinkedHashMap<>();
        ClerkFiles.readDefaults(file, errors, (name, line, field, value) -> check(name, line, field, value, values, errors));
        return values;
    }

    /**
     * The per-document sheet, CSV or XLSX. Its header is the first row, in machine names (old sheets) or in the
     * Vietnamese headings the template writes; when the row under it holds the machine names (the template's
     * second, hidden, header row), those name the columns, whatever the first row was edited to.
     */
    private static Map<String, Map<MetadataField, String>> readCsv(Path file, List<CellError> errors) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Map<MetadataField, String>> rows = new LinkedHashMap<>();
        List<ClerkSheet.Line> lines = ClerkSheet.read(file);
        if (lines.isEmpty()) {
            errors.add(new CellError(name, 1, PATH_COLUMN, "the header has no 'path' column naming each input"));
            return rows;
        }
        int first = 1;
        List<String> header = columnNames(lines.get(0).cells());
        if (lines.size() > 1 && isMachineNames(lines.get(1).cells())) {
            header = lines.get(1).cells();
            first = 2;
        }
        int pathColumn = header.indexOf(PATH_COLUMN);
        if (pathColumn < 0) {
            errors.add(new CellError(name, 1, PATH_COLUMN, "the header has no 'path' column naming each input"));
            return rows;
        }
        for (String column : header) {
            if (!column.isEmpty() && !column.equals(PATH_COLUMN) && !column.equals(CONFIDENCE_COLUMN)
                    && MetadataField.byName(column).filter(MetadataField::clerkEditable).isEmpty()) {
                errors.add(new CellError(name, 1, column, "not a TT 05 element earchive knows"));
            }
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (ClerkSheet.Line line : lines.subList(first, lines.size())) {
            int row = line.number();
            String path = line.cell(pathColumn);
            if (path.isBlank()) {
                errors.add(new CellError(name, row, PATH_COLUMN, "empty: each row must name its input file"));
                continue;
            }
            String normalised = normalisePath(path);
            Integer earlier = firstRow.putIfAbsent(normalised, row);
            if (earlier != null) {
                errors.add(new CellError(name, row, PATH_COLUMN, "'" + path + "' is already on row " + earlier));
                continue;
            }
            Map<MetadataField, String> values = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                String columnName = header.get(column);
                if (columnName.isEmpty() || column == pathColumn || columnName.equals(CONFIDENCE_COLUMN)) {
                    continue;
                }
                String cell = line.cell(column);
                if (!cell.isEmpty()) {
                    check(name, row, columnName, cell, values, errors);
                }
            }
            rows.put(normalised, values);
        }
        return rows;
    }

    /** Each heading as the machine name it stands for; a heading that stands for none as it is. */
    private static List<String> columnNames(List<String> headings) {
        List<String> names = new ArrayList<>();
        for (String heading : headings) {
            boolean machine = heading.equals(PATH_COLUMN) || heading.equals(CONFIDENCE_COLUMN)
                    || MetadataField.byName(heading).isPresent();
            names.add(machine ? heading : TemplateHeadings.machineName(heading).orElse(heading));
        }
        return names;
    }

    /** The template's second header row: a path column and nothing but machine names. */
    private static boolean isMachineNames(List<String> cells) {
        return cells.contains(PATH_COLUMN) && cells.stream().allMatch(c -> c.isEmpty() || c.equals(PATH_COLUMN)
                || c.equals(CONFIDENCE_COLUMN) || MetadataField.byName(c).isPresent());
    }

    private static void check(String file, int row, String column, String raw, Map<MetadataField, String> values,
                              List<CellError> errors) {
        var field = MetadataField.byName(column).filter(MetadataField::clerkEditable);
        if (field.isEmpty()) {
            if (!raw.isBlank() && errors.stream().noneMatch(e -> e.row() == 1 && e.column().equals(column))) {
                errors.add(new CellError(file, row, column, "not a TT 05 element earchive knows"));
            }
            return;
        }
        String value = raw.strip();
        if (value.equals(CLEAR)) {
            values.put(field.get(), CLEAR);
            return;
        }
        FieldCheck check = FieldCheck.of(field.get(), value);
        if (check.ok()) {
            values.put(field.get(), check.value());
        } else {
            errors.add(new CellError(file, row, column, check.problem()));
        }
    }

}
