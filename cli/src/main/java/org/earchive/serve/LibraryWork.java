package org.earchive.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.earchive.api.ConvertRequest;
import org.earchive.api.Earchive;
import org.earchive.api.IngestListener;
import org.earchive.api.IngestRequest;
import org.earchive.packaging.IngestReceipt;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.SourceDocument;

/**
 * A job's work, done by the library ({@link Earchive}) exactly as the commands do it: a conversion is
 * {@code earchive convert in/ --out out/} (journal, reports and all), an ingest is {@code earchive ingest
 * in/SIP.zip --out out/}. Progress reaches the job through the library's listeners.
 */
final class LibraryWork implements JobQueue.Work {

    private final Earchive earchive;
    private final ServeSettings settings;

    LibraryWork(Earchive earchive, ServeSettings settings) {
        this.earchive = earchive;
        this.settings = settings;
    }

    @Override
    public void run(Job job) throws IOException, InterruptedException {
        switch (job.kind()) {
            case CONVERT -> convert(job);
            case INGEST -> ingest(job);
            default -> throw new IllegalStateException(job.kind().toString());
        }
    }

    private void convert(Job job) throws IOException, InterruptedException {
        // a document may take the job's whole time, no more; a folder converts on as many threads as there are workers
        Duration perDocument = settings.jobTimeout();
        BatchOptions options = new BatchOptions(settings.workers(), perDocument, false, InputFilter.ALL,
                BatchOptions.DEFAULT_RESERVE_BYTES);
        earchive.convert(new ConvertRequest(List.of(job.input()), job.output(), options), new BatchListener() {
            @Override
            public void planned(List<SourceDocument> entries) {
                job.planned(entries.size());
            }

            @Override
            public void started(SourceDocument document) {
                job.documentStarted(document.displayPath());
            }

            @Override
            public void finished(DocumentResult result) {
                job.documentFinished(result);
            }

            @Override
            public void partFinished(DocumentResult result) {
                job.partFinished(result);
            }
        });
    }

    private void ingest(Job job) throws IOException {
        List<Path> packages;
        try (Stream<Path> files = Files.list(job.input())) {
            packages = files.sorted().toList();
        }
        job.planned(packages.size());
        earchive.ingest(new IngestRequest(packages, job.output(), settings.archiveName(), settings.archiveCode()),
                new IngestListener() {
                    @Override
                    public void received(Path sip, IngestReceipt receipt, List<Path> receiptFiles) {
                        job.received(receipt);
                    }
                });
    }
}
