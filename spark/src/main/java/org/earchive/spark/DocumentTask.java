package org.earchive.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.earchive.api.Earchive;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.JournalEntry;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.SourceDocument;
import org.earchive.report.Thumbnails;

/**
 * What a Spark task does with its documents, one after another, on the executor: copy the document to local
 * scratch, carry the earlier result over when it still stands, otherwise convert it with the executor's
 * {@link Earchive} exactly as {@code earchive convert} would, copy every output (PDF, XML, PREMIS, an e-mail's
 * attachments' outputs, the report's thumbnail) to the target, each placed atomically, and remove what an earlier
 * run wrote that the new result no longer names. What goes back to the driver is the journal line, never a
 * document's bytes.
 */
final class DocumentTask extends ExecutorTask<DocumentTask.Outcome> {

    private static final long serialVersionUID = 1L;

    /** A task-local property the fault-injection test sets: the task converting this document fails once, mid-way. */
    static final String FAIL_ONCE_AFTER_FIRST_OUTPUT = "earchive.test.failOnceAfterFirstOutput";

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One document's outcome, as the driver records it.
     *
     * @param index     the document's place in the report
     * @param entryJson its journal line (an earlier run's when carried over)
     * @param carried   true when the earlier result still stood and nothing was converted
     */
    record Outcome(int index, String entryJson, boolean carried) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    DocumentTask(JobSettings settings, String jobId, Broadcast<ExecutorEarchive.BatchNames> names, String output,
                 SerializableConfiguration hadoop) {
        super(settings, jobId, names, output, hadoop);
    }

    ArrayList<Outcome> run(scala.collection.Iterator<List<InputFile>> partition) {
        return each(scala.jdk.javaapi.CollectionConverters.asJava(partition));
    }

    @Override
    Outcome one(InputFile input, Earchive earchive, OutputLayout layout, FileSystem fs, Path outputRoot) throws IOException {
        return convert(input, earchive, layout, fs, outputRoot);
    }

    private Outcome convert(InputFile input, Earchive earchive, OutputLayout layout, FileSystem fs, Path outputRoot)
            throws IOException {
        java.nio.file.Path localRoot = layout.outputRoot();
        java.nio.file.Path inFolder = ExecutorEarchive.scratch().resolve("in-" + UUID.randomUUID());
        java.nio.file.Path copy = inFolder.resolve(input.relative());
        try {
            JournalEntry previous = input.previousJson() == null ? null
                    : JSON.readValue(input.previousJson(), JournalEntry.class);
            SourceDocument document = new SourceDocument(copy, java.nio.file.Path.of(input.relative()));
            try {
                fetch(input, hadoop.value(), copy);
            } catch (IOException unreadable) {
                return unreadable(input, earchive, unreadable);
            }
            String expectedPdf = localRoot.relativize(layout.pdf(document)).toString().replace('\\', '/');
            if (!settings.force() && CarryOver.stands(previous, expectedPdf, copy, earchive.fingerprint(), fs, outputRoot)) {
                return new Outcome(input.index(), input.previousJson(), true);
            }
            List<DocumentResult> results = earchive.convertDocument(document, layout, settings.timeout());
            List<JournalEntry.Output> outputs = publish(results, layout, fs, outputRoot);
            removeSuperseded(previous, outputs, fs, outputRoot);
            DocumentResult result = results.get(0);
            JournalEntry entry = new JournalEntry(input.relative(), Files.size(copy),
                    Instant.ofEpochMilli(input.modified()).toString(), result.sourceSha256(), earchive.fingerprint(),
                    result.status().id(), outputs, result, Instant.now().toString(), results.subList(1, results.size()));
            return new Outcome(input.index(), JSON.writeValueAsString(entry), false);
        } finally {
            org.earchive.core.Folders.delete(inFolder);
        }
    }

    /** The input, and the files an HTML document shows from its own folder, copied to the task's disk. */
    static void fetch(InputFile input, org.apache.hadoop.conf.Configuration conf, java.nio.file.Path copy) throws IOException {
        Path remote = new Path(java.net.URI.create(input.uri()));
        FileSystem inputs = TargetFiles.of(remote, conf);
        TargetFiles.fetch(inputs, remote, copy, input.modified());
        CompanionFiles.fetch(copy, remote, inputs);
    }

    /**
     * Every output, hashed and copied to the target (the thumbnail the HTML report shows too), then removed from the
     * executor's disk.
     */
    private List<JournalEntry.Output> publish(List<DocumentResult> results, OutputLayout layout, FileSystem fs,
                                              Path outputRoot) throws IOException {
        Path scratchFolder = new Path(new Path(outputRoot, OutputLayout.STATE_FOLDER), "tmp");
        Path thumbs = new Path(new Path(outputRoot, OutputLayout.STATE_FOLDER), Thumbnails.FOLDER);
        String failOnce = TaskContext.get() == null ? null : TaskContext.get().getLocalProperty(FAIL_ONCE_AFTER_FIRST_OUTPUT);
        List<JournalEntry.Output> outputs = new ArrayList<>();
        try {
            for (String relative : results.stream().flatMap(r -> r.outputs().stream()).toList()) {
                java.nio.file.Path local = layout.outputRoot().resolve(relative);
                String sha256 = Fixity.sha256(local);
                outputs.add(new JournalEntry.Output(relative, sha256));
                TargetFiles.place(fs, local, new Path(outputRoot, relative), scratchFolder);
                if (relative.endsWith(".pdf")) {
                    Thumbnails.render(layout.stateFolder(), relative, sha256);
                    java.nio.file.Path thumbnail = Thumbnails.file(layout.stateFolder(), sha256);
                    Path target = new Path(thumbs, thumbnail.getFileName().toString());
                    if (Files.exists(thumbnail) && !fs.exists(target)) {
                        TargetFiles.place(fs, thumbnail, target, scratchFolder);
                    }
                }
                if (relative.equals(failOnce) && TaskContext.get().attemptNumber() == 0) {
                    throw new IOException("fault injected by a test after placing " + relative);
                }
            }
        } finally {
            for (String relative : results.stream().flatMap(r -> r.outputs().stream()).toList()) {
                Files.deleteIfExists(layout.outputRoot().resolve(relative));
            }
        }
        return outputs;
    }

    /**
     * An earlier run's output this result no longer names (the input now fails, or is named otherwise) is removed, so
     * the folder matches the report; only while it still has the bytes earchive wrote.
     */
    private static void removeSuperseded(JournalEntry previous, List<JournalEntry.Output> outputs, FileSystem fs,
                                         Path outputRoot) {
        if (previous == null) {
            return;
        }
        Set<String> current = new HashSet<>();
        outputs.forEach(o -> current.add(o.path()));
        for (JournalEntry.Output old : previous.outputs()) {
            if (current.contains(old.path())) {
                continue;
            }
            Path file = new Path(outputRoot, old.path());
            try {
                if (old.sha256().equals(TargetFiles.sha256(fs, file))) {
                    fs.delete(file, false);
                }
            } catch (IOException e) {
                // left in place: the report names the outputs that count
            }
        }
    }

    /** A document the task could not read from its file system: its own result, like the CLI's unreadable input. */
    private static Outcome unreadable(InputFile input, Earchive earchive, IOException why) throws IOException {
        DocumentResult result = new DocumentResult(input.relative(), DocumentStatus.UNREADABLE, "earchive could not read"
                + " this file (" + why.getMessage() + "); check that it is there and may be read, then run again.",
                null, null, null, null, 0, List.of(), List.of(), List.of(), java.util.Map.of(), null, 0);
        JournalEntry entry = new JournalEntry(input.relative(), input.size(),
                Instant.ofEpochMilli(input.modified()).toString(), null, earchive.fingerprint(), result.status().id(),
                List.of(), result, Instant.now().toString(), List.of());
        return new Outcome(input.index(), JSON.writeValueAsString(entry), false);
    }
}
