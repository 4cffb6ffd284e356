package org.earchive.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.JournalEntry;
import org.earchive.pipeline.SourceDocument;

/**
 * The reports of a batch, heard as it runs: a picture of each new PDF's first page as soon as it is placed (on
 * the worker that placed it, so the pictures are drawn in parallel), then {@code report.json}, {@code report.csv}
 * and {@code report.html} once the batch is over. A front end registers it with the batch to give the clerk the
 * reports; the batch itself writes none.
 */
public final class ReportListener implements BatchListener {

    private final ReportTexts texts;

    /** The reports in English, times in UTC. */
    public ReportListener() {
        this(ReportTexts.english());
    }

    /** report.csv and report.html in the language and time zone of TEXTS. */
    public ReportListener(ReportTexts texts) {
        this.texts = texts;
    }

    @Override
    public void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder) {
        placed(document, outputs, stateFolder, Map.of());
    }

    @Override
    public void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder,
                       Map<String, BufferedImage> firstPages) {
        for (JournalEntry.Output output : outputs) {
            Thumbnails.render(stateFolder, output.path(), output.sha256(), firstPages.get(output.path()));
        }
    }

    @Override
    public void batchFinished(BatchReport report, Map<String, String> outputSha256, Path stateFolder) throws IOException {
        new ReportWriter(texts).write(report, stateFolder, outputSha256);
    }
}
