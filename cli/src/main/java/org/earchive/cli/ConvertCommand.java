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
import org.earchive.core.Presentation;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.StopRequest;
import org.earchive.report.JsonEventLog;
import org.earchive.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT")
    Path output;

    @Mixin
    JobsOption jobs;

    @Mixin
    BatchRunOptions batch;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true)
    String password = "";

    @Option(names = "--dry-run")
    boolean dryRun;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    JsonOption json;

    @Mixin
    LogOptions log;

    @Mixin
    MetadataOptions metadata;

    /** The zone report.html shows times in; read by {@link ReportZone}. */
    @Option(names = "--time-zone", paramLabel = "ZONE")
    String timeZone;

    @Override
    public Integer call() throws IOException, InterruptedException {
        InputPaths.require(inputs, Messages.of(spec));
        BatchOptions options = batch.options(jobs.get());
        ClerkMetadata clerk = metadata.read();
        RunContext context = conversion.context(jobs.get(), password,
                new Presentation(Messages.of(spec).locale(), ReportZone.chosen(spec, timeZone, System.getenv())));
        Earchive earchive;
        try {
            earchive = Earchive.start(context, clerk, jobs.get(), options.timeout());
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
        Messages messages = Messages.of(spec);
        if (dryRun) {
            new DryRunPrinter(out, messages, json.get()).print(earchive.plan(request), output);
            return ExitCodes.OK;
        }
        try {
            OutputFolder.checkWritable(output);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, OutputFolder.notWritable(output, e));
        }
        try (JsonEventLog events = log.openEventLog(err);
             ProgressBarDisplay bar = log.showProgressBar(json.get()) ? new ProgressBarDisplay(messages) : null) {
            boolean printing = !log.quiet && !json.get();
            AttentionLines attention = new AttentionLines(out, messages, bar == null && printing);
            List<BatchListener> listeners = new ArrayList<>(List.of(attention));
            if (events != null) {
                listeners.add(events);
            }
            if (bar != null) {
                listeners.add(bar);
            }
            BatchReport report;
            StopRequest stop = new StopRequest();
            try (StopOnSignal signals = StopOnSignal.install(stop, err, messages)) {
                report = earchive.convert(request, BatchListener.all(listeners), stop);
            } catch (OutputBusyException e) {
                err.println("earchive: " + messages.sentence(e.getMessage()));
                if (events != null) {
                    events.error(e.getMessage(), ExitCodes.OUTPUT_NOT_WRITABLE);
                }
                return ExitCodes.OUTPUT_NOT_WRITABLE;
            }
            MetadataOptions.warnAboutUnmatchedRows(err, messages, clerk, report);
            if (bar != null) {
                bar.close();
                if (printing) {
                    attention.printHeld();
                }
            }
            int exitCode = report.stopped() ? ExitCodes.INTERRUPTED
                    : report.allConverted() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
            if (events != null) {
                events.batchFinished(report, exitCode);
            }
            if (json.get()) {
                out.println(ReportWriter.file(report).toPrettyString());
            } else {
                BatchSummary.print(out, messages, report, output);
            }
            if (report.stopped()) {
                err.println(messages.get("convert.stopped", report.documents().size(), report.notReached()));
            }
            out.flush();
            return exitCode;
        }
    }
}
