package org.earchive.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;

/**
 * Writes {@code report.json} (for scripts), {@code report.csv} (for spreadsheets: UTF-8 with a byte-order
 * mark so that Excel shows Vietnamese correctly) and {@code report.html} (for people) into the output's state
 * folder, each atomically.
 */
public final class ReportWriter {

    public static final String JSON = "report.json";
    public static final String CSV = "report.csv";
    public static final String HTML = "report.html";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(BatchReport report, Path folder) throws IOException {
        write(report, folder, Map.of());
    }

    /** @param outputSha256 each output's SHA-256 (by its path relative to the output folder), for thumbnails */
    public void write(BatchReport report, Path folder, Map<String, String> outputSha256) throws IOException {
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(JSON), out -> MAPPER.writeValue(out, toJson(report)));
        writeAtomically(folder.resolve(CSV), out -> writeCsv(report, out));
        String html = HtmlReport.render(report, folder, outputSha256);
        writeAtomically(folder.resolve(HTML), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    public static ObjectNode toJson(BatchReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", report.tool());
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", report.documents().size());
        summary.put("pages", report.pages());
        summary.put("unchanged", report.unchanged());
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            summary.put(count.getKey().id(), count.getValue());
        }
        ArrayNode documents = root.putArray("documents");
        for (DocumentResult document : report.documents()) {
            documents.add(toJson(document));
        }
        return root;
    }

    public static ObjectNode toJson(DocumentResult document) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", document.source());
        node.put("status", document.status().id());
        node.put("message", document.message());
        node.put("class", document.documentClass());
        node.put("mime", document.mime());
        node.put("puid", document.puid());
        node.put("pdfaLevel", document.pdfaLevel());
        node.put("pages", document.pages());
        document.outputs().forEach(node.putArray("outputs")::add);
        document.warnings().forEach(node.putArray("warnings")::add);
        document.failedRules().forEach(node.putArray("failedRules")::add);
        ObjectNode facts = node.putObject("facts");
        document.facts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> facts.put(e.getKey(), e.getValue()));
        node.put("sourceSha256", document.sourceSha256());
        node.put("durationMs", document.durationMs());
        node.put("unchanged", document.unchanged());
        return node;
    }

    private static void writeCsv(BatchReport report, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("source", "status", "message", "class", "pdfaLevel", "pages", "outputs", "warnings",
                        "failedRules", "sourceSha256", "durationMs", "unchanged")
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (DocumentResult d : report.documents()) {
                csv.printRecord(d.source(), d.status().id(), d.message(), d.documentClass(), d.pdfaLevel(), d.pages(),
                        String.join("; ", d.outputs()), String.join(" | ", d.warnings()),
                        String.join(" ", d.failedRules()), d.sourceSha256(), d.durationMs(), d.unchanged());
            }
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            content.writeTo(out);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
