package org.earchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.OutputLayout;
import org.earchive.report.ReportWriter;

/** The two lines a converted batch ends with: what became of its documents, and where the report is. */
final class BatchSummary {

    private BatchSummary() {
    }

    static void print(PrintWriter out, Messages messages, BatchReport report, Path output) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(count.getValue()).append(' ').append(messages.status(count.getKey()));
            if (count.getKey() == DocumentStatus.CONVERTED && report.unchanged() > 0) {
                counts.append(messages.get("summary.unchanged", report.unchanged()));
            }
        }
        out.println(messages.get("summary.line", report.documents().size(), report.pages(),
                counts.length() == 0 ? messages.get("summary.nothing") : counts));
        out.println(messages.get("summary.report", output.resolve(OutputLayout.STATE_FOLDER).resolve(ReportWriter.HTML),
                ReportWriter.JSON, ReportWriter.CSV));
    }
}
