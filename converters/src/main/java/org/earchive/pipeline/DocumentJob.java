package org.earchive.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.core.WrittenFileDigests;

/**
 * One input's turn in a batch, around the {@link DocumentPipeline}: carry an earlier result over when nothing
 * has changed; otherwise convert, prove the input was not changed meanwhile, hash what was written, and remove
 * what an earlier run wrote for this input that the new result no longer names. Returns what the journal must
 * record; the batch records it (once, even when the document times out). An e-mail's attachments are done with
 * it, as one job: one journal line holds the message's result, its attachments' results and all their outputs.
 */
final class DocumentJob {

    /**
     * @param results the input's result, then its attachments' (for an e-mail)
     * @param entry   the journal line to append, or null when an earlier line still stands
     */
    record Finished(List<DocumentResult> results, JournalEntry entry) {
        Finished {
            results = List.copyOf(results);
        }

        DocumentResult result() {
            return results.get(0);
        }

        List<DocumentResult> parts() {
            return results.subList(1, results.size());
        }
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
            List<DocumentResult> carried = new ArrayList<>();
            carried.add(previous.result().carriedOver());
            previous.parts().forEach(part -> carried.add(part.carriedOver()));
            return new Finished(carried, null);
        }
        listener.started(document);
        Map<String, BufferedImage> firstPages = new ConcurrentHashMap<>();
        List<DocumentResult> results = checkInputUnchanged(document, pipeline.processWithParts(document, firstPages));
        List<JournalEntry.Output> outputs = hashOutputs(results);
        if (outputs == null) {
            layout.removeOutputs(results);
            results = List.of(results.get(0).failedAs(DocumentStatus.FAILED, "The PDF was written but could not be"
                    + " read back to record its checksum; run again."));
            outputs = List.of();
        }
        removeSuperseded(previous, outputs);
        listener.placed(document, outputs, layout.stateFolder(), firstPages);
        return new Finished(results, entry(document, before, results, outputs));
    }

    /** Results that arrived after their document was given up (timeout): what they wrote must not stay. */
    void discardLate(List<DocumentResult> late) {
        layout.removeOutputs(late);
    }

    /** @param results the input's result, then its attachments' */
    JournalEntry entry(SourceDocument document, BasicFileAttributes before, List<DocumentResult> results,
                       List<JournalEntry.Output> outputs) {
        DocumentResult result = results.get(0);
        return new JournalEntry(document.displayPath(), before == null ? -1 : before.size(),
                before == null ? null : before.lastModifiedTime().toInstant().toString(), result.sourceSha256(), options,
                result.status().id(), outputs, result, Instant.now().toString(), results.subList(1, results.size()));
    }

    static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Inputs are read-only to earchive; one that changed under it gets no PDF that no longer matches it, and an
     * e-mail that changed keeps none of its attachments either.
     */
    private List<DocumentResult> checkInputUnchanged(SourceDocument document, List<DocumentResult> results) {
        DocumentResult result = results.get(0);
        if (result.sourceSha256() == null) {
            return results;
        }
        String after;
        try {
            after = Fixity.sha256(document.path());
        } catch (IOException e) {
            after = "unreadable";
        }
        if (after.equals(result.sourceSha256())) {
            return results;
        }
        layout.removeOutputs(results);
        return List.of(result.failedAs(DocumentStatus.INPUT_CHANGED, "The file changed while it was being converted (someone"
                + " or something wrote to it), so no PDF is kept; run again once nothing is writing to it."));
    }

    /** @return null when an output cannot be read back */
    private List<JournalEntry.Output> hashOutputs(List<DocumentResult> results) {
        List<JournalEntry.Output> outputs = new ArrayList<>();
        for (String output : results.stream().flatMap(r -> r.outputs().stream()).toList()) {
            try {
                // the PDF's checksum was taken for its PREMIS record a moment ago: read again only if the file changed since
                outputs.add(new JournalEntry.Output(output, WrittenFileDigests.sha256(layout.outputRoot().resolve(output))));
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
    private void removeSuperseded(JournalEntry previous, List<JournalEntry.Output> outputs) {
        if (previous == null) {
            return;
        }
        java.util.Set<String> current = new java.util.HashSet<>();
        outputs.forEach(output -> current.add(output.path()));
        for (JournalEntry.Output old : previous.outputs()) {
            if (current.contains(old.path())) {
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
}
