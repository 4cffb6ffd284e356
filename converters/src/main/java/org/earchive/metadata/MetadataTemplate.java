package org.earchive.metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.earchive.core.AtomicFiles;

/**
 * The clerk's spreadsheet: one row per input, a {@code path} column, one column per field a clerk may set,
 * pre-filled with what earchive read, and a last column saying how sure it was of each value it read from the
 * text. As CSV (UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly) or, for a name ending
 * in {@code .xlsx}, as an Excel workbook ({@link XlsxTemplate}: drop-down code lists, doubtful values filled).
 * In English the headings are the machine names (TT 05 element names); in Vietnamese the CSV's first row holds
 * TT 05's names of the fields and its second the machine names. The same file, corrected, is what
 * {@code convert --metadata} reads back.
 */
public final class MetadataTemplate {

    private final TemplateHeadings headings;

    /** Headed by the machine names, as before there were languages. */
    public MetadataTemplate() {
        this(TemplateHeadings.english());
    }

    public MetadataTemplate(TemplateHeadings headings) {
        this.headings = headings;
    }

    /** Whether FILE is written as an Excel workbook: its name ends in .xlsx. */
    public static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** One input and what is known about it. */
    public record Row(String path, DocumentMetadata metadata) {
    }

    /** The columns after {@code path}, in order. */
    public static List<MetadataField> columns() {
        List<MetadataField> columns = new ArrayList<>();
        for (MetadataField field : MetadataField.values()) {
            if (field.clerkEditable()) {
                columns.add(field);
            }
        }
        return columns;
    }

    /** Written under a temporary name and renamed, so a half-written template never replaces a good one. */
    public void write(List<Row> rows, Path file) throws IOException {
        if (isXlsx(file)) {
            AtomicFiles.write(file, out -> new XlsxTemplate(headings).write(rows, out));
        } else {
            AtomicFiles.write(file, out -> write(rows, out));
        }
    }

    public void write(List<Row> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>();
        header.add(ClerkMetadata.PATH_COLUMN);
        columns().forEach(field -> header.add(field.element()));
        header.add(ClerkMetadata.CONFIDENCE_COLUMN);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(header.stream().map(headings::heading).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            if (headings.isVietnamese()) {
                printer.printRecord(header); // the machine names: the sheet reads back whatever the headings become
            }
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(ClerkMetadata.normalisePath(row.path()));
                for (MetadataField field : columns()) {
                    cells.add(cell(row.metadata(), field));
                }
                cells.add(confidences(row.metadata(), headings));
                printer.printRecord(cells);
            }
        }
    }

    static String cell(DocumentMetadata metadata, MetadataField field) {
        String value = metadata.valueOrNull(field);
        if (value == null) {
            return "";
        }
        return field == MetadataField.ISSUED_DATE ? LocalDate.parse(value).format(Tt05DocumentWriter.TT05_DATE) : value;
    }

    /**
     * "typeName 0.97; codeNumber 0.87; subject ?0.10": what a clerk should check first has the lowest number; a
     * "?" marks a value read with too little confidence to be filled in, left empty for the clerk.
     */
    static String confidences(DocumentMetadata metadata, TemplateHeadings headings) {
        StringBuilder text = new StringBuilder();
        metadata.asMap().forEach((field, value) -> {
            if (value.origin() == FieldValue.Origin.TEXT && field.clerkEditable()) {
                text.append(text.length() == 0 ? "" : "; ").append(headings.heading(field.element())).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", value.confidence()));
            }
        });
        metadata.withheld().forEach((field, value) -> {
            if (field.clerkEditable() && !metadata.has(field)) {
                text.append(text.length() == 0 ? "" : "; ").append(headings.heading(field.element())).append(" ?")
                        .append(String.format(Locale.ROOT, "%.2f", value.confidence()));
            }
        });
        return text.toString();
    }
}
