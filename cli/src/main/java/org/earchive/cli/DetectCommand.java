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
        versionProvider = VersionProvider.class)
public final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Mixin
    JsonOption json;

    @Option(names = "--csv")
    boolean csv;

    @Option(names = "--quick")
    boolean quick;

    @Mixin
    JobsOption jobs;

    @Mixin
    TrustStoreOption trustStore;

    @Mixin
    LegacyEncodingOption legacyEncoding;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (json.get() && csv) {
            throw new UsageException(Messages.of(spec).get("detect.jsonOrCsv"));
        }
        DetectRequest request = new DetectRequest(paths, quick, jobs.get(), trustStore.get(), legacyEncoding.get());
        InputPaths.require(paths, Messages.of(spec));
        Output output = json.get() ? new JsonOutput(out) : csv ? new CsvOutput(out) : new TableOutput(out, Messages.of(spec));
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

        String line(Messages messages) {
            org.earchive.report.ReportTexts texts = messages.reportTexts();
            StringBuilder line = new StringBuilder(messages.count("detect.files", files));
            StringBuilder kinds = new StringBuilder();
            classes.forEach((kind, count) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(count).append(' ')
                    .append(texts.documentClass(kind.id())));
            if (kinds.length() > 0) {
                line.append(": ").append(kinds);
            }
            if (pages > 0) {
                line.append(messages.get("detect.pages", pages, scannedPages));
            }
            if (restricted > 0) {
                line.append(messages.get("detect.restricted", restricted));
            }
            if (signed > 0) {
                line.append(messages.get("detect.signed", signed));
            }
            problems.forEach((status, count) -> line.append("; ").append(count).append(' ').append(texts.statusId(status)));
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
        private final Messages messages;
        private final Table table;

        TableOutput(PrintWriter out, Messages messages) {
            this.out = out;
            this.messages = messages;
            this.table = new Table(messages.columns("detect.columns"));
        }

        @Override
        public void write(FileInspection inspection) {
            org.earchive.report.ReportTexts texts = messages.reportTexts();
            table.row(inspection.path(), texts.statusId(inspection.status()),
                    inspection.documentClass() == null ? null : texts.documentClass(inspection.documentClass().id()),
                    inspection.pages(),
                    inspection.detection() == null ? null : inspection.detection().formatName(),
                    inspection.detection() == null ? null : inspection.detection().puid(),
                    InspectionFormats.notes(inspection, messages));
        }

        @Override
        public void finish(Summary summary) {
            table.print(out);
            out.println();
            out.println(summary.line(messages));
        }
    }
}
