package org.earchive.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code earchive worker start|stop|status}: the opt-in warm worker of docs/worker.md. The launcher names the
 * worker's socket from its key (the jar, the JVM flags, the working folder, the environment that changes what earchive
 * does) and passes it in {@code -Dearchive.worker.socket}; a worker is started with this JVM's own flags, so it
 * serves exactly the runs the launcher would have started like this one.
 */
@Command(name = "worker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {WorkerCommand.Start.class, WorkerCommand.Stop.class, WorkerCommand.Status.class})
public final class WorkerCommand implements Runnable {

    static final String SOCKET_PROPERTY = "earchive.worker.socket";
    static final String KEY_PROPERTY = "earchive.worker.key";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.of(spec).get("worker.missingSubcommand"));
    }

    @Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--idle", paramLabel = "TIME", converter = DurationConverter.class)
        Duration idle = Duration.ofMinutes(30);

        /** Read by the launcher, which sizes Java's heap by it: the worker then serves runs given the same --jobs. */
        @Option(names = {"-j", "--jobs"}, paramLabel = "N")
        Integer jobs;

        @Override
        public Integer call() throws Exception {
            Asked asked = Asked.of(spec);
            if (asked.state().isPresent()) {
                return asked.say("worker.alreadyRunning", asked.state().get().pid());
            }
            Messages messages = asked.messages();
            Path socket = asked.socket();
            ownFolder(socket.getParent(), messages);
            Path log = socket.resolveSibling(socket.getFileName().toString().replaceFirst("\\.sock$", ".log"));
            Process worker = new ProcessBuilder(command(socket, idle))
                    .redirectInput(new File("/dev/null"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<WorkerState> state = WorkerState.ask(socket);
                if (state.isPresent()) {
                    return asked.say("worker.started", state.get().pid(), state.get().key(), human(idle));
                }
                if (worker.waitFor(100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            worker.destroy();
            throw new CommandException(ExitCodes.INTERNAL_ERROR, messages.get("worker.didNotStart", log));
        }

        /**
         * This JVM's own flags (the launcher's heap, JIT, class data sharing, EARCHIVE_JAVA_OPTS), in a session of
         * its own (setsid), so that the terminal's Ctrl-C reaches only the client, which passes it on. {@code env
         * --default-signal} is GNU coreutils 8.31 or newer (Debian 11, Ubuntu 20.04).
         */
        private static List<String> command(Path socket, Duration idle) throws Exception {
            // with Ctrl-C's signals as a terminal's foreground run has them, even if this run was started with them
            // ignored (a script's `cmd &`): a JVM that starts with SIGINT ignored can never answer it
            List<String> command = new ArrayList<>(List.of("setsid", "env",
                    "--default-signal=" + String.join(",", WorkerProtocol.SIGNALS),
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!flag.startsWith("-D" + SOCKET_PROPERTY + "=") && !flag.startsWith("-D" + KEY_PROPERTY + "=")) {
                    command.add(flag);
                }
            }
            Path jar = WorkerServer.runningJar();
            command.addAll(List.of("-cp", jar.toString(), WorkerServer.class.getName(), socket.toString(),
                    Long.toString(idle.toSeconds()), System.getProperty(KEY_PROPERTY, "")));
            return command;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Asked asked = Asked.of(spec);
            if (asked.state().isEmpty()) {
                return asked.say("worker.none");
            }
            long pid = asked.state().get().pid();
            byte answer;
            try (SocketChannel channel = WorkerProtocol.connect(asked.socket())) {
                DataOutputStream request = new DataOutputStream(WorkerProtocol.output(channel));
                request.writeByte(WorkerProtocol.STOP);
                request.flush();
                answer = new DataInputStream(WorkerProtocol.input(channel)).readByte();
            }
            if (answer == WorkerProtocol.STOPPING_AFTER_JOB) {
                return asked.say("worker.stoppingAfterJob", pid);
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
            return asked.say("worker.stopped", pid);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Asked asked = Asked.of(spec);
            if (asked.state().isEmpty()) {
                return asked.say("worker.none");
            }
            Messages messages = asked.messages();
            PrintWriter out = asked.out();
            WorkerState worker = asked.state().get();
            DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
            out.println(messages.get("worker.status.pid", worker.pid()));
            out.println(messages.get("worker.status.started", time.format(worker.started())));
            out.println(worker.busy() ? messages.get("worker.status.busy")
                    : messages.get("worker.status.idle", time.format(worker.idleSince()), human(worker.idleLimit())));
            out.println(messages.get("worker.status.jobs", worker.jobs()));
            out.println(messages.get("worker.status.key", worker.key()));
            return ExitCodes.OK;
        }
    }

    /** What {@code worker status} shows, as the worker answers it; empty when no worker answers on the socket. */
    record WorkerState(long pid, Instant started, boolean busy, Instant idleSince, int jobs, Duration idleLimit, String key) {
        static Optional<WorkerState> ask(Path socket) {
            try (SocketChannel channel = WorkerProtocol.connect(socket)) {
                DataOutputStream request = new DataOutputStream(WorkerProtocol.output(channel));
                request.writeByte(WorkerProtocol.STATUS);
                request.flush();
                DataInputStream in = new DataInputStream(WorkerProtocol.input(channel));
                return Optional.of(new WorkerState(in.readLong(), Instant.ofEpochMilli(in.readLong()), in.readBoolean(),
                        Instant.ofEpochMilli(in.readLong()), in.readInt(), Duration.ofSeconds(in.readLong()),
                        WorkerProtocol.readString(in)));
            } catch (IOException none) {
                return Optional.empty();
            }
        }
    }

    /** What each of start, stop and status begins with: the worker the launcher named, and whether it answers. */
    private record Asked(Messages messages, PrintWriter out, Path socket, Optional<WorkerState> state) {
        static Asked of(CommandSpec spec) {
            Messages messages = Messages.of(spec);
            Path socket = WorkerCommand.socket(messages);
            return new Asked(messages, spec.commandLine().getOut(), socket, WorkerState.ask(socket));
        }

        /** Says the sentence under KEY; exit code 0. */
        int say(String key, Object... args) {
            out.println(messages.get(key, args));
            return ExitCodes.OK;
        }
    }

    /** The socket the launcher named; run without the launcher, there is none to name. */
    private static Path socket(Messages messages) {
        String socket = System.getProperty(SOCKET_PROPERTY);
        if (socket == null || socket.isBlank()) {
            throw new CommandException(ExitCodes.USAGE, messages.get("worker.launcherOnly"));
        }
        return Path.of(socket);
    }

    /** The worker's folder: made for this user alone (0700), and refused if anyone else could reach into it. */
    private static void ownFolder(Path folder, Messages messages) throws IOException {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, ownerOnly);
        }
        boolean mine = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        if (!mine || !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(ownerOnly)) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, messages.get("worker.folderNotPrivate", folder));
        }
    }

    /** 30m, 2h, 45s: as --idle is written. */
    private static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
