package org.earchive.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.SourceDocument;

/**
 * {@code --log-format json}: one JSON object per line for log collectors and scripts. Events: {@code batch-started},
 * {@code started}, {@code finished} (converted, or skipped with its reason), {@code failed} (with the sentence),
 * {@code batch-finished} (the summary and exit code), {@code error} (the run could not go on). The same events, in
 * the same shape, from {@code earchive convert} and from the Spark driver (which sees no {@code started}: documents
 * start on the executors).
 */
public final class JsonEventLog implements BatchListener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean ownsOut;
    private final Clock clock;

    /** @param ownsOut whether closing the log closes {@code out} (a log file) or leaves it open (standard error) */
    public JsonEventLog(PrintWriter out, boolean ownsOut, Clock clock) {
        this.out = out;
        this.ownsOut = ownsOut;
        this.clock = clock;
    }

    /**
     * The log {@code --log-format json} asks for: on {@code console} (left open), or appended to {@code file} when one
     * is named (its folder made; closed with the log).
     */
    public static JsonEventLog open(PrintWriter console, java.nio.file.Path file) throws java.io.IOException {
        if (file == null) {
            return new JsonEventLog(console, false, Clock.systemUTC());
        }
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        return new JsonEventLog(new PrintWriter(java.nio.file.Files.newBufferedWriter(file,
                java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)), true, Clock.systemUTC());
    }

    @Override
    public void planned(List<SourceDocument> entries) {
        batchStarted(entries.size());
    }

    /** @param entries every input the batch lists, skipped ones included */
    public void batchStarted(int entries) {
        emit(event("batch-started").put("documents", entries));
    }

    @Override
    public void started(SourceDocument document) {
        emit(event("started").put("source", document.displayPath()));
    }

    @Override
    public void finished(DocumentResult result) {
        ObjectNode event = event(result.status().isSuccess() ? "finished" : "failed");
        event.setAll(ReportWriter.entry(result).toTree());
        emit(event);
    }

    public void batchFinished(BatchReport report, int exitCode) {
        ObjectNode event = event("batch-finished");
        event.setAll(ReportWriter.file(report).summary().toTree());
        emit(event.put("exitCode", exitCode));
    }

    public void error(String sentence, int exitCode) {
        emit(event("error").put("message", sentence).put("exitCode", exitCode));
    }

    private ObjectNode event(String name) {
        ObjectNode event = JSON.createObjectNode();
        event.put("time", clock.instant().toString());
        event.put("event", name);
        return event;
    }

    private void emit(ObjectNode event) {
        synchronized (out) {
            out.println(event.toString());
            out.flush();
        }
    }

    @Override
    public void close() {
        if (ownsOut) {
            out.close();
        }
    }
}
