package org.earchive.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a front end hears while a batch runs, for progress bars, event logs and the reports. Called from worker
 * threads, except {@link #batchFinished}.
 */
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

    /**
     * A converted document's files are in place, before it is journaled: the PDF first, then what was written
     * beside it and an e-mail's attachments' files, each with the SHA-256 the journal records. Not called for
     * inputs carried over unchanged; a document given up for its time limit that still finishes late may be heard
     * here, its files removed right after. Work done here (a thumbnail) is best effort: it must not throw.
     *
     * @param stateFolder the output's {@code .earchive} folder, where the reports and what they need are kept
     */
    default void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder) {
    }

    /**
     * The same, with the first page of each PDF as its converter still held it in memory (by the output's path, as in
     * {@code outputs}; a scan's page image, stored sample for sample), so that its thumbnail need not decode the page
     * again. By default heard as the call without them.
     */
    default void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder,
                        Map<String, BufferedImage> firstPages) {
        placed(document, outputs, stateFolder);
    }

    /**
     * Once, when every document has finished and is journaled, on the thread that ran the batch: the place for
     * reports. A failure here does not undo the batch: the run ends as an output that could not be written.
     *
     * @param outputSha256 each output's SHA-256 by its path relative to the output folder, carried-over ones too
     * @param stateFolder  the output's {@code .earchive} folder
     */
    default void batchFinished(BatchReport report, Map<String, String> outputSha256, Path stateFolder) throws IOException {
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

            @Override
            public void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder) {
                each.forEach(l -> l.placed(document, outputs, stateFolder));
            }

            @Override
            public void placed(SourceDocument document, List<JournalEntry.Output> outputs, Path stateFolder,
                               Map<String, BufferedImage> firstPages) {
                each.forEach(l -> l.placed(document, outputs, stateFolder, firstPages));
            }

            @Override
            public void batchFinished(BatchReport report, Map<String, String> outputSha256, Path stateFolder)
                    throws IOException {
                for (BatchListener listener : each) {
                    listener.batchFinished(report, outputSha256, stateFolder);
                }
            }
        };
    }
}
