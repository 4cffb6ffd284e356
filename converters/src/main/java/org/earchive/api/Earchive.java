package org.earchive.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.InOrder;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.detect.TrustStore;
import org.earchive.packaging.IngestReceipt;
import org.earchive.packaging.Ingester;
import org.earchive.pipeline.InputCollector;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.ContainerInspection;
import org.earchive.pipeline.BatchPlan;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchPlanner;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.StopRequest;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.JournalEntry;
import org.earchive.pipeline.Engines;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.OutputLock;
import org.earchive.pipeline.SourceDocument;
import org.earchive.report.ReportListener;
import org.earchive.report.ReportTexts;

/**
 * earchive as a library: what every front end (the command line, a Spark job, a service) calls, with no
 * command-line parsing on the way. One instance is one run's engines — Tesseract found, LibreOffice processes
 * started, the clerk's metadata read — for any number of batches; close it to stop the processes it started.
 *
 * <pre>{@code
 * try (Earchive earchive = Earchive.start(RunContext.defaults("my-app 1.0"), ClerkMetadata.none(), 2)) {
 *     BatchReport report = earchive.convert(new ConvertRequest(List.of(in), out, BatchOptions.defaults(2)),
 *             new BatchListener() { });
 * }
 * }</pre>
 */
public final class Earchive implements AutoCloseable {

    private final RunContext context;
    private final Engines engines;

    private Earchive(RunContext context, Engines engines) {
        this.context = context;
        this.engines = engines;
    }

    /**
     * Finds the installed engines and starts what must run (LibreOffice, at most {@code jobs} processes).
     *
     * @param clerk the clerk's metadata spreadsheet and defaults, or {@link ClerkMetadata#none()}
     * @throws IllegalArgumentException when the context asks for an engine that is not installed
     */
    public static Earchive start(RunContext context, ClerkMetadata clerk, int jobs) {
        return new Earchive(context, Engines.start(context, new MetadataSettings(context.description(), clerk), jobs));
    }

    /**
     * As {@link #start(RunContext, ClerkMetadata, int)}, for batches whose documents each have {@code
     * documentTimeout} ({@code --timeout}): LibreOffice's own limit is derived from it, so that a document
     * LibreOffice cannot finish still has time for the Java engine.
     */
    public static Earchive start(RunContext context, ClerkMetadata clerk, int jobs, java.time.Duration documentTimeout) {
        return new Earchive(context, Engines.start(context, new MetadataSettings(context.description(), clerk), jobs,
                documentTimeout));
    }

    /** The same with the engines given (e.g. Tesseract turned off), for callers that choose them. */
    public static Earchive start(RunContext context, Engines engines) {
        return new Earchive(context, engines);
    }

    public RunContext context() {
        return context;
    }

    /**
     * Converts a batch: each document to PDF/A with its descriptions, journaled as it finishes, and the reports
     * ({@code report.json}, {@code .csv}, {@code .html}) written at the end. A document's trouble is its result,
     * never an exception.
     *
     * @param listener hears the batch as it runs (from worker threads)
     * @throws OutputBusyException when another run holds the output, or the output disk fails or fills up
     */
    public BatchReport convert(ConvertRequest request, BatchListener listener) throws IOException, InterruptedException {
        return convert(request, listener, StopRequest.never());
    }

    /**
     * As {@link #convert(ConvertRequest, BatchListener)}; once {@code stop} is requested (Ctrl-C, a service shutting
     * down) no further document starts, those in progress finish, and the reports say what was done.
     */
    public BatchReport convert(ConvertRequest request, BatchListener listener, StopRequest stop)
            throws IOException, InterruptedException {
        // the reports are a listener of the batch (the pipeline knows nothing of them); every caller gets them
        return new BatchRunner(engines, request.options(), Clock.systemUTC()).run(request.inputs(), request.output(),
                BatchListener.all(List.of(new ReportListener(ReportTexts.of(context.presentation())), listener)), stop);
    }

    /** What {@link #convert} would do, writing nothing: converted, converted again, carried over, skipped. */
    public BatchPlan plan(ConvertRequest request) throws IOException {
        return new BatchPlanner(engines, request.options()).plan(request.inputs(), request.output());
    }

    /**
     * What {@link #plan} would say of one document of a batch the caller distributes itself (a Spark task): the
     * caller has read the journal and judged whether its line still stands; this detects the document's type.
     */
    public BatchPlan.Entry planDocument(SourceDocument document, JournalEntry previous, boolean force, boolean stands) {
        return new BatchPlanner(engines, BatchOptions.defaults(1)).entry(document, previous, force, stands);
    }

    /**
     * One document on its own, outside any batch (no journal, no reports, no lock): for front ends that schedule
     * documents themselves. Its outputs are placed in {@code outputFolder} under the file's own name; an e-mail's
     * attachments follow its result.
     */
    public List<DocumentResult> convertDocument(Path source, Path outputFolder) {
        return engines.convertAlone(source, outputFolder);
    }

    /**
     * One document of a batch the caller distributes itself (a Spark task on another machine), converted as
     * {@link #convert} would: {@code layout} is built from every entry of the batch (so names that meet get their
     * extensions), {@code document}'s relative path is how the report and the metadata name it, and its outputs go
     * under {@code layout}'s output folder. No journal, no reports, no lock: the caller keeps those.
     */
    public List<DocumentResult> convertDocument(SourceDocument document, OutputLayout layout) {
        return engines.convertInLayout(document, layout);
    }

    /**
     * As {@link #convertDocument(SourceDocument, OutputLayout)}, given up after {@code limit} as a batch gives a
     * document up: status {@code timeout} with its sentence, and nothing it writes afterwards is left.
     */
    public List<DocumentResult> convertDocument(SourceDocument document, OutputLayout layout, java.time.Duration limit) {
        return engines.convertInLayout(document, layout, limit);
    }

    /**
     * Everything besides an input that shapes its outputs' bytes (version, SOURCE_DATE_EPOCH, engines found, the
     * clerk's metadata), as the journal records it: a front end keeping its own journal compares it to decide
     * whether an earlier result still stands.
     */
    public String fingerprint() {
        return engines.fingerprint();
    }

    /**
     * Writes packages for transfer to an archive from a convert output, or from a folder of records converted
     * first (into a hidden folder beside the destination unless the request names one). Everything is written
     * beside the destination and renamed into place only when complete; the destination is never overwritten.
     *
     * @param context  the run's settings: SOURCE_DATE_EPOCH dates the packages, the producer names the software;
     *                 a conversion made first runs with them
     * @param listener hears the conversion made first
     * @throws PackagingException when no package was written, with the sentences that say why
     */
    public static PackageResult packageFolder(RunContext context, PackageRequest request, PackagingListener listener)
            throws PackagingException, InterruptedException {
        return new Packaging(context, request, listener).run();
    }

    /**
     * The archive's side of a transfer: each received package validated as {@link #validate} would (a MUST finding
     * refuses it), what is not PDF/A converted with this instance's engines (originals kept), and a TT 05 AIP written
     * with PREMIS events for receipt, fixity check, validation, normalisation and ingest, the archive as their agent;
     * a receipt (JSON, XML, PDF/A) for every package, accepted or refused. A package already ingested is not ingested
     * again: its receipt comes back as {@code already-ingested}.
     *
     * @return one receipt per package, in order
     * @throws java.nio.file.NoSuchFileException when a package is not there
     * @throws OutputBusyException               when another run is ingesting into the same AIP folder
     * @throws IOException                       when the AIP folder cannot be written
     */
    public List<IngestReceipt> ingest(IngestRequest request, IngestListener listener) throws IOException {
        String producer = context.producer();
        int space = producer.indexOf(' ');
        Ingester ingester = new Ingester(request.out(), new Ingester.Settings(request.archiveName(), request.archiveCode(),
                context.sourceDateEpoch(), space < 0 ? producer : producer.substring(0, space),
                space < 0 ? "unknown" : producer.substring(space + 1)), this::convertDocument);
        List<IngestReceipt> receipts = new java.util.ArrayList<>();
        // one ingest at a time per AIP folder, so what a killed run left half-written can be told from a live run's
        try (OutputLock lock = OutputLock.acquire(request.out().resolve(OutputLayout.STATE_FOLDER))) {
            ingester.removeLeftovers();
            for (Path sip : request.packages()) {
                listener.receiving(sip);
                IngestReceipt receipt = ingester.ingest(sip);
                receipts.add(receipt);
                listener.received(sip, receipt, ingester.receiptFiles(receipt));
            }
        }
        return receipts;
    }

    /**
     * Says what each file is, before converting anything: media type, PRONOM id, and unless quick the class per
     * page, encryption, signatures, encoding and language. Each file's inspection reaches {@code consumer} on the
     * calling thread, in the order the walk finds the files, while later ones are inspected in parallel; a file's
     * trouble is its inspection's status and sentence, never an exception. Unless quick, an archive or a mailbox is
     * opened as convert would open it, and its members' inspections follow its own, labelled
     * {@code container#member}.
     */
    public static void detect(DetectRequest request, Consumer<FileInspection> consumer)
            throws IOException, InterruptedException {
        FileInspector inspector = new FileInspector(new TikaDetector(), TrustStore.fromFolder(request.trustStore()),
                request.legacyEncoding(), ContainerInspection.containerTypes());
        ContainerInspection containers = new ContainerInspection(inspector);
        InOrder.map(new InputCollector().collect(request.paths(), null), request.jobs(), document -> request.quick()
                ? List.of(inspector.identify(document.path(), document.displayPath()))
                : containers.inspect(document.path(), document.displayPath()), rows -> rows.forEach(consumer));
    }

    /**
     * Checks PDFs against PDF/A with veraPDF (the level each claims, or {@code flavour}) and packages as an archive
     * receiving them would, each verdict to {@code listener} as it comes.
     *
     * @param paths PDF files, folders of PDFs (walked recursively), or packages as folders or ZIPs
     * @return whether every PDF is compliant and every package valid (no MUST finding)
     */
    public static boolean validate(List<Path> paths, PdfaLevel flavour, ValidationListener listener) throws IOException {
        return validate(paths, flavour, TrustStore.NONE, listener);
    }

    /**
     * As {@link #validate(List, PdfaLevel, ValidationListener)}, signers' certificate chains checked against
     * {@code trust}; a PDF whose signature no longer verifies counts as not valid.
     */
    public static boolean validate(List<Path> paths, PdfaLevel flavour, TrustStore trust, ValidationListener listener)
            throws IOException {
        return Validation.run(paths, flavour, trust, listener);
    }

    /** The engine {@link #routes} names for containers: unpacked, each member converted as a document of its own. */
    public static final String UNPACKED_ROUTE = "Unpacked into its members";

    /**
     * Every media type earchive converts on this computer, with the engine chosen for it (installed) and the one
     * behind it, as {@link #start} would wire them; containers (ZIP, 7z, TAR, mbox, RAR) as {@link #UNPACKED_ROUTE}.
     * Starts no process: LibreOffice is only started by a document that needs it.
     */
    public static List<EngineRoute> routes(RunContext context) {
        MetadataSettings metadata = new MetadataSettings(context.description(), ClerkMetadata.none());
        try (Engines engines = Engines.start(context, metadata, TesseractOcr.off(), 1)) {
            // a container never reaches a converter (a mailbox is split before the e-mail converter could see it)
            java.util.List<EngineRoute> routes = new java.util.ArrayList<>(engines.routes().stream()
                    .filter(route -> !org.earchive.unpack.Containers.isContainer(route.mediaType()))
                    .map(route -> new EngineRoute(route.mediaType(), route.chosen().engine(),
                            route.fallback() == null ? null : route.fallback().engine())).toList());
            org.earchive.unpack.Containers.mediaTypes().forEach(type -> routes.add(new EngineRoute(type, UNPACKED_ROUTE, null)));
            routes.sort(java.util.Comparator.comparing(EngineRoute::mediaType));
            return java.util.List.copyOf(routes);
        }
    }

    /** Stops the LibreOffice processes this run started. */
    @Override
    public void close() {
        engines.close();
    }
}
