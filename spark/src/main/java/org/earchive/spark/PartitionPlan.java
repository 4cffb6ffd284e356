package org.earchive.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * How the documents are cut into Spark tasks. Time per document grows with its size (pages to lay out or OCR), so
 * tasks are filled up to a byte budget of about one {@link #TASKS_PER_SLOT}-th of a slot's share: a 500-page scan
 * takes a task of its own rather than sitting in front of 200 letters, and there are enough tasks for Spark to keep
 * every core busy to the end. A task holds at most {@link #MAX_DOCUMENTS} documents, so a retried task redoes little.
 */
final class PartitionPlan {

    static final int TASKS_PER_SLOT = 8;
    static final int MAX_DOCUMENTS = 50;
    private static final long MIN_BUDGET_BYTES = 256 * 1024;

    private PartitionPlan() {
    }

    /** @param slots tasks Spark runs at once (its default parallelism) */
    static List<List<InputFile>> pack(List<InputFile> documents, int slots) {
        long total = documents.stream().mapToLong(d -> Math.max(0, d.size())).sum();
        int wanted = Math.max(1, slots) * TASKS_PER_SLOT;
        long budget = Math.max(MIN_BUDGET_BYTES, total / wanted);
        int perTask = Math.max(1, Math.min(MAX_DOCUMENTS, (documents.size() + wanted - 1) / wanted));
        List<List<InputFile>> tasks = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long bytes = 0;
        for (InputFile document : documents) {
            long size = Math.max(0, document.size());
            if (!current.isEmpty() && (current.size() >= perTask || bytes + size > budget)) {
                tasks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(document);
            bytes += size;
        }
        if (!current.isEmpty()) {
            tasks.add(current);
        }
        return tasks;
    }
}
