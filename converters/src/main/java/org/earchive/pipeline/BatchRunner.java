package org.earchive.pipeline;

import org.earchive.core.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.earchive.core.AtomicFiles;
import org.earchive.core.Cancellation;
import org.earchive.core.DocumentStatus;

/**
 * Converts a set of inputs into an output folder, documents in parallel, and tells its listener (which writes
 * the reports the front end asked for) what happened. One
 * document's failure is its own result; the batch always runs to the end, unless the output itself fails
 * (disk full), when it stops cleanly with the journal intact.
 *
 * <p>A run holds {@link OutputLock} on the output, so two runs never write one folder. Each finished
 * document is journaled ({@link Journal}) the moment it is placed, so a run that is killed and started again
 * carries the finished documents over and converts only the rest.
 */
public final class BatchRunner {

    private static final long ABANDONED_GRACE_SECONDS = 10;

    private final Engines engines;
    private final BatchOptions options;
    private final Clock clock;

    public BatchRunner(Engines engines, int jobs, Clock clock) {
        this(engines, BatchOptions.defaults(jobs), clock);
    }

    public BatchRunner(Engines engines, BatchOptions options, Clock clock) {
        this.engines = engines;
        this.options = options;
        this.clock = clock;
    }

    /** @param onDocument called (from worker threads) as each document finishes */
    public BatchReport run(List<Path> inputs, Path output, Consumer<DocumentResult> onDocument)
            throws IOException, InterruptedException {
        return run(inputs, output, new BatchListener() {
            @Override
            public void finished(DocumentResult result) {
                onDocument.accept(result);
            }
        });
    }

    /** @throws OutputBusyException when another run holds the output, or the output disk fails or fills up */
    public BatchReport run(List<Path> inputs, Path output, BatchListener listener) throws IOException, InterruptedException {
        return run(inputs, output, listener, StopRequest.never());
    }

    /**
     * As {@link #run(List, Path, BatchListener)}; once {@code stop} is requested no further document starts, and the
     * report, written as usual, lists what was finished and says the run was stopped.
     */
    public BatchReport run(List<Path> inputs, Path output, BatchListener listener, StopRequest stop)
            throws IOException, InterruptedException {
        Instant started = clock.instant();
        List<SourceDocument> entries = new InputCollector().walk(inputs, output, options.filter());
        OutputLayout layout = new OutputLayout(output, entries);
        boolean reserved = false; // only once this run holds the lock: the reserve of a run that does is its own
        try (OutputLock lock = lock(layout)) {
            cleanScratch(layout); // what a killed run left behind
            SpaceReserve.take(layout.stateFolder());
            reserved = true;
            List<DocumentResult> results;
            IOException outputFailure;
            Map<String, String> outputSha256 = new java.util.HashMap<>();
            try (Journal journal = Journal.open(layout.stateFolder())) {
                listener.planned(entries);
                // before any document's clock starts
                engines.prepareFor(entries.stream().filter(entry -> !entry.isSkipped()).toList());
                DocumentJob job = new DocumentJob(layout, engines.pipeline(layout), journal, engines.fingerprint(),
                        options.force());
                Batch batch = new Batch(job, journal, layout, listener, stop);
                results = whileCleaningUpOnExit(layout, () -> batch.runAll(entries));
                outputFailure = batch.outputFailure.get();
                for (DocumentResult result : results) {
                    JournalEntry entry = journal.previous(result.source());
                    if (entry != null) {
                        entry.outputs().forEach(o -> outputSha256.put(o.path(), o.sha256()));
                    }
                }
            } catch (IOException e) {
                throw e instanceof OutputBusyException ? e : new OutputBusyException(
                        "The output folder stopped taking writes (" + e.getMessage() + "); earchive stopped. Documents"
                                + " finished so far are kept; run the same command again once this is fixed.", e);
            }
            java.util.Set<String> reached = new java.util.HashSet<>();
            results.forEach(result -> reached.add(result.source()));
            int notReached = (int) entries.stream().filter(entry -> !reached.contains(entry.displayPath())).count();
            BatchReport report = new BatchReport(engines.producer(), started, clock.instant(), results, notReached);
            try {
                cleanScratch(layout);
                SpaceReserve.release(layout.stateFolder()); // room for the reports, even on a disk filled meanwhile
                listener.batchFinished(report, outputSha256, layout.stateFolder());
            } catch (IOException e) {
                throw new OutputBusyException((outputFailure == null ? "" : outputFailure.getMessage() + " ")
                        + "The reports could not be written to " + layout.stateFolder() + " ("
                        + e.getMessage() + "); the PDFs and the journal are complete: run the same command again"
                        + " once the disk takes writes, to write them.", e);
            }
            if (outputFailure != null) {
                // the documents finished are kept and reported; the run itself could not go on
                String stopped = outputFailure instanceof OutputBusyException ? outputFailure.getMessage()
                        : "The output folder stopped taking writes (" + outputFailure.getMessage() + "); earchive stopped."
                                + " Documents finished so far are kept; run the same command again once this is fixed.";
                throw new OutputBusyException(stopped + " The report of what was done is in "
                        + layout.stateFolder().resolve("report.html") + ".", outputFailure);
            }
            return report;
        } finally {
            if (reserved) {
                SpaceReserve.release(layout.stateFolder()); // however the run ended
            }
        }
    }

    private static OutputLock lock(OutputLayout layout) throws OutputBusyException {
        try {
            return OutputLock.acquire(layout.stateFolder());
        } catch (OutputBusyException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputBusyException("earchive cannot write its state folder " + layout.stateFolder() + " ("
                    + e.getMessage() + ").", e);
        }
    }

    private interface BatchWork {
        List<DocumentResult> run() throws IOException, InterruptedException;
    }

    /** On Ctrl-C the JVM exits (status 130) without finishing the batch: no half-written file may stay behind. */
    private static List<DocumentResult> whileCleaningUpOnExit(OutputLayout layout, BatchWork work)
            throws IOException, InterruptedException {
        Thread cleanupOnInterrupt = new Thread(() -> {
            try {
                cleanScratch(layout);
            } catch (IOException ignored) {
                // best effort while the JVM is going down; the next run cleans up too
            }
        }, "earchive-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnInterrupt);
        try {
            return work.run();
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanupOnInterrupt);
        }
    }

    /**
     * Runs the documents with at most {@code jobs} at once (so the queue of waiting work is bounded by the
     * permits, not by the batch size), each on its own thread so that one past its time limit can be given up
     * and its place taken by the next. Java cannot kill a thread: a document given up is interrupted and left
     * to die; if it still finishes, what it wrote is removed.
     */
    private final class Batch {
        private final DocumentJob job;
        private final Journal journal;
        private final OutputLayout layout;
        private final BatchListener listener;
        private final StopRequest stop;
        private final Semaphore slots = new Semaphore(options.jobs());
        private final AtomicReference<IOException> outputFailure = new AtomicReference<>();

        Batch(DocumentJob job, Journal journal, OutputLayout layout, BatchListener listener, StopRequest stop) {
            this.job = job;
            this.journal = journal;
            this.layout = layout;
            this.listener = listener;
            this.stop = stop;
        }

        List<DocumentResult> runAll(List<SourceDocument> entries) throws IOException, InterruptedException {
            ExecutorService threads = Executors.newCachedThreadPool(daemonThreads("earchive-worker-"));
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("earchive-watchdog-"));
            List<CompletableFuture<List<DocumentResult>>> results = new ArrayList<>(entries.size());
            try {
                for (SourceDocument entry : entries) {
                    if (entry.isSkipped()) {
                        DocumentResult skipped = DocumentResult.of(entry, DocumentStatus.SKIPPED, entry.skipReason(), 0);
                        listener.finished(skipped);
                        results.add(CompletableFuture.completedFuture(List.of(skipped)));
                        continue;
                    }
                    slots.acquire();
                    if (stop.requested()) {
                        slots.release();
                        break;
                    }
                    if (outputFailure.get() == null) {
                        checkFreeSpace(entry);
                    }
                    if (outputFailure.get() != null) {
                        slots.release();
                        break;
                    }
                    results.add(start(entry, threads, watchdog));
                }
                slots.acquire(options.jobs()); // every document started has finished or been given up
            } finally {
                watchdog.shutdownNow();
                threads.shutdownNow();
                // Documents given up on are interrupted; most stop (or finish) within moments, and their cleanup
                // (removing what they wrote) should happen before the JVM exits, not be cut off by it.
                threads.awaitTermination(ABANDONED_GRACE_SECONDS, TimeUnit.SECONDS);
            }
            // an e-mail's attachments are listed right after it; an output failure is the caller's to report after them
            return results.stream().flatMap(result -> result.join().stream()).toList();
        }

        private CompletableFuture<List<DocumentResult>> start(SourceDocument document, ExecutorService threads,
                                                        ScheduledExecutorService watchdog) {
            CompletableFuture<DocumentJob.Finished> outcome = new CompletableFuture<>();
            long startedNanos = System.nanoTime();
            Cancellation cancellation = new Cancellation();
            Future<?> running = threads.submit(() -> {
                cancellation.bindToThisThread();
                try {
                    DocumentJob.Finished finished = job.run(document, listener);
                    if (!outcome.complete(finished)) {
                        job.discardLate(finished.results());
                    }
                } finally {
                    Cancellation.release();
                }
            });
            // each part of the document (an attachment, a member) has the whole limit, as every row of the report
            long limitNanos = options.timeout().toNanos();
            AtomicReference<ScheduledFuture<?>> alarm = new AtomicReference<>();
            Runnable ring = new Runnable() {
                @Override
                public void run() {
                    long left = limitNanos - cancellation.nanosOnCurrentPart();
                    if (left > 0) {
                        alarm.set(watchdog.schedule(this, left, TimeUnit.NANOSECONDS));
                    } else if (outcome.complete(timedOut(document, startedNanos))) {
                        cancellation.giveUp();
                        running.cancel(true);
                    }
                }
            };
            alarm.set(watchdog.schedule(ring, limitNanos, TimeUnit.NANOSECONDS));
            return outcome.thenApply(finished -> {
                alarm.get().cancel(false);
                try {
                    if (finished.entry() != null) {
                        journal.record(finished.entry());
                    }
                } catch (IOException e) {
                    outputFailure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
                if (finished.results().stream().anyMatch(result -> result.status() == DocumentStatus.DISK_FULL)) {
                    outputFailure.compareAndSet(null, new OutputBusyException("The output disk filled up while "
                            + document.displayPath() + " was written: earchive stopped starting documents; those finished"
                            + " so far are kept. Free some space and run the same command again to convert the rest."));
                }
                listener.finished(finished.result());
                finished.parts().forEach(listener::partFinished);
                return finished.results();
            });
        }

        private DocumentJob.Finished timedOut(SourceDocument document, long startedNanos) {
            DocumentResult result = DocumentResult.timedOut(document, options.timeout(),
                    (System.nanoTime() - startedNanos) / 1_000_000);
            return new DocumentJob.Finished(List.of(result), job.entry(document, DocumentJob.attributes(document.path()),
                    List.of(result), List.of()));
        }

        /** Stop before a full disk makes every remaining document fail one after another. */
        private void checkFreeSpace(SourceDocument document) {
            try {
                long free = Files.getFileStore(layout.stateFolder()).getUsableSpace();
                long needed = options.reserveBytes() + 2 * Math.max(0, Files.size(document.path()));
                if (free < needed) {
                    outputFailure.compareAndSet(null, new OutputBusyException("The output disk is full: "
                            + megabytes(free) + " free, and earchive keeps at least " + megabytes(needed) + " free for the"
                            + " next document (" + document.displayPath() + "). It stopped; the documents finished"
                            + " so far are kept. Free some space and run the same command again to convert the rest."));
                }
            } catch (IOException unknown) {
                // the input's size or the disk's space cannot be read: let the document report its own trouble
            }
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    static String describe(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return (seconds / 60) + " minute" + (seconds == 60 ? "" : "s");
        }
        return seconds >= 1 ? seconds + " second" + (seconds == 1 ? "" : "s") : duration.toMillis() + " ms";
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Scratch files left by a killed run, and reports cut short while being written. */
    private static void cleanScratch(OutputLayout layout) throws IOException {
        Path scratch = layout.stateFolder().resolve("tmp");
        // attachments being converted sit in folders of their own there
        Folders.delete(scratch);
        AtomicFiles.removeUnfinished(layout.stateFolder());
    }
}
