package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.earchive.convert.DocumentStatus;
import org.earchive.convert.ocr.OcrSettings;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.Engines;
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
            "NAME" + OutputLayout.NOT_COMPLIANT_SUFFIX + ". Reports: OUT/.earchive/report.json and report.csv.",
        })
public final class ConvertCommand implements Callable<Integer> {

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

    @Option(names = "--ocr-lang", paramLabel = "LANGS",
            description = "Tesseract languages for scans, joined by '+', main language first (default: ${DEFAULT-VALUE}).")
    String ocrLanguages = OcrSettings.DEFAULT_LANGUAGES;

    @Option(names = "--ocr-timeout", paramLabel = "SECONDS",
            description = "Longest one page's OCR may take; a page that takes longer stays image-only, with a warning"
                    + " (default: ${DEFAULT-VALUE}).")
    long ocrTimeoutSeconds = OcrSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

    @Option(names = "--tt05-strict",
            description = "A scan below 200 dpi, or that records no resolution, is not-compliant (Thông tư 05/2025/TT-BNV,"
                    + " Điều 8) and kept as NAME" + OutputLayout.NOT_COMPLIANT_SUFFIX + "; without this option it is a warning.")
    boolean tt05Strict;

    @Option(names = "--json", description = "Print the report as JSON on standard output instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line (and errors).")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer problem = checkPaths(err);
        if (problem != null) {
            return problem;
        }
        if (jobs < 1) {
            err.println("earchive: --jobs must be at least 1.");
            return ExitCodes.USAGE;
        }
        OcrSettings ocr;
        try {
            // at most --jobs Tesseract processes at once, whether they serve one long TIFF or many files
            ocr = new OcrSettings(ocrLanguages, java.time.Duration.ofSeconds(ocrTimeoutSeconds), jobs);
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        Engines engines = new Engines(VersionProvider.producer(), Engines.sourceDateEpochFromEnvironment(), ocr, tt05Strict);
        BatchRunner runner = new BatchRunner(engines, jobs, Clock.systemUTC());
        BatchReport report = runner.run(inputs, output, result -> {
            if (!quiet && !json) {
                printProgressLine(out, result);
            }
        });
        if (json) {
            out.println(ReportWriter.toJson(report).toPrettyString());
        } else {
            printSummary(out, report);
        }
        out.flush();
        return report.allConverted() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    /** Exit 3 for a missing input, 4 for an output that cannot be written; null when all is well. */
    private Integer checkPaths(PrintWriter err) {
        Integer missing = InputPaths.check(inputs, err);
        if (missing != null) {
            return missing;
        }
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

    private static void printProgressLine(PrintWriter out, DocumentResult result) {
        synchronized (out) {
            String level = result.pdfaLevel() == null ? "" : " " + result.pdfaLevel();
            out.printf("%-13s %s%s%n", result.status().id(), result.source(), level);
            if (!result.status().isSuccess()) {
                out.println("              " + result.message());
            }
            for (String warning : result.warnings()) {
                out.println("              warning: " + warning);
            }
            out.flush();
        }
    }

    private void printSummary(PrintWriter out, BatchReport report) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(count.getValue()).append(' ').append(count.getKey().id());
        }
        out.printf("%d document(s), %d page(s): %s.%n", report.documents().size(), report.pages(),
                counts.length() == 0 ? "nothing to convert" : counts);
        out.println("Report: " + output.resolve(OutputLayout.STATE_FOLDER).resolve(ReportWriter.JSON)
                + " (and " + ReportWriter.CSV + ")");
    }
}
