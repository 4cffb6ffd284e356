package org.earchive.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.earchive.api.Earchive;
import org.earchive.pipeline.BatchPlan;
import org.earchive.pipeline.JournalEntry;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.SourceDocument;

/**
 * A dry run's task, on the executor: what {@link DocumentTask} would do with each of its documents, decided the way
 * it decides (the document's bytes and the executor's settings fingerprint against the journal's line, the outputs
 * on the target) and the document's type detected, without converting or writing anything but local scratch.
 */
final class PlanTask extends ExecutorTask<PlanTask.Planned> {

    private static final long serialVersionUID = 1L;

    /** One entry's plan, as it travels back to the driver. */
    record Planned(int index, String action, String mime, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    PlanTask(JobSettings settings, String jobId, Broadcast<ExecutorEarchive.BatchNames> names, String output,
             SerializableConfiguration hadoop) {
        super(settings, jobId, names, output, hadoop);
    }

    @Override
    Planned one(InputFile input, Earchive earchive, OutputLayout layout, FileSystem fs, Path outputRoot) throws IOException {
        return plan(input, earchive, layout, fs, outputRoot);
    }

    private Planned plan(InputFile input, Earchive earchive, OutputLayout layout, FileSystem fs, Path outputRoot)
            throws IOException {
        java.nio.file.Path inFolder = ExecutorEarchive.scratch().resolve("plan-" + UUID.randomUUID());
        java.nio.file.Path copy = inFolder.resolve(input.relative());
        try {
            JournalEntry previous = input.previousJson() == null ? null
                    : DocumentTask.JSON.readValue(input.previousJson(), JournalEntry.class);
            SourceDocument document = new SourceDocument(copy, java.nio.file.Path.of(input.relative()));
            boolean stands = false;
            try {
                DocumentTask.fetch(input, hadoop.value(), copy);
                String expectedPdf = layout.outputRoot().relativize(layout.pdf(document)).toString().replace('\\', '/');
                stands = previous != null && !settings.force()
                        && CarryOver.stands(previous, expectedPdf, copy, earchive.fingerprint(), fs, outputRoot);
            } catch (IOException unreadable) {
                // planned as the CLI plans a file it cannot read: no type, the run says why
            }
            BatchPlan.Entry entry = earchive.planDocument(document, previous, settings.force(), stands);
            return new Planned(input.index(), entry.action().name(), entry.mime(), entry.reason());
        } finally {
            org.earchive.core.Folders.delete(inFolder);
        }
    }
}
