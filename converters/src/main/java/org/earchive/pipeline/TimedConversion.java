package org.earchive.pipeline;

import java.time.Duration;
import org.earchive.core.Cancellation;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        return within(limit, document.displayPath(), () -> pipeline.processWithParts(document), layout::removeOutputs,
                () -> List.of(DocumentResult.timedOut(document, limit, (System.nanoTime() - started) / 1_000_000)));
    }

    /**
     * {@code work} on a thread of its own, given up after {@code limit} — counted, as the batch counts it, from the
     * start of the part now running: an e-mail's attachments and an archive's members each have the whole limit
     * ({@link Cancellation#restartClock()}), so a mailbox of fifty quick messages is not given up as one slow one.
     *
     * @param what        the document, as an interruption names it
     * @param discardLate what to do with results that come in after the clock gave the work up
     * @param givenUp     the results to report for work given up
     */
    static <T> T within(Duration limit, String what, Callable<T> work, Consumer<T> discardLate, Supplier<T> givenUp) {
        // whoever claims the document first decides: the conversion (its results count) or the clock (they do not)
        AtomicBoolean claimed = new AtomicBoolean();
        Cancellation cancellation = new Cancellation();
        Future<T> running = WORKERS.submit(() -> {
            cancellation.bindToThisThread();
            try {
                T results = work.call();
                if (!claimed.compareAndSet(false, true)) {
                    discardLate.accept(results);
                }
                return results;
            } finally {
                Cancellation.release();
            }
        });
        try {
            while (true) {
                long left = limit.toNanos() - cancellation.nanosOnCurrentPart();
                try {
                    return running.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (limit.toNanos() - cancellation.nanosOnCurrentPart() > 0) {
                        continue; // a part started while we waited: it has a whole limit of its own
                    }
                    if (!claimed.compareAndSet(false, true)) {
                        return finished(running);
                    }
                    cancellation.giveUp();
                    running.cancel(true);
                    return givenUp.get();
                }
            }
        } catch (InterruptedException e) {
            claimed.set(true);
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + what, e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
    }

    /** The results of a conversion that claimed the document just before the clock did. */
    private static <T> T finished(Future<T> running) {
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
