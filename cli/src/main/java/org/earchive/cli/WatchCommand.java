package org.earchive.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.earchive.api.Earchive;
import org.earchive.core.Presentation;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.pipeline.BatchOptions;
import org.earchive.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earchive watch IN --out OUT}: parses, then runs {@link Watcher} until SIGTERM or Ctrl-C. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1")
    Path in;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT")
    Path out;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class)
    Duration settle;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class)
    Duration interval;

    @Option(names = "--log", paramLabel = "FILE")
    Path logFile;

    @Mixin
    JobsOption jobs;

    @Mixin
    BatchRunOptions batch;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    ConversionOptions conversion;


    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = Messages.of(spec);
        if (!Files.isDirectory(in)) {
            throw new CommandException(ExitCodes.INPUT_MISSING, messages.get("watch.noFolder", in));
        }
        Path folder = in.toAbsolutePath().normalize();
        Path output = out.toAbsolutePath().normalize();
        if (output.startsWith(folder)) {
            throw new UsageException(messages.get("watch.outInside", out, in));
        }
        ClerkMetadata clerk = metadata.read();
        RunContext context = conversion.context(jobs.get(), "",
                new Presentation(messages.locale(), ReportZone.chosen(spec, null, System.getenv())));
        BatchOptions options = batch.options(jobs.get());
        PrintWriter log = logFile == null ? spec.commandLine().getOut() : new PrintWriter(new OutputStreamWriter(
                Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8));

        Thread main = Thread.currentThread();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            main.interrupt(); // the batch in progress stops; its items are converted again on the next start
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "earchive-watch-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        Earchive earchive;
        try {
            earchive = Earchive.start(context, clerk, jobs.get(), options.timeout());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
        try (earchive) {
            new Watcher(new Watcher.Settings(folder, output, settle, interval, options), earchive, log,
                    Clock.systemUTC()).run();
        } finally {
            log.flush();
            stopped.countDown();
        }
        return ExitCodes.OK;
    }
}
