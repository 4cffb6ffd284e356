package org.earchive.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code convert --dry-run} would do, worked out without writing anything.
 *
 * @param entries every input the walk found, in report order
 */
public record BatchPlan(List<Entry> entries) {

    /** What would happen to one input. */
    public enum Action {
        /** new: no earlier run has seen it */
        CONVERT,
        /** an earlier run failed on it, or it or its output changed since, or --force */
        CONVERT_AGAIN,
        /** an earlier run converted it and nothing has changed: carried over */
        UNCHANGED,
        /** not a record (clutter, a link out of the input): listed, not converted */
        SKIP;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param mime   detected media type, or null when skipped or unreadable
     * @param reason why it is skipped or converted again, what becomes of a container, or null
     */
    public record Entry(String source, Action action, String mime, String reason) {
    }

    public BatchPlan {
        entries = List.copyOf(entries);
    }

    public Map<Action, Integer> countByAction() {
        Map<Action, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.action(), 1, Integer::sum));
        return counts;
    }

    /** Documents by media type ("unreadable" when the type could not be read), skipped entries left out. */
    public Map<String, Integer> countByType() {
        Map<String, Integer> counts = new TreeMap<>();
        entries.stream().filter(e -> e.action() != Action.SKIP)
                .forEach(e -> counts.merge(e.mime() == null ? "unreadable" : e.mime(), 1, Integer::sum));
        return counts;
    }
}
