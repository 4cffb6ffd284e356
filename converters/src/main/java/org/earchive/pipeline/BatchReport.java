package org.earchive.pipeline;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.earchive.core.DocumentStatus;

/** The outcome of one {@code convert} run: every document's result, in input order. */
public record BatchReport(String tool, Instant started, Instant finished, List<DocumentResult> documents) {

    public BatchReport {
        documents = List.copyOf(documents);
    }

    public Map<DocumentStatus, Integer> countByStatus() {
        Map<DocumentStatus, Integer> counts = new EnumMap<>(DocumentStatus.class);
        for (DocumentResult document : documents) {
            counts.merge(document.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** Documents whose earlier result was carried over because nothing had changed. */
    public int unchanged() {
        return (int) documents.stream().filter(DocumentResult::unchanged).count();
    }

    /** True when no document needs a person's attention (skipped clutter does not). */
    public boolean allConverted() {
        return documents.stream().allMatch(d -> d.status().isSuccess());
    }

    public int pages() {
        return documents.stream().mapToInt(DocumentResult::pages).sum();
    }
}
