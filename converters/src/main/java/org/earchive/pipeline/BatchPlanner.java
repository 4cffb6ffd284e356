package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earchive.unpack.Containers;

/**
 * {@code convert --dry-run}: what a {@link BatchRunner} with the same options would do, worked out without
 * writing anything (not the output folder, not the lock, not the journal): the same walk, the same layout, the
 * same test of an earlier result as a real run, and each document's media type.
 */
public final class BatchPlanner {

    private final Engines engines;
    private final BatchOptions options;

    public BatchPlanner(Engines engines, BatchOptions options) {
        this.engines = engines;
        this.options = options;
    }

    public BatchPlan plan(List<Path> inputs, Path output) throws IOException {
        List<SourceDocument> entries = new InputCollector().walk(inputs, output, options.filter());
        OutputLayout layout = new OutputLayout(output, entries);
        Map<String, JournalEntry> journal = Files.isDirectory(layout.stateFolder())
                ? Journal.read(layout.stateFolder()) : Map.of();
        String fingerprint = engines.fingerprint();
        List<BatchPlan.Entry> planned = new ArrayList<>();
        for (SourceDocument entry : entries) {
            JournalEntry previous = entry.isSkipped() ? null : journal.get(entry.displayPath());
            boolean stands = previous != null && !options.force()
                    && PreviousRun.stillStands(previous, entry, fingerprint, layout);
            planned.add(entry(entry, previous, options.force(), stands));
        }
        return new BatchPlan(planned);
    }

    /**
     * What a run would do with one entry, given what the journal says of it.
     *
     * @param previous the journal's line for it, or null
     * @param force    {@code --force}: convert again whatever the journal says
     * @param stands   whether {@code previous} still stands (same bytes, same settings, outputs as written)
     */
    public BatchPlan.Entry entry(SourceDocument entry, JournalEntry previous, boolean force, boolean stands) {
        if (entry.isSkipped()) {
            return new BatchPlan.Entry(entry.displayPath(), BatchPlan.Action.SKIP, null, entry.skipReason());
        }
        BatchPlan.Action action;
        String reason = null;
        if (previous == null) {
            action = BatchPlan.Action.CONVERT;
        } else if (!force && stands) {
            action = BatchPlan.Action.UNCHANGED;
        } else {
            action = BatchPlan.Action.CONVERT_AGAIN;
            reason = force ? "--force" : previous.result() != null && !previous.result().status().isSuccess()
                    ? "last run: " + previous.status() : "the file, its PDF or earchive changed since the last run";
        }
        String mime = mediaType(entry);
        if (reason == null && action == BatchPlan.Action.CONVERT && mime != null && Containers.isContainer(mime)) {
            reason = "A " + Containers.what(mime) + ": what it holds is taken out and each converted as a document of"
                    + " its own (earchive detect lists them).";
        }
        return new BatchPlan.Entry(entry.displayPath(), action, mime, reason);
    }

    /** null when the file cannot be read; the real run reports why. */
    private String mediaType(SourceDocument entry) {
        try {
            return engines.detector().detect(entry.path()).mime();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
