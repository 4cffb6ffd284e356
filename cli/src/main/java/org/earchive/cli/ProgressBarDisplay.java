package org.earchive.cli;

import java.text.DecimalFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.SourceDocument;

/**
 * The bar a clerk watches on a terminal: documents done of all, pages written, rate, time left, the file being
 * converted. Drawn on the terminal's standard error, only when there is a terminal (see {@link ConvertCommand}).
 */
final class ProgressBarDisplay implements BatchListener, AutoCloseable {

    private final AtomicInteger pages = new AtomicInteger();
    private final Messages messages;
    private volatile ProgressBar bar;
    private volatile String current = "";

    ProgressBarDisplay(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void planned(List<SourceDocument> entries) {
        bar = new ProgressBarBuilder()
                .setTaskName(messages.get("progress.task"))
                .setInitialMax(entries.size())
                .setUnit(messages.get("progress.unit"), 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(consumer())
                .build();
    }

    /** On the client's terminal when a worker runs the job: its width as the client measured it. */
    private static ConsoleProgressBarConsumer consumer() {
        int columns = Terminal.current().columns();
        // the bar's own look-up leaves the last column free (its right margin): so does this one
        return columns > 1 ? new ConsoleProgressBarConsumer(System.err, columns - 1) : new ConsoleProgressBarConsumer(System.err);
    }

    @Override
    public void started(SourceDocument document) {
        current = TerminalText.shown(document.displayPath());
        show();
    }

    @Override
    public void finished(DocumentResult result) {
        pages.addAndGet(result.pages());
        ProgressBar shown = bar;
        if (shown != null) {
            shown.step();
        }
        show();
    }

    /** An attachment is not one of the documents the bar counts; its pages are written all the same. */
    @Override
    public void partFinished(DocumentResult result) {
        pages.addAndGet(result.pages());
        show();
    }

    private void show() {
        ProgressBar shown = bar;
        if (shown != null) {
            shown.setExtraMessage(messages.get("progress.pages", pages.get(), current));
        }
    }

    @Override
    public synchronized void close() {
        ProgressBar shown = bar;
        bar = null; // closed once: a second close would draw the bar again under the summary
        if (shown != null) {
            shown.close();
        }
    }
}
