package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.earchive.api.Earchive;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.serve.ServeSettings;
import org.earchive.serve.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code earchive serve}: parses its options and runs {@link Service} until SIGTERM or Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "earchive-serve")
    Path work;

    @Option(names = "--token", paramLabel = "TOKEN")
    List<String> tokens = new ArrayList<>();

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "512M", converter = SizeConverter.class)
    long maxUpload;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16")
    int queue;

    @Option(names = "--job-timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class)
    Duration jobTimeout;

    @Option(names = "--keep", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class)
    Duration keep;

    @Option(names = "--archive", paramLabel = "NAME", defaultValue = "Lưu trữ cơ quan")
    String archive;

    @Option(names = "--archive-code", paramLabel = "CODE")
    String archiveCode;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = Messages.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        ServeSettings settings = settings(messages);
        // every temporary file of the libraries (LibreOffice's profiles, PDFBox's scratch) goes under the work folder
        Path temporary = Files.createDirectories(settings.work().resolve("tmp"));
        System.setProperty("java.io.tmpdir", temporary.toString());

        CountDownLatch stopAsked = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stopAsked.countDown();
            try {
                stopped.await(60, TimeUnit.SECONDS); // the JVM waits for the jobs to stop and LibreOffice to end
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "earchive-serve-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        RunContext context = RunContexts.fromEnvironment().withOcr(OcrSettings.defaults(settings.workers()));
        try {
            try (Earchive earchive = Earchive.start(context, ClerkMetadata.none(), settings.workers());
                 Service service = Service.start(settings, earchive)) {
                InetSocketAddress address = service.address();
                String host = address.getAddress() instanceof java.net.Inet6Address
                        ? "[" + address.getAddress().getHostAddress() + "]" : address.getAddress().getHostAddress();
                out.println(messages.get("serve.listening", "http://" + host + ":" + address.getPort() + "/", settings.work()));
                out.println(messages.get(settings.tokenRequired() ? "serve.tokenRequired" : "serve.localOnly"));
                out.flush();
                stopAsked.await();
            } catch (java.net.BindException e) {
                throw new CommandException(ExitCodes.USAGE, messages.get("serve.portInUse", bind, port, e.getMessage()));
            } catch (Service.WorkInUse e) {
                throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, messages.get("serve.workInUse", settings.work()));
            }
            out.println(messages.get("serve.stopping")); // once the jobs and LibreOffice have stopped
            out.flush();
        } finally {
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    private ServeSettings settings(Messages messages) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException(messages.get("serve.badBind", bind));
        }
        if (port < 0 || port > 65535) {
            throw new UsageException(messages.get("serve.badPort", port));
        }
        if (queue < 1) {
            throw new UsageException(messages.get("serve.badQueue"));
        }
        Set<String> all = new LinkedHashSet<>(tokens);
        String fromEnvironment = System.getenv("EARCHIVE_TOKEN");
        if (fromEnvironment != null) {
            Arrays.stream(fromEnvironment.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(all::add);
        }
        if (all.stream().anyMatch(t -> t.length() < 16)) {
            throw new UsageException(messages.get("serve.shortToken"));
        }
        if (all.isEmpty() && !address.isLoopbackAddress()) {
            throw new UsageException(messages.get("serve.tokenNeeded", bind));
        }
        if (archive.isBlank()) {
            throw new UsageException(Messages.of(spec).get("ingest.needArchive"));
        }
        return new ServeSettings(new InetSocketAddress(address, port), work, all, maxUpload, queue, jobs.get(), jobTimeout,
                keep, archive.strip(), archiveCode);
    }

    /** "512M", "2G", "300k" or plain bytes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return org.earchive.core.ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
