package org.earchive.pipeline;

import java.util.List;

/** What a front end hears while a batch runs, for progress bars and event logs. Called from worker threads. */
public interface BatchListener {

    /** Once, after the walk: every entry the report will list, skipped ones included. */
    default void planned(List<SourceDocument> entries) {
    }

    /** A document's conversion begins (not called for inputs carried over unchanged, or skipped). */
    default void started(SourceDocument document) {
    }

    /** Every entry ends here exactly once, whatever became of it. */
    default void finished(DocumentResult result) {
    }

    /**
     * An e-mail's attachment, converted as a document of its own with its message (and reported after it), ends
     * here; it is not one of the planned entries. By default it is heard as any finished document.
     */
    default void partFinished(DocumentResult result) {
        finished(result);
    }

    /** Tells each listener in turn. */
    static BatchListener all(List<? extends BatchListener> listeners) {
        List<BatchListener> each = List.copyOf(listeners);
        return new BatchListener() {
            @Override
            public void planned(List<SourceDocument> entries) {
                each.forEach(l -> l.planned(entries));
            }

            @Override
            public void started(SourceDocument document) {
                each.forEach(l -> l.started(document));
            }

            @Override
            public void finished(DocumentResult result) {
                each.forEach(l -> l.finished(result));
            }

            @Override
            public void partFinished(DocumentResult result) {
                each.forEach(l -> l.partFinished(result));
            }
        };
    }
}
