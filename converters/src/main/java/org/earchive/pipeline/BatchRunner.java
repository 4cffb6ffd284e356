package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.earchive.report.ReportWriter;

/**
 * Converts a set of inputs into an output folder, documents in parallel, and writes the reports. One
 * document's failure is its own result; the batch always runs to the end.
 */
public final class BatchRunner {

    private final Engines engines;
    private final int jobs;
    private final Clock clock;

    public BatchRunner(Engines engines, int jobs, Clock clock) {
        this.engines = engines;
        this.jobs = Math.max(1, jobs);
        this.clock = clock;
    }

    /**
     * @param onDocument called (from worker threads) as each document finishes, for progress display
     */
    public BatchReport run(List<Path> inputs, Path output, Consumer<DocumentResult> onDocument)
            throws IOException, InterruptedException {
        Instant started = clock.instant();
        List<SourceDocument> documents = new InputCollector().collect(inputs, output);
        OutputLayout layout = new OutputLayout(output, documents);
        Files.createDirectories(layout.stateFolder());
        DocumentPipeline pipeline = engines.pipeline(layout);

        // On Ctrl-C the JVM exits (status 130) without finishing the batch: no half-written file may stay behind.
        Thread cleanupOnInterrupt = new Thread(() -> {
            try {
                cleanScratch(layout);
            } catch (IOException ignored) {
                // best effort while the JVM is going down; the next run cleans up too
            }
        }, "earchive-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnInterrupt);
        List<DocumentResult> results;
        try {
            results = convertAll(documents, pipeline, onDocument);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanupOnInterrupt);
        }
        cleanScratch(layout);
        BatchReport report = new BatchReport(engines.producer(), started, clock.instant(), results);
        new ReportWriter().write(report, layout.stateFolder());
        return report;
    }

    private List<DocumentResult> convertAll(List<SourceDocument> documents, DocumentPipeline pipeline,
                                            Consumer<DocumentResult> onDocument) throws InterruptedException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "earchive-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (SourceDocument document : documents) {
                futures.add(workers.submit(() -> {
                    DocumentResult result = pipeline.process(document);
                    onDocument.accept(result);
                    return result;
                }));
            }
            List<DocumentResult> results = new ArrayList<>(documents.size());
            for (Future<DocumentResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    // process() catches everything a document can throw; reaching here is a bug in earchive
                    throw new IllegalStateException("a document worker failed unexpectedly", e.getCause());
                }
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Scratch files are deleted by their workers; the folder goes too once the batch is over. */
    private static void cleanScratch(OutputLayout layout) throws IOException {
        Path scratch = layout.stateFolder().resolve("tmp");
        if (Files.isDirectory(scratch)) {
            try (var leftovers = Files.list(scratch)) {
                for (Path leftover : leftovers.toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }
}
