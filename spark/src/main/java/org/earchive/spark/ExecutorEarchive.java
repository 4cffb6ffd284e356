package org.earchive.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earchive.api.Earchive;
import org.earchive.metadata.MetadataInputException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.SourceDocument;

/**
 * What one executor JVM keeps between tasks: one {@link Earchive} (Tesseract found, LibreOffice processes started,
 * the clerk's metadata read) per job's settings, reused by every task the executor runs and closed when the JVM
 * ends; a scratch folder on the executor's local disk; and the batch's output names, worked out once per job.
 */
final class ExecutorEarchive {

    private static final Map<String, Earchive> ENGINES = new HashMap<>();
    private static final Map<String, OutputLayout> LAYOUTS = new HashMap<>();
    private static Path scratch;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorEarchive::closeAll, "earchive-executor-shutdown"));
    }

    private ExecutorEarchive() {
    }

    /** This executor's earchive for these settings, started on first use. */
    static synchronized Earchive engines(JobSettings settings) throws IOException, MetadataInputException {
        Earchive earchive = ENGINES.get(settings.key());
        if (earchive == null) {
            earchive = Earchive.start(settings.context().withTrustStore(settings.trustStore(scratch().resolve("trust-" + settings.key()))),
                    settings.clerk(scratch().resolve("clerk-" + settings.key())), settings.jobsPerExecutor());
            ENGINES.put(settings.key(), earchive);
        }
        return earchive;
    }

    /**
     * Where a job's outputs are made on this executor before they are copied to the target: one tree per job, laid
     * out from the whole batch's names (so two inputs that meet get their extensions, as in the CLI). Tasks running
     * at once write different names in it.
     */
    static synchronized OutputLayout layout(String job, BatchNames names) {
        return LAYOUTS.computeIfAbsent(job, id -> new OutputLayout(scratch().resolve("job-" + id).resolve("out"),
                names.documents()));
    }

    /** Executor-local scratch: java.io.tmpdir, which YARN and Kubernetes point at the container's own disk. */
    static synchronized Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("earchive-spark-");
            } catch (IOException e) {
                throw new UncheckedIOException("no scratch folder on this executor", e);
            }
        }
        return scratch;
    }

    /** Stops the LibreOffice processes and removes the scratch folder (at JVM exit, or when a local run ends). */
    static synchronized void closeAll() {
        ENGINES.values().forEach(Earchive::close);
        ENGINES.clear();
        LAYOUTS.clear();
        if (scratch != null) {
            try {
                org.earchive.core.Folders.delete(scratch);
            } catch (IOException ignored) {
                // the temporary folder's owner cleans it in the end
            }
            scratch = null;
        }
    }

    /** The batch's entries as names only, what {@link OutputLayout} needs; broadcast once to every executor. */
    record BatchNames(List<String> relatives, List<Boolean> skipped) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static BatchNames of(List<InputFile> entries) {
            return new BatchNames(entries.stream().map(InputFile::relative).toList(),
                    entries.stream().map(InputFile::isSkipped).toList());
        }

        List<SourceDocument> documents() {
            java.util.ArrayList<SourceDocument> documents = new java.util.ArrayList<>(relatives.size());
            for (int i = 0; i < relatives.size(); i++) {
                Path relative = Path.of(relatives.get(i));
                documents.add(new SourceDocument(relative, relative, skipped.get(i) ? "skipped" : null));
            }
            return documents;
        }
    }
}
