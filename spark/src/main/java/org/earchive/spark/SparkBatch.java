package org.earchive.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.apache.spark.util.SerializableConfiguration;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchPlan;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.JournalEntry;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.report.JsonEventLog;
import org.earchive.report.ReportTexts;
import org.earchive.report.ReportWriter;
import scala.Function1;
import scala.Function2;
import scala.runtime.BoxedUnit;

/**
 * The driver's side of a Spark convert: list the inputs, read the journal, cut the documents into tasks, let Spark
 * run them, journal each document as its task comes back, and write the same reports as {@code earchive convert}.
 * The driver holds each document's name and result, never its bytes.
 */
public final class SparkBatch {

    private final JavaSparkContext spark;
    private final JobSettings settings;
    private final PrintStream console;
    private final JsonEventLog events;

    /** @param console where progress goes (the driver's stderr), or null for none */
    public SparkBatch(JavaSparkContext spark, JobSettings settings, PrintStream console) {
        this(spark, settings, console, null);
    }

    /**
     * @param console where progress lines go (the driver's stderr), or null for none
     * @param events  {@code --log-format json}: each document's outcome as a JSON event instead of a line, or null
     */
    public SparkBatch(JavaSparkContext spark, JobSettings settings, PrintStream console, JsonEventLog events) {
        this.spark = spark;
        this.settings = settings;
        this.console = console;
        this.events = events;
    }

    /**
     * @param inputs files and folders, as Hadoop file system URIs or local paths
     * @throws InputListing.MissingInput when an input is not there
     * @throws OutputBusyException       when another run holds the output, or the output stops taking writes
     */
    public BatchReport run(List<String> inputs, String output, InputFilter filter) throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.hadoopConfiguration();
        Path outputRoot = new Path(output);
        FileSystem fs = TargetFiles.of(outputRoot, conf);
        outputRoot = fs.makeQualified(outputRoot);
        List<Path> inputPaths = inputs.stream().map(Path::new).toList();
        List<InputFile> entries = InputListing.list(inputPaths, outputRoot, filter, conf);
        if (events != null) {
            events.batchStarted(entries.size());
        }
        try (StateFolder state = StateFolder.open(fs, outputRoot, console)) {
            state.removeScratch();
            List<DocumentResult> results;
            Map<String, String> outputSha256 = new HashMap<>();
            try (Journal journal = Journal.open(state.local())) {
                List<InputFile> withHistory = new ArrayList<>(entries.size());
                for (InputFile entry : entries) {
                    JournalEntry previous = journal.previous(entry.relative());
                    withHistory.add(previous == null ? entry
                            : entry.withPrevious(DocumentTask.JSON.writeValueAsString(previous)));
                }
                results = convert(withHistory, outputRoot, conf, journal);
                for (DocumentResult result : results) {
                    JournalEntry entry = journal.previous(result.source());
                    if (entry != null) {
                        entry.outputs().forEach(o -> outputSha256.put(o.path(), o.sha256()));
                    }
                }
            }
            BatchReport report = new BatchReport(settings.producer(), started, Instant.now(), results);
            state.removeScratch();
            state.fetchThumbnails(firstPdfs(report, outputSha256));
            new ReportWriter(ReportTexts.of(settings.context().presentation())).write(report, state.local(), outputSha256);
            state.publish();
            return report;
        } finally {
            if (spark.master().startsWith("local")) {
                ExecutorEarchive.closeAll(); // the executor was this JVM: stop its LibreOffice processes now
            }
        }
    }

    /**
     * What {@link #run} would do, writing nothing: the inputs listed as the run lists them, the journal read without
     * taking the output, and each document judged on an executor as its task would judge it (its bytes and the
     * executors' settings against the journal, its outputs on the target) and its type detected; nothing converted.
     *
     * @throws InputListing.MissingInput when an input is not there
     */
    public BatchPlan plan(List<String> inputs, String output, InputFilter filter) throws IOException {
        Configuration conf = spark.hadoopConfiguration();
        Path outputRoot = new Path(output);
        FileSystem fs = TargetFiles.of(outputRoot, conf);
        outputRoot = fs.makeQualified(outputRoot);
        List<InputFile> entries = InputListing.list(inputs.stream().map(Path::new).toList(), outputRoot, filter, conf);
        Map<String, JournalEntry> journal = StateFolder.journalOnly(fs, outputRoot);
        List<InputFile> withHistory = new ArrayList<>(entries.size());
        for (InputFile entry : entries) {
            JournalEntry previous = journal.get(entry.relative());
            withHistory.add(previous == null || entry.isSkipped() ? entry
                    : entry.withPrevious(DocumentTask.JSON.writeValueAsString(previous)));
        }
        List<InputFile> documents = withHistory.stream().filter(e -> !e.isSkipped()).toList();
        PlanTask.Planned[] planned = new PlanTask.Planned[entries.size()];
        List<List<InputFile>> tasks = PartitionPlan.pack(documents, spark.defaultParallelism());
        if (!tasks.isEmpty()) {
            Broadcast<ExecutorEarchive.BatchNames> names = spark.broadcast(ExecutorEarchive.BatchNames.of(withHistory));
            PlanTask task = new PlanTask(settings, UUID.randomUUID().toString(), names, outputRoot.toString(),
                    new SerializableConfiguration(conf));
            spark.setJobDescription("earchive convert --dry-run: " + documents.size() + " documents");
            spark.parallelize(tasks, tasks.size()).mapPartitions(partition -> task.each(partition).iterator()).collect()
                    .forEach(p -> planned[p.index()] = p);
            names.destroy();
        }
        if (spark.master().startsWith("local")) {
            ExecutorEarchive.closeAll(); // the executor was this JVM
        }
        List<BatchPlan.Entry> plan = new ArrayList<>(entries.size());
        for (InputFile entry : withHistory) {
            PlanTask.Planned p = planned[entry.index()];
            plan.add(entry.isSkipped() ? new BatchPlan.Entry(entry.relative(), BatchPlan.Action.SKIP, null, entry.skipReason())
                    : new BatchPlan.Entry(entry.relative(), BatchPlan.Action.valueOf(p.action()), p.mime(), p.reason()));
        }
        return new BatchPlan(plan);
    }

    private List<DocumentResult> convert(List<InputFile> entries, Path outputRoot, Configuration conf, Journal journal)
            throws IOException {
        List<InputFile> documents = entries.stream().filter(e -> !e.isSkipped()).toList();
        List<List<InputFile>> tasks = PartitionPlan.pack(documents, spark.defaultParallelism());
        DocumentTask.Outcome[] outcomes = new DocumentTask.Outcome[entries.size()];
        if (!tasks.isEmpty()) {
            Broadcast<ExecutorEarchive.BatchNames> names = spark.broadcast(ExecutorEarchive.BatchNames.of(entries));
            DocumentTask task = new DocumentTask(settings, UUID.randomUUID().toString(), names, outputRoot.toString(),
                    new SerializableConfiguration(conf));
            RDD<List<InputFile>> rdd = spark.parallelize(tasks, tasks.size()).setName("earchive documents").rdd();
            spark.setJobDescription("earchive convert: " + documents.size() + " documents in " + tasks.size()
                    + " tasks into " + outputRoot);
            Recorder recorder = new Recorder(journal, outcomes, documents.size());
            Function1<scala.collection.Iterator<List<InputFile>>, ArrayList<DocumentTask.Outcome>> perTask =
                    (Function1<scala.collection.Iterator<List<InputFile>>, ArrayList<DocumentTask.Outcome>> & Serializable)
                            task::run;
            Function2<Object, ArrayList<DocumentTask.Outcome>, BoxedUnit> onDriver = (index, finished) -> {
                recorder.record(finished);
                return BoxedUnit.UNIT;
            };
            spark.sc().runJob(rdd, perTask, onDriver, scala.reflect.ClassTag$.MODULE$.apply(ArrayList.class));
            names.destroy();
            if (recorder.failure.get() != null) {
                throw new OutputBusyException("The journal could not be written (" + recorder.failure.get().getMessage()
                        + "); the outputs placed so far are kept: run the same command again once this is fixed.",
                        recorder.failure.get());
            }
        }
        List<DocumentResult> results = new ArrayList<>();
        for (InputFile entry : entries) {
            if (entry.isSkipped()) {
                DocumentResult skipped = new DocumentResult(entry.relative(), DocumentStatus.SKIPPED, entry.skipReason(),
                        null, null, null, null, 0, List.of(), List.of(), List.of(), Map.of(), null, 0);
                results.add(skipped);
                if (events != null) {
                    events.finished(skipped);
                }
                continue;
            }
            DocumentTask.Outcome outcome = outcomes[entry.index()];
            JournalEntry line = DocumentTask.JSON.readValue(outcome.entryJson(), JournalEntry.class);
            results.add(outcome.carried() ? carriedOver(line.result()) : line.result());
            line.parts().forEach(part -> results.add(outcome.carried() ? carriedOver(part) : part));
        }
        return results;
    }

    /**
     * Hears each task's outcomes on the driver as the task finishes (on Spark's scheduler thread): journals them at
     * once, synced, so a driver that dies loses nothing finished, and tells the console.
     */
    private final class Recorder {
        private final Journal journal;
        private final DocumentTask.Outcome[] outcomes;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<IOException> failure = new AtomicReference<>();

        Recorder(Journal journal, DocumentTask.Outcome[] outcomes, int total) {
            this.journal = journal;
            this.outcomes = outcomes;
            this.total = total;
        }

        synchronized void record(List<DocumentTask.Outcome> finished) {
            for (DocumentTask.Outcome outcome : finished) {
                outcomes[outcome.index()] = outcome;
                try {
                    JournalEntry entry = DocumentTask.JSON.readValue(outcome.entryJson(), JournalEntry.class);
                    if (!outcome.carried()) {
                        journal.record(entry);
                    }
                    tell(entry, outcome.carried());
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                }
            }
        }

        private void tell(JournalEntry entry, boolean carried) {
            int count = done.incrementAndGet();
            if (events != null) {
                events.finished(carried ? carriedOver(entry.result()) : entry.result());
                entry.parts().forEach(part -> events.finished(carried ? carriedOver(part) : part));
                return;
            }
            if (console == null) {
                return;
            }
            DocumentResult result = entry.result();
            String what = carried ? "unchanged" : result.status().id();
            String line = "[" + count + "/" + total + "] " + what + "  " + result.source();
            if (!carried && !result.status().isSuccess()) {
                line += ": " + result.message();
            }
            console.println(line);
        }
    }

    /** An earlier run's result, carried over by this one. */
    private static DocumentResult carriedOver(DocumentResult r) {
        return new DocumentResult(r.source(), r.status(), r.message(), r.documentClass(), r.mime(), r.puid(), r.pdfaLevel(),
                r.pages(), r.outputs(), r.warnings(), r.failedRules(), r.facts(), r.sourceSha256(), r.durationMs(), true);
    }

    private static List<String> firstPdfs(BatchReport report, Map<String, String> outputSha256) {
        return report.documents().stream().filter(d -> !d.outputs().isEmpty())
                .map(d -> outputSha256.get(d.outputs().get(0))).filter(java.util.Objects::nonNull).limit(2000).toList();
    }
}
