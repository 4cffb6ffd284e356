package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.RunContext;
import org.earchive.detect.TikaDetector;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataInputException;
import org.earchive.metadata.MetadataTemplate;
import org.earchive.metadata.TemplateBuilder;
import org.earchive.metadata.TemplateHeadings;
import org.earchive.packaging.StagedDirectory;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.ScanOcrReading;
import org.earchive.pipeline.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "template",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class MetadataTemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv|FILE.xlsx")
    Path output;

    @Option(names = "--metadata-defaults", paramLabel = "FILE")
    Path defaults;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        InputPaths.require(inputs, Messages.of(spec));
        ClerkMetadata clerk;
        try {
            clerk = ClerkMetadata.read(null, defaults);
        } catch (MetadataInputException e) {
            throw new UsageException(e.errors().stream().map(String::valueOf).map(Messages.of(spec)::sentence).toList());
        } catch (IOException e) {
            throw new UsageException(Messages.of(spec).get("template.defaultsUnreadable", defaults, e.getMessage()));
        }
        List<MetadataTemplate.Row> rows = new ArrayList<>();
        // scans are read by OCR as convert reads them, so that their rows are filled too
        Path scratch = Files.createTempDirectory("earchive-template-");
        try {
            RunContext context = RunContext.defaults(VersionProvider.producer());
            ScanOcrReading scans = new ScanOcrReading(context, TesseractOcr.start(context.ocr(), System.getenv()), scratch);
            TemplateBuilder builder = new TemplateBuilder(new TikaDetector(), clerk, scans);
            for (SourceDocument document : new InputCollector().collect(inputs, null)) {
                rows.add(builder.row(document.path(), document.displayPath()));
            }
        } finally {
            StagedDirectory.deleteTree(scratch); // the scratch PDFs are removed as read: this is the folder
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            new MetadataTemplate(TemplateHeadings.of(Messages.of(spec).locale())).write(rows, output);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, Messages.of(spec).get("template.notWritable", output, e.getMessage()));
        }
        out.println(Messages.of(spec).get("template.written", rows.size(), output));
        out.flush();
        return ExitCodes.OK;
    }
}
