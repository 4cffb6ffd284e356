package org.earchive.convert.office;

import java.util.List;
import java.util.TreeSet;

/**
 * What a copy made for Tika found on the way: the document's tracked changes (how many, by whom, on which days) and
 * whether anything else was left out of it.
 */
final class ChangeTally {

    private int count;
    private boolean altered;
    private final TreeSet<String> authors = new TreeSet<>();
    private final TreeSet<String> days = new TreeSet<>();

    /** One change by AUTHOR on DATE (an ISO date and time; either may be null). */
    void add(String author, String date) {
        count++;
        if (author != null && !author.isBlank()) {
            authors.add(author.strip());
        }
        if (date != null && date.strip().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            days.add(date.strip().substring(0, 10));
        }
    }

    /** Something not printed was left out of the copy. */
    void altered() {
        altered = true;
    }

    /** Whether the copy differs from the original in anything. */
    boolean differs() {
        return count > 0 || altered;
    }

    TrackedChanges changes(boolean shown) {
        return count == 0 ? TrackedChanges.NONE : new TrackedChanges(count, List.copyOf(authors),
                days.isEmpty() ? "" : days.first(), days.isEmpty() ? "" : days.last(),
                shown ? TrackedChanges.Page.MARKED : TrackedChanges.Page.HIDDEN);
    }
}
