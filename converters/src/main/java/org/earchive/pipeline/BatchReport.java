package org.earchive.pipeline;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.earchive.core.DocumentStatus;

/**
 * The outcome of one {@code convert} run: every document's result, in input order.
 *
 * @param notReached documents a stopped run did not start (Ctrl-C, SIGTERM): the next run converts them; 0 when the
 *                   run went to its end
 */
public record BatchReport(String tool, Instant started, Instant finished, List<DocumentResult> documents,
                          int notReached) {

    public BatchReport {
        documents = List.copyOf(documents);
    }

    public BatchReport(String tool, Instant started, Instant finished, List<DocumentResult> documents) {
        this(tool, started, finished, documents, 0);
    }

    /** True when the run was stopped before it reached every document. */
    public boolean stopped() {
        return notReached > 0;
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

    /** True when no document needs a person's attention (skipped clutter does not), and none was left for later. */
    public boolean allConverted() {
        return notReached == 0 && documents.stream().allMatch(d -> d.status().isSuccess());
    }

    public int pages() {
        return documents.stream().mapToInt(DocumentResult::pages).sum();
    }
}
