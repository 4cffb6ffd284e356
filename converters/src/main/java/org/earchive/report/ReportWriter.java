package org.earchive.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.earchive.core.AtomicFiles;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;

/**
 * Writes {@code report.json} (for scripts), {@code report.csv} (for spreadsheets: UTF-8 with a byte-order
 * mark so that Excel shows Vietnamese correctly) and {@code report.html} (for people) into the output's state
 * folder, each atomically. What {@code report.json} holds is {@link ReportFile}'s to say.
 */
public final class ReportWriter {

    public static final String JSON = ReportFile.NAME;
    public static final String CSV = "report.csv";
    public static final String HTML = "report.html";

    private final ReportTexts texts;

    /** report.csv and report.html in English, times in UTC. */
    public ReportWriter() {
        this(ReportTexts.english());
    }

    /** report.csv and report.html in the language of TEXTS; report.json is the same in every language. */
    public ReportWriter(ReportTexts texts) {
        this.texts = texts;
    }

    /** @param outputSha256 each output's SHA-256 (by its path relative to the output folder), for thumbnails */
    public void write(BatchReport report, Path folder, Map<String, String> outputSha256) throws IOException {
        AtomicFiles.write(folder.resolve(JSON), file(report)::writeTo);
        AtomicFiles.write(folder.resolve(CSV), out -> writeCsv(report, out, texts));
        String html = HtmlReport.render(report, folder, outputSha256, texts);
        AtomicFiles.write(folder.resolve(HTML), html.getBytes(StandardCharsets.UTF_8));
    }

    /** The batch as {@code report.json} holds it. */
    public static ReportFile file(BatchReport report) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        report.countByStatus().forEach((status, count) -> byStatus.put(status.id(), count));
        return new ReportFile(report.tool(), report.started().toString(), report.finished().toString(),
                new ReportFile.Summary(report.documents().size(), report.pages(), report.unchanged(), byStatus),
                report.documents().stream().map(ReportWriter::entry).toList());
    }

    /** One document as {@code report.json} lists it. */
    public static ReportFile.Entry entry(DocumentResult d) {
        return new ReportFile.Entry(d.source(), d.status().id(), d.message(), d.documentClass(), d.mime(), d.puid(),
                d.pdfaLevel(), d.pages(), d.outputs(), d.warnings(), d.failedRules(), d.facts(), d.sourceSha256(),
                d.durationMs(), d.unchanged());
    }

    /**
     * One row per input, for people in a spreadsheet: in English the columns and values are report.json's names
     * and ids (as before there were languages); in Vietnamese the headings, status names, classes and the
     * sentences the library knows are Vietnamese. Paths, levels, rules and hashes are the same in both.
     */
    private static void writeCsv(BatchReport report, OutputStream out, ReportTexts texts) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(texts.get("csv.header").split(",")).get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (DocumentResult d : report.documents()) {
                csv.printRecord(d.source(), texts.vietnamese() ? texts.status(d.status()) : d.status().id(),
                        texts.sentence(d.message()), texts.documentClass(d.documentClass()), d.pdfaLevel(), d.pages(),
                        String.join("; ", d.outputs()),
                        String.join(" | ", d.warnings().stream().map(texts::sentence).toList()),
                        String.join(" ", d.failedRules()), d.sourceSha256(), d.durationMs(),
                        texts.get(d.unchanged() ? "csv.true" : "csv.false"));
            }
        }
    }

}
