package org.earchive.pipeline;

import java.time.Duration;
import org.earchive.core.Cancellation;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One document converted within a time limit, for front ends that schedule documents themselves (a Spark task): past
 * the limit it is given up as the batch gives one up — status {@code timeout}, the caller goes on — its thread is
 * interrupted, and whatever it still writes afterwards is removed, so no output of a given-up document remains.
 */
final class TimedConversion {

    /** Daemon threads: a document that ignores its interruption never keeps the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "earchive-timed-document");
        thread.setDaemon(true);
        return thread;
    });

    private TimedConversion() {
    }

    static List<DocumentResult> run(DocumentPipeline pipeline, OutputLayout layout, SourceDocument document,
                                    Duration limit) {
        long started = System.nanoTime();
        // whoever claims the document first decides: the conversion (its results count) or the clock (they do not)
        AtomicBoolean claimed = new AtomicBoolean();
        Cancellation cancellation = new Cancellation();
        Future<List<DocumentResult>> running = WORKERS.submit(() -> {
            cancellation.bindToThisThread();
            try {
                List<DocumentResult> results = pipeline.processWithParts(document);
                if (!claimed.compareAndSet(false, true)) {
                    layout.removeOutputs(results);
                }
                return results;
            } finally {
                Cancellation.release();
            }
        });
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (!claimed.compareAndSet(false, true)) {
                return finished(running);
            }
            cancellation.giveUp();
            running.cancel(true);
            return List.of(DocumentResult.timedOut(document, limit, (System.nanoTime() - started) / 1_000_000));
        } catch (InterruptedException e) {
            claimed.set(true);
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + document.displayPath(), e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
    }

    /** The results of a conversion that claimed the document just before the clock did. */
    private static List<DocumentResult> finished(Future<List<DocumentResult>> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }
}
