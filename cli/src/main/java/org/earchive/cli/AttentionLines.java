package org.earchive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.DocumentResult;
import org.earchive.report.ReportTexts;

/**
 * One line per document that needs a person's eye (failed, not compliant, skipped with a note), as it
 * finishes; converted documents print nothing, so a nightly job's mail holds only what matters. Under a
 * progress bar the lines are held and printed once the bar is gone.
 */
final class AttentionLines implements BatchListener {
    private final PrintWriter out;
    private final Messages messages;
    private final int statusWidth;
    private final boolean printNow;
    private final List<DocumentResult> held = new ArrayList<>();

    AttentionLines(PrintWriter out, Messages messages, boolean printNow) {
        this.out = out;
        this.messages = messages;
        int widest = 0;
        for (DocumentStatus status : DocumentStatus.values()) {
            widest = Math.max(widest, messages.status(status).length());
        }
        this.statusWidth = widest + 1;
        this.printNow = printNow;
    }

    @Override
    public void finished(DocumentResult result) {
        if (result.unchanged() || result.status() == DocumentStatus.CONVERTED && result.warnings().isEmpty()) {
            return; // carried-over documents were printed by the run that converted them
        }
        synchronized (this) {
            if (printNow) {
                print(result);
            } else {
                held.add(result);
            }
        }
    }

    synchronized void printHeld() {
        held.forEach(this::print);
        held.clear();
    }

    /** The library's sentence names no option (it serves Spark and the web service too): here, which one helps. */
    private static java.util.Optional<String> hint(DocumentStatus status) {
        return switch (status) {
            case ENCRYPTED -> java.util.Optional.of("hint.encrypted");
            case TIMEOUT -> java.util.Optional.of("hint.timeout");
            default -> java.util.Optional.empty();
        };
    }

    private void print(DocumentResult result) {
        synchronized (out) {
            String level = result.pdfaLevel() == null ? "" : " " + result.pdfaLevel();
            String status = messages.status(result.status());
            String indent = " ".repeat(statusWidth);
            out.println(status + " ".repeat(statusWidth - status.length()) + TerminalText.shown(result.source()) + level);
            ReportTexts texts = messages.reportTexts();
            if (result.status() != DocumentStatus.CONVERTED) {
                out.println(indent + TerminalText.shown(texts.sentence(result.message())));
                hint(result.status()).ifPresent(hint -> out.println(indent + messages.get(hint)));
            }
            for (String warning : result.warnings()) {
                out.println(indent + TerminalText.shown(messages.get("attention.warning", texts.sentence(warning))));
            }
            out.flush();
        }
    }
}
