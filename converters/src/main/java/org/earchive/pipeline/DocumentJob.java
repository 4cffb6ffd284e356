package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earchive.convert.DocumentStatus;
import org.earchive.io.Fixity;
import org.earchive.report.Thumbnails;

/**
 * One input's turn in a batch, around the {@link DocumentPipeline}: carry an earlier result over when nothing
 * has changed; otherwise convert, prove the input was not changed meanwhile, hash what was written, and remove
 * what an earlier run wrote for this input that the new result no longer names. Returns what the journal must
 * record; the batch records it (once, even when the document times out).
 */
final class DocumentJob {

    /** @param entry the journal line to append, or null when an earlier line still stands */
    record Finished(DocumentResult result, JournalEntry entry) {
    }

    private final OutputLayout layout;
    private final DocumentPipeline pipeline;
    private final Journal journal;
    private final String options;
    private final boolean force;

    DocumentJob(OutputLayout layout, DocumentPipeline pipeline, Journal journal, String options, boolean force) {
        this.layout = layout;
        this.pipeline = pipeline;
        this.journal = journal;
        this.options = options;
        this.force = force;
    }

    /** Never throws for a document's own trouble: that becomes its result. */
    Finished run(SourceDocument document, BatchListener listener) {
        JournalEntry previous = journal.previous(document.displayPath());
        BasicFileAttributes before = attributes(document.path());
        if (!force && before != null && PreviousRun.stillStands(previous, document, options, layout)) {
            return new Finished(previous.result().carriedOver(), null);
        }
        listener.started(document);
        DocumentResult result = pipeline.process(document);
        result = checkInputUnchanged(document, result);
        List<JournalEntry.Output> outputs = hashOutputs(result);
        if (outputs == null) {
            result = result.failedAs(DocumentStatus.FAILED, "The PDF was written but could not be read back to record"
                    + " its checksum; run again.");
            removeOutputs(result.outputs());
            outputs = List.of();
        }
        removeSuperseded(previous, result);
        for (JournalEntry.Output output : outputs) {
            Thumbnails.render(layout.outputRoot().resolve(output.path()), output.sha256(), layout.stateFolder());
        }
        return new Finished(result, entry(document, before, result, outputs));
    }

    /** A result that arrived after its document was given up (timeout): what it wrote must not stay. */
    void discardLate(DocumentResult late) {
        removeOutputs(late.outputs());
    }

    JournalEntry entry(SourceDocument document, BasicFileAttributes before, DocumentResult result,
                       List<JournalEntry.Output> outputs) {
        return new JournalEntry(document.displayPath(), before == null ? -1 : before.size(),
                before == null ? null : before.lastModifiedTime().toInstant().toString(), result.sourceSha256(), options,
                result.status().id(), outputs, result, Instant.now().toString());
    }

    static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Inputs are read-only to earchive; one that changed under it gets no PDF that no longer matches it. */
    private DocumentResult checkInputUnchanged(SourceDocument document, DocumentResult result) {
        if (result.sourceSha256() == null) {
            return result;
        }
        String after;
        try {
            after = Fixity.sha256(document.path());
        } catch (IOException e) {
            after = "unreadable";
        }
        if (after.equals(result.sourceSha256())) {
            return result;
        }
        removeOutputs(result.outputs());
        return result.failedAs(DocumentStatus.INPUT_CHANGED, "The file changed while it was being converted (someone"
                + " or something wrote to it), so no PDF is kept; run again once nothing is writing to it.");
    }

    /** @return null when an output cannot be read back */
    private List<JournalEntry.Output> hashOutputs(DocumentResult result) {
        List<JournalEntry.Output> outputs = new ArrayList<>();
        for (String output : result.outputs()) {
            try {
                outputs.add(new JournalEntry.Output(output, Fixity.sha256(layout.outputRoot().resolve(output))));
            } catch (IOException e) {
                return null;
            }
        }
        return outputs;
    }

    /**
     * An earlier run's output that this result does not name any more (the input now fails, or its name
     * changed) is removed, so the folder matches the report; but only if it still has the bytes earchive wrote,
     * never a file someone has since replaced.
     */
    private void removeSuperseded(JournalEntry previous, DocumentResult result) {
        if (previous == null) {
            return;
        }
        for (JournalEntry.Output old : previous.outputs()) {
            if (result.outputs().contains(old.path())) {
                continue;
            }
            Path file = layout.outputRoot().resolve(old.path());
            try {
                if (Files.isRegularFile(file) && Fixity.sha256(file).equals(old.sha256())) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                // left in place: the report names the outputs that count
            }
        }
    }

    private void removeOutputs(List<String> outputs) {
        for (String output : outputs) {
            try {
                Files.deleteIfExists(layout.outputRoot().resolve(output));
            } catch (IOException e) {
                // the journal does not name it, so the next run neither trusts nor keeps it
            }
        }
    }
}
