package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.ConvertRequest;
import org.earchive.api.Earchive;
import org.earchive.api.OutputFolder;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.core.DescriptionProfile;
import org.earchive.core.OcrSettings;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Files or folders to convert.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
            description = "Output folder (created if missing). Inputs are never modified.")
    Path output;

    @Mixin
    JobsOption jobs;

    @Mixin
    TrustStoreOption trustStore;

    @Mixin
    BatchRunOptions batch;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password for PDFs and office documents that need one to open; without a value, earchive asks for it without"
                    + " echoing it (a value on the command line is visible to other users of the computer)."
                    + " The PDF/A is written without encryption, as PDF/A requires.")
    String password = "";

    @Option(names = "--dry-run",
            description = "Print the plan (what would be converted, converted again, carried over, skipped) and write nothing.")
    boolean dryRun;

    @Mixin
    OcrOptions ocr;

    @Option(names = "--engine", paramLabel = "auto|libreoffice|java", defaultValue = "auto", converter = OfficeEngineConverter.class,
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

    @Mixin
    JsonOption json;

    @Mixin
    LogOptions log;

    @Mixin
    MetadataOptions metadata;

    @Option(names = "--profile", paramLabel = "tt05|dc", defaultValue = "tt05",
            description = "Descriptive metadata written as NAME.xml: tt05 (TT 05/2025 EAD_doc, default) or dc (Dublin Core).")
    String profile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        InputPaths.require(inputs);
        BatchOptions options = batch.options(jobs.get());
        DescriptionProfile description;
        try {
            description = DescriptionProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
        ClerkMetadata clerk = metadata.read();
        OcrSettings ocrSettings = ocr.settings(jobs.get());
        RunContext context = new RunContext(VersionProvider.producer(), RunContexts.sourceDateEpoch(), password,
                ocrSettings, tt05Strict, description, officeEngine).withTrustStore(trustStore.get());
        Earchive earchive;
        try {
            earchive = Earchive.start(context, clerk, jobs.get());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
        try (earchive) {
            return run(earchive, new ConvertRequest(inputs, output, options), clerk);
        }
    }

    private int run(Earchive earchive, ConvertRequest request, ClerkMetadata clerk) throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun) {
            new DryRunPrinter(out, json.get()).print(earchive.plan(request), output);
            return ExitCodes.OK;
        }
        try {
            OutputFolder.checkWritable(output);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, OutputFolder.notWritable(output, e));
        }
        try (JsonEventLog events = log.openEventLog(err);
             ProgressBarDisplay bar = log.showProgressBar(json.get()) ? new ProgressBarDisplay() : null) {
            boolean printing = !log.quiet && !json.get();
            AttentionLines attention = new AttentionLines(out, bar == null && printing);
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
            MetadataOptions.warnAboutUnmatchedRows(err, clerk, report);
            if (bar != null) {
                bar.close();
                if (printing) {
                    attention.printHeld();
                }
            }
            int exitCode = report.allConverted() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
            if (events != null) {
                events.batchFinished(report, exitCode);
            }
            if (json.get()) {
                out.println(ReportWriter.toJson(report).toPrettyString());
            } else {
                BatchSummary.print(out, report, output);
            }
            out.flush();
            return exitCode;
        }
    }
}
