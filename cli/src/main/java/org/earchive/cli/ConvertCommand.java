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
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.DescriptionProfile;
import org.earchive.metadata.MetadataInputException;
import org.earchive.metadata.MetadataSettings;
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
            "G4, LZW, Deflate, JPEG), BMP and GIF become PDF/A-2b, one page per image, without loss.",
            "Every PDF is validated by veraPDF before it is moved into place; one that fails is kept as",
            "NAME" + OutputLayout.NOT_COMPLIANT_SUFFIX + ". Reports: OUT/.earchive/report.json and report.csv.",
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

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents converted in parallel (default: number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the report as JSON on standard output instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line (and errors).")
    boolean quiet;

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
        Integer problem = checkPaths(err);
        if (problem != null) {
            return problem;
        }
        if (jobs < 1) {
            err.println("earchive: --jobs must be at least 1.");
            return ExitCodes.USAGE;
        }
        MetadataSettings metadata = metadataSettings(err);
        if (metadata == null) {
            return ExitCodes.USAGE;
        }
        Engines engines = new Engines(VersionProvider.producer(), Engines.sourceDateEpochFromEnvironment(), metadata);
        BatchRunner runner = new BatchRunner(engines, jobs, Clock.systemUTC());
        BatchReport report = runner.run(inputs, output, result -> {
            if (!quiet && !json) {
                printProgressLine(out, result);
            }
        });
        warnAboutUnmatchedRows(err, metadata.clerk(), report);
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
