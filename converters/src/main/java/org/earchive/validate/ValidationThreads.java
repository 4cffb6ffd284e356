package org.earchive.validate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.verapdf.containers.StaticCoreContainers;
import org.verapdf.gf.model.impl.containers.StaticContainers;
import org.verapdf.tools.StaticResources;
import org.verapdf.xmp.containers.StaticXmpCoreContainers;

/**
 * The threads veraPDF validates on, owned by the process rather than by a run. veraPDF compiles each rule's
 * JavaScript test (Rhino, into JVM classes the JIT then compiles again) the first time a thread meets it, and keeps it
 * for that thread only. A run's document threads are new, so every run paid for those compilations again; in a warm
 * worker ({@code earchive worker}) that was a third of a one-PDF job's own CPU (docs/cost.md, tenth session). These
 * threads outlive the run that started them, so a worker's next job finds its rules compiled.
 *
 * <p>A validation runs exactly as it did on the document's thread: the same validator, profile and file, the caller
 * waiting for its verdict. As before, veraPDF cannot be stopped half-way: a document given up (its time limit) waits
 * for it and then sees its interruption.
 */
final class ValidationThreads {

    /**
     * How long an idle thread waits for the next validation: as long as a worker waits for its next job by default.
     * Daemon threads: they never keep a JVM alive.
     */
    private static final long IDLE_MINUTES = 30;

    private static final AtomicInteger NUMBER = new AtomicInteger();

    /**
     * No queue: a validation takes an idle thread, the one idle the shortest (so a few threads do the work and keep
     * their rules), or a new thread when all are busy; as many run at once as documents are being converted.
     */
    private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_MINUTES,
            TimeUnit.MINUTES, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "earchive-verapdf-" + NUMBER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private ValidationThreads() {
    }

    /** {@code validation} on one of these threads; its result, or what it threw, as if it had run here. */
    static <T> T run(Supplier<T> validation) {
        Future<T> running = THREADS.submit(() -> {
            try {
                return validation.get();
            } finally {
                forgetTheDocument();
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * veraPDF keeps the document it parsed last (its objects, fonts, colour spaces) in thread-locals, cleared only when
     * the thread parses the next one: an idle thread would hold it in memory for as long as it waits.
     */
    private static void forgetTheDocument() {
        StaticContainers.clearAllContainers();
        StaticCoreContainers.clearAllContainers();
        StaticResources.clear();
        StaticXmpCoreContainers.clearAllContainers();
    }

    /** Threads started so far (for tests). */
    static int started() {
        return NUMBER.get();
    }
}
