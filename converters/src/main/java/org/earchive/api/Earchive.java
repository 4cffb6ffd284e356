package org.earchive.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchPlan;
import org.earchive.pipeline.BatchPlanner;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.Engines;
import org.earchive.pipeline.OutputBusyException;

/**
 * earchive as a library: what every front end (the command line, a Spark job, a service) calls, with no
 * command-line parsing on the way. One instance is one run's engines — Tesseract found, LibreOffice processes
 * started, the clerk's metadata read — for any number of batches; close it to stop the processes it started.
 *
 * <pre>{@code
 * try (Earchive earchive = Earchive.start(RunContext.defaults("my-app 1.0"), ClerkMetadata.none(), 2)) {
 *     BatchReport report = earchive.convert(new ConvertRequest(List.of(in), out, BatchOptions.defaults(2)),
 *             BatchListener.NONE);
 * }
 * }</pre>
 */
public final class Earchive implements AutoCloseable {

    private final RunContext context;
    private final Engines engines;

    private Earchive(RunContext context, Engines engines) {
        this.context = context;
        this.engines = engines;
    }

    /**
     * Finds the installed engines and starts what must run (LibreOffice, at most {@code jobs} processes).
     *
     * @param clerk the clerk's metadata spreadsheet and defaults, or {@link ClerkMetadata#none()}
     * @throws IllegalArgumentException when the context asks for an engine that is not installed
     */
    public static Earchive start(RunContext context, ClerkMetadata clerk, int jobs) {
        return new Earchive(context, Engines.start(context, new MetadataSettings(context.description(), clerk), jobs));
    }

    /** The same with the engines given (e.g. Tesseract turned off), for callers that choose them. */
    public static Earchive start(RunContext context, Engines engines) {
        return new Earchive(context, engines);
    }

    public RunContext context() {
        return context;
    }

    /**
     * Converts a batch: each document to PDF/A with its descriptions, journaled as it finishes, and the reports
     * ({@code report.json}, {@code .csv}, {@code .html}) written at the end. A document's trouble is its result,
     * never an exception.
     *
     * @param listener hears the batch as it runs (from worker threads)
     * @throws OutputBusyException when another run holds the output, or the output disk fails or fills up
     */
    public BatchReport convert(ConvertRequest request, BatchListener listener) throws IOException, InterruptedException {
        return new BatchRunner(engines, request.options(), Clock.systemUTC()).run(request.inputs(), request.output(),
                listener);
    }

    /** What {@link #convert} would do, writing nothing: converted, converted again, carried over, skipped. */
    public BatchPlan plan(ConvertRequest request) throws IOException {
        return new BatchPlanner(engines, request.options()).plan(request.inputs(), request.output());
    }

    /**
     * One document on its own, outside any batch (no journal, no reports, no lock): for front ends that schedule
     * documents themselves. Its outputs are placed in {@code outputFolder} under the file's own name; an e-mail's
     * attachments follow its result.
     */
    public List<DocumentResult> convertDocument(Path source, Path outputFolder) {
        return engines.convertAlone(source, outputFolder);
    }

    /** Stops the LibreOffice processes this run started. */
    @Override
    public void close() {
        engines.close();
    }
}
