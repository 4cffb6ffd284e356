package org.earchive.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work done in parallel, results handed on in input order as they come: a window of items in flight (four per
 * thread), so a long walk neither waits for the slowest file before printing anything nor holds every result.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * Applies {@code work} to each item on {@code threads} threads and gives each result to {@code consumer} on
     * the calling thread, in the items' order.
     *
     * @throws IllegalStateException when {@code work} throws: it is expected to turn trouble into its result
     */
    public static <T, R> void map(Iterable<T> items, int threads, Function<T, R> work, Consumer<R> consumer)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            for (T item : items) {
                inFlight.add(workers.submit(() -> work.apply(item)));
                if (inFlight.size() >= threads * 4) {
                    consumer.accept(next(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                consumer.accept(next(inFlight));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> inFlight) throws InterruptedException {
        try {
            return inFlight.poll().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("work failed outside its own error handling", e.getCause());
        }
    }
}
