package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.earchive.api.DetectRequest;
import org.earchive.api.Earchive;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "detect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Say what each file is, before converting anything: media type (Tika), PRONOM identifier, size, SHA-256;"
                        + " class (born-digital, scanned, hybrid = OCR'd before, mixed, empty) per page and per document,"
                        + " with the evidence; encryption, digital signatures, JavaScript and attachments; text encoding"
                        + " and language. Damaged and encrypted files get a status and a sentence.",
                "",
                "Exit status: 0 when every file could be inspected, 1 when any is damaged, encrypted, empty,"
                        + " unsupported or unreadable."})
public final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Mixin
    JsonOption json;

    @Option(names = "--csv", description = "CSV (UTF-8 with a byte-order mark, for spreadsheets): one row per file.")
    boolean csv;

    @Option(names = "--quick", description = "Media type and PRONOM id only: the content is not opened, hashed or classified.")
    boolean quick;

    @Mixin
    JobsOption jobs;

    @Mixin
    TrustStoreOption trustStore;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (json.get() && csv) {
            throw new UsageException("choose one of --json and --csv.");
        }
        DetectRequest request = new DetectRequest(paths, quick, jobs.get(), trustStore.get());
        InputPaths.require(paths);
        Output output = json.get() ? new JsonOutput(out) : csv ? new CsvOutput(out) : new TableOutput(out);
        Summary summary = new Summary();
        try {
            Earchive.detect(request, inspection -> {
                summary.add(inspection);
                try {
                    output.write(inspection);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        output.finish(summary);
        out.flush();
        return summary.allOk() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    /** Counts for the closing line people read. */
    static final class Summary {
        private int files;
        private final Map<DocumentClass, Integer> classes = new EnumMap<>(DocumentClass.class);
        private final Map<String, Integer> problems = new TreeMap<>();
        private int restricted;
        private int signed;
        private long pages;
        private long scannedPages;

        void add(FileInspection inspection) {
            files++;
            if (inspection.documentClass() != null) {
                classes.merge(inspection.documentClass(), 1, Integer::sum);
            }
            if (!inspection.isOk()) {
                problems.merge(inspection.status(), 1, Integer::sum);
            }
            restricted += inspection.encryption() == org.earchive.detect.PdfEncryption.PERMISSIONS_ONLY ? 1 : 0;
            signed += inspection.isSigned() ? 1 : 0;
            pages += inspection.pages() == null ? 0 : inspection.pages();
            scannedPages += InspectionFormats.scannedPages(inspection);
        }

        boolean allOk() {
            return problems.isEmpty();
        }

        String line() {
            StringBuilder line = new StringBuilder(files + (files == 1 ? " file" : " files"));
            StringBuilder kinds = new StringBuilder();
            classes.forEach((kind, count) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(count).append(' ').append(kind.id()));
            if (kinds.length() > 0) {
                line.append(": ").append(kinds);
            }
            if (pages > 0) {
                line.append("; ").append(pages).append(" pages known, ").append(scannedPages).append(" of them scanned (need OCR)");
            }
            if (restricted > 0) {
                line.append("; ").append(restricted).append(" with restricted permissions");
            }
            if (signed > 0) {
                line.append("; ").append(signed).append(" signed");
            }
            problems.forEach((status, count) -> line.append("; ").append(count).append(' ').append(status));
            return line.append('.').toString();
        }
    }

    private interface Output {
        void write(FileInspection inspection) throws IOException;

        void finish(Summary summary) throws IOException;
    }

    private static final class JsonOutput implements Output {
        private final PrintWriter out;

        JsonOutput(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(FileInspection inspection) throws IOException {
            out.println(InspectionFormats.JSON.writeValueAsString(InspectionFormats.json(inspection)));
        }

        @Override
        public void finish(Summary summary) {
        }
    }

    private static final class CsvOutput implements Output {
        private final CSVPrinter printer;

        CsvOutput(PrintWriter out) throws IOException {
            out.write('\uFEFF'); // so Excel and LibreOffice read the Vietnamese as UTF-8
            this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(InspectionFormats.CSV_HEADER).get());
        }

        @Override
        public void write(FileInspection inspection) throws IOException {
            printer.printRecord(InspectionFormats.csvRow(inspection));
        }

        @Override
        public void finish(Summary summary) throws IOException {
            printer.flush();
        }
    }

    private static final class TableOutput implements Output {
        private final PrintWriter out;
        private final Table table = new Table("PATH", "STATUS", "CLASS", "PAGES", "FORMAT", "PUID", "NOTES");

        TableOutput(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(FileInspection inspection) {
            table.row(inspection.path(), inspection.status(),
                    inspection.documentClass() == null ? null : inspection.documentClass().id(),
                    inspection.pages(),
                    inspection.detection() == null ? null : inspection.detection().formatName(),
                    inspection.detection() == null ? null : inspection.detection().puid(),
                    InspectionFormats.notes(inspection));
        }

        @Override
        public void finish(Summary summary) {
            table.print(out);
            out.println();
            out.println(summary.line());
        }
    }
}
