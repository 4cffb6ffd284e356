package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchPlanner;
import org.earchive.core.DeskewMode;
import org.earchive.core.OcrSettings;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.core.DescriptionProfile;
import org.earchive.metadata.MetadataInputException;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.DocumentResult;
import org.earchive.api.ConvertRequest;
import org.earchive.api.Earchive;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RunContext;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Convert files and folders (recursively) to PDF/A, mirroring the input tree under --out.",
            "",
            "Plain text (UTF-8, UTF-16, Windows-1258 and other encodings, detected) and HTML become PDF/A-2u,",
            "typeset on A4 in Liberation Serif 13 pt with NĐ 30/2020 margins. JPEG, PNG, TIFF (multi-page,",
            "G4, LZW, Deflate, JPEG), BMP and GIF become PDF/A-2b, one page per image, without loss, with",
            "an invisible text layer read by Tesseract (pages turned upright first) when it is installed",
            "(tesseract on PATH, or the program named by " + Tesseract.EXECUTABLE_VARIABLE + "); without it they stay",
            "image-only and the report says how to make them searchable.",
            "Every PDF is validated by veraPDF before it is moved into place; one that fails is kept as",
            "NAME" + OutputLayout.NOT_COMPLIANT_SUFFIX + ".",
            "",
            "Run it again on the same --out and it converts only what is new, changed or failed before: "
                    + "OUT/.earchive/" + Journal.FILE + " records every finished document. A run that was killed or "
                    + "lost power resumes where it stopped. Only one run at a time may write to an output folder.",
            "",
            "Reports: OUT/.earchive/report.html, report.json and report.csv.",
            "Beside each PDF/A: NAME.xml (TT 05 or Dublin Core description, read from the document and the",
            "clerk's files) and NAME.premis.xml (PREMIS 3), each validated against its schema first.",
        })
public final class ConvertCommand implements Callable<Integer> {

    enum LogFormat { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Files or folders to convert.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
            description = "Output folder (created if missing). Inputs are never modified.")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents converted in parallel, and the most Tesseract processes run at once (default:"
                    + " number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Convert only files matching GLOB (repeatable). A glob without '/' matches the file name"
                    + " (*.tif), one with '/' the path below the input folder (scans/**).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files and folders matching GLOB (repeatable); wins over --include.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest time one document may take (default: 10m); past it the document is reported as"
                    + " 'timeout' and the batch goes on. Examples: 90s, 10m, 2h.")
    Duration timeout = BatchOptions.DEFAULT_TIMEOUT;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password for PDFs and office documents that need one to open; without a value, earchive asks for it without"
                    + " echoing it (a value on the command line is visible to other users of the computer)."
                    + " The PDF/A is written without encryption, as PDF/A requires.")
    String password = "";

    @Option(names = "--force", description = "Convert everything again, even documents an earlier run finished.")
    boolean force;

    @Option(names = "--dry-run",
            description = "Print the plan (what would be converted, converted again, carried over, skipped) and write nothing.")
    boolean dryRun;

    @Option(names = "--ocr-lang", paramLabel = "LANGS",
            description = "Tesseract languages for scans, joined by '+', main language first (default: ${DEFAULT-VALUE}).")
    String ocrLanguages = OcrSettings.DEFAULT_LANGUAGES;

    @Option(names = "--ocr-timeout", paramLabel = "SECONDS",
            description = "Longest one page's OCR may take; a page that takes longer stays image-only, with a warning"
                    + " (default: ${DEFAULT-VALUE}).")
    long ocrTimeoutSeconds = OcrSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

    @Option(names = "--deskew",
            description = "Store scans fed in askew straightened (turned level, kept lossless) instead of as scanned;"
                    + " the report names each page turned. Without it askew pages are still read from a straightened"
                    + " copy, and their image is kept as the scanner wrote it.")
    boolean deskew;

    @Option(names = "--no-ocr-deskew",
            description = "Read askew scans as they are, not from a straightened copy: a little faster, but lines"
                    + " sloping more than about a degree then come apart.")
    boolean noOcrDeskew;

    @Option(names = "--engine", paramLabel = "auto|libreoffice|java", defaultValue = "auto",
            converter = OfficeEngineConverter.class,
            description = "Office documents: LibreOffice when installed, else the Java engine (auto, the default);"
                    + " libreoffice (an error when it is missing); java (Tika + the HTML renderer, always available)."
                    + " E-mail always uses the Java engine.")
    OfficeEngine officeEngine = OfficeEngine.AUTO;

    /** "libreoffice" as well as "LIBREOFFICE". */
    static final class OfficeEngineConverter implements picocli.CommandLine.ITypeConverter<OfficeEngine> {
        @Override
        public OfficeEngine convert(String value) {
            return OfficeEngine.parse(value);
        }
    }

    @Option(names = "--tt05-strict",
            description = "A scan below 200 dpi, or that records no resolution, is not-compliant (Thông tư 05/2025/TT-BNV,"
                    + " Điều 8) and kept as NAME" + OutputLayout.NOT_COMPLIANT_SUFFIX + "; without this option it is a warning.")
    boolean tt05Strict;

    @Option(names = "--json", description = "Print the report (or the --dry-run plan) as JSON on standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line (and errors).")
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "text (default) or json: one JSON event per line (batch-started, started, finished,"
                    + " failed, batch-finished, error) on standard error or in --log-file.")
    LogFormat logFormat = LogFormat.text;

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "Append the --log-format json events to FILE instead of standard error.")
    Path logFile;

    @Option(names = "--metadata", paramLabel = "FILE.csv",
            description = "The clerk's metadata: a 'path' column and TT 05 element columns (see 'earchive metadata"
                    + " template'); its values override what earchive reads from the documents.")
    Path metadataCsv;

    @Option(names = "--metadata-defaults", paramLabel = "FILE",
            description = "Batch-wide values, one element=value per line, UTF-8 (e.g. maintenance=01, mode=01,"
                    + " fileCode=..., archiveCode=..., fondsCode=...).")
    Path metadataDefaults;

    @Option(names = "--profile", paramLabel = "tt05|dc", defaultValue = "tt05",
            description = "Descriptive metadata written as NAME.xml: tt05 (TT 05/2025 EAD_doc, default) or dc (Dublin Core).")
    String profile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer problem = InputPaths.check(inputs, err);
        if (problem != null) {
            return problem;
        }
        BatchOptions options;
        try {
            options = new BatchOptions(jobs, timeout, force, new InputFilter(include, exclude),
                    BatchOptions.DEFAULT_RESERVE_BYTES);
        } catch (IllegalArgumentException badGlob) {
            err.println("earchive: " + badGlob.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        if (jobs < 1) {
            err.println("earchive: --jobs must be at least 1.");
            return ExitCodes.USAGE;
        }
        MetadataSettings metadata = metadataSettings(err);
        if (metadata == null) {
            return ExitCodes.USAGE;
        }
        OcrSettings ocr;
        try {
            // at most --jobs Tesseract processes at once, whether they serve one long TIFF or many files
            ocr = new OcrSettings(ocrLanguages, java.time.Duration.ofSeconds(ocrTimeoutSeconds), jobs,
                    deskew ? DeskewMode.IMAGE : noOcrDeskew ? DeskewMode.OFF : DeskewMode.OCR);
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        Earchive earchive;
        try {
            RunContext context = new RunContext(VersionProvider.producer(), RunContext.sourceDateEpochFrom(System.getenv()),
                    password, ocr, tt05Strict, metadata.profile(), officeEngine);
            earchive = Earchive.start(context, metadata.clerk(), jobs);
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        try (earchive) {
            return run(earchive, new ConvertRequest(inputs, output, options), metadata, out, err);
        }
    }

    private int run(Earchive earchive, ConvertRequest request, MetadataSettings metadata, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Integer problem;
        if (dryRun) {
            new DryRunPrinter(out, json).print(earchive.plan(request), output);
            return ExitCodes.OK;
        }
        problem = checkOutputWritable(err);
        if (problem != null) {
            return problem;
        }
        try (JsonEventLog events = logFormat == LogFormat.json ? openEventLog(err) : null;
             ProgressBarDisplay bar = showProgressBar() ? new ProgressBarDisplay() : null) {
            AttentionLines attention = new AttentionLines(out, bar == null && !quiet && !json);
            List<BatchListener> listeners = new ArrayList<>(List.of(attention));
            if (events != null) {
                listeners.add(events);
            }
            if (bar != null) {
                listeners.add(bar);
            }
            BatchReport report;
            try {
                report = earchive.convert(request, BatchListener.all(listeners));
            } catch (OutputBusyException e) {
                err.println("earchive: " + e.getMessage());
                if (events != null) {
                    events.error(e.getMessage(), ExitCodes.OUTPUT_NOT_WRITABLE);
                }
                return ExitCodes.OUTPUT_NOT_WRITABLE;
            }
            warnAboutUnmatchedRows(err, metadata.clerk(), report);
            if (bar != null) {
                bar.close();
                if (!quiet && !json) {
                    attention.printHeld();
                }
            }
            int exitCode = report.allConverted() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
            if (events != null) {
                events.batchFinished(report, exitCode);
            }
            if (json) {
                out.println(ReportWriter.toJson(report).toPrettyString());
            } else {
                printSummary(out, report);
            }
            out.flush();
            return exitCode;
        }
    }

    /** A bar only for a person watching a terminal, never in a pipe, a log file or a script's capture. */
    private boolean showProgressBar() {
        return System.console() != null && !quiet && !json && !(logFormat == LogFormat.json && logFile == null);
    }

    private JsonEventLog openEventLog(PrintWriter err) throws IOException {
        if (logFile == null) {
            return new JsonEventLog(err, false, Clock.systemUTC());
        }
        if (logFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
        }
        return new JsonEventLog(new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)), true, Clock.systemUTC());
    }

    /** Exit 4 for an output that cannot be written; null when all is well. */
    private Integer checkOutputWritable(PrintWriter err) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".earchive-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            err.println("earchive: cannot write to the output folder " + output + " (" + e.getMessage() + ").");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        return null;
    }

    /** The profile and the clerk's files, every bad cell reported by row and column; null when unusable. */
    private MetadataSettings metadataSettings(PrintWriter err) {
        DescriptionProfile chosen;
        try {
            chosen = DescriptionProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage() + ".");
            return null;
        }
        try {
            return new MetadataSettings(chosen, ClerkMetadata.read(metadataCsv, metadataDefaults));
        } catch (MetadataInputException e) {
            e.errors().forEach(error -> err.println("earchive: " + error));
            err.println("earchive: nothing was converted; correct the metadata file(s) and run again.");
            return null;
        } catch (IOException e) {
            err.println("earchive: cannot read the metadata file (" + e.getMessage() + ").");
            return null;
        }
    }

    /** A row whose path names no input is most likely a typo the clerk wants to know about. */
    private static void warnAboutUnmatchedRows(PrintWriter err, ClerkMetadata clerk, BatchReport report) {
        java.util.Set<String> sources = new java.util.HashSet<>();
        report.documents().forEach(d -> sources.add(ClerkMetadata.normalisePath(d.source())));
        for (String path : clerk.paths()) {
            if (!sources.contains(path)) {
                err.println("earchive: warning: the metadata row for '" + path + "' matches no input file.");
            }
        }
    }

    private void printSummary(PrintWriter out, BatchReport report) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(count.getValue()).append(' ').append(count.getKey().id());
            if (count.getKey() == DocumentStatus.CONVERTED && report.unchanged() > 0) {
                counts.append(" (").append(report.unchanged()).append(" unchanged since the last run)");
            }
        }
        out.printf("%d document(s), %d page(s): %s.%n", report.documents().size(), report.pages(),
                counts.length() == 0 ? "nothing to convert" : counts);
        out.println("Report: " + output.resolve(OutputLayout.STATE_FOLDER).resolve(ReportWriter.HTML)
                + " (and " + ReportWriter.JSON + ", " + ReportWriter.CSV + ")");
    }
}
