package org.earchive.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * The warm worker (docs/worker.md): a JVM started by {@code earchive worker start} with the launcher's own flags,
 * in the caller's folder and environment, that runs one command line at a time for the clients of its socket as
 * {@link Main} would run it in a JVM of its own: the job's standard output and error go to the client as they come,
 * its exit code after. It ends after its idle time, when the jar it runs from changes, on {@code worker stop}, and
 * after a job that ended in an internal error (what such a job left in memory cannot be trusted).
 *
 * <p>Usage: {@code WorkerServer SOCKET IDLE_SECONDS KEY}.
 */
@SuppressWarnings("restriction")
final class WorkerServer {

    /** The worker's own log (its folder's KEY.log), one event a line: System.out is the client's while a job runs. */
    private static final PrintStream LOG = System.out;

    private final Path socket;
    private final Duration idle;
    private final String key;
    private final JarStamp jar = JarStamp.ofRunningJar();
    private final long started = System.currentTimeMillis();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger jobs = new AtomicInteger();
    private volatile long idleSince = started;
    private volatile boolean stopAfterJob;

    private WorkerServer(Path socket, Duration idle, String key) {
        this.socket = socket;
        this.idle = idle;
        this.key = key;
    }

    public static void main(String[] args) throws IOException {
        new WorkerServer(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1])), args[2]).serve();
    }

    private void serve() throws IOException {
        Files.deleteIfExists(socket); // a killed worker's: `worker start` found that no one answers on it
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeSocket, "earchive-worker-socket"));
        Executors.newSingleThreadScheduledExecutor(daemon("earchive-worker-clock"))
                .scheduleWithFixedDelay(this::endWhenDue, 1, 1, TimeUnit.SECONDS);
        LOG.println("event=started pid=" + ProcessHandle.current().pid() + " socket=" + socket);
        while (true) {
            SocketChannel client = server.accept();
            daemon("earchive-worker-client").newThread(() -> answer(client)).start();
        }
    }

    /** Idle too long, the jar rebuilt, or asked to stop: never in the middle of a job. */
    private void endWhenDue() {
        if (busy.get()) {
            return;
        }
        boolean idleTooLong = System.currentTimeMillis() - idleSince > idle.toMillis();
        if (idleTooLong || stopAfterJob || !jar.unchanged()) {
            // taken, so that no job starts while the JVM goes down
            if (busy.compareAndSet(false, true)) {
                LOG.println("event=end reason=" + (idleTooLong ? "idle" : stopAfterJob ? "stopped" : "jar-changed"));
                System.exit(0);
            }
        }
    }

    private void answer(SocketChannel channel) {
        try (channel) {
            DataInputStream in = new DataInputStream(WorkerProtocol.input(channel));
            DataOutputStream out = new DataOutputStream(WorkerProtocol.output(channel));
            switch (in.readByte()) {
                case WorkerProtocol.JOB -> job(channel, in, out);
                case WorkerProtocol.STATUS -> status(out);
                case WorkerProtocol.STOP -> stop(out);
                default -> { }
            }
        } catch (IOException gone) {
            // the client went away; a job it asked for was told to stop (see job)
        }
    }

    private void status(DataOutputStream out) throws IOException {
        out.writeLong(ProcessHandle.current().pid());
        out.writeLong(started);
        out.writeBoolean(busy.get());
        out.writeLong(idleSince);
        out.writeInt(jobs.get());
        out.writeLong(idle.toSeconds());
        WorkerProtocol.writeString(out, key);
        out.flush();
    }

    private void stop(DataOutputStream out) throws IOException {
        stopAfterJob = true;
        out.writeByte(busy.get() ? WorkerProtocol.STOPPING_AFTER_JOB : WorkerProtocol.STOPPING_NOW);
        out.flush();
        endWhenDue();
    }

    private void job(SocketChannel channel, DataInputStream in, DataOutputStream out) throws IOException {
        Terminal terminal = WorkerProtocol.readTerminal(in);
        List<String> args = WorkerProtocol.readArgs(in);
        if (stopAfterJob || !jar.unchanged() || !busy.compareAndSet(false, true)) {
            out.writeByte(WorkerProtocol.BUSY);
            out.flush();
            return;
        }
        int code = ExitCodes.INTERNAL_ERROR;
        try {
            out.writeByte(WorkerProtocol.ACCEPTED);
            out.writeLong(ProcessHandle.current().pid());
            out.flush();
            code = run(in, new WorkerProtocol.Frames(out), terminal, args);
        } finally {
            jobs.incrementAndGet();
            idleSince = System.currentTimeMillis();
            if (code == ExitCodes.INTERNAL_ERROR) {
                stopAfterJob = true;
            }
            busy.set(false);
        }
        endWhenDue();
    }

    /** Main.run with the client's streams and terminal, and its signals raised here while the job runs. */
    private static int run(DataInputStream in, WorkerProtocol.Frames frames, Terminal terminal, List<String> args)
            throws IOException {
        Charset charset = Charset.defaultCharset(); // what System.out and System.err encode with in a JVM of its own
        PrintStream out = new PrintStream(frames.stream(WorkerProtocol.STDOUT), true, charset);
        PrintStream err = new PrintStream(frames.stream(WorkerProtocol.STDERR), true, charset);
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        InputStream systemIn = System.in;
        AtomicBoolean running = new AtomicBoolean(true);
        Thread signals = daemon("earchive-worker-signals").newThread(() -> forwardSignals(in, running));
        int code;
        try {
            System.setOut(out);
            System.setErr(err);
            System.setIn(new ByteArrayInputStream(new byte[0])); // the launcher runs in-process what reads standard input
            Terminal.ofJob(terminal);
            signals.start();
            code = Main.run(out, err, args.toArray(String[]::new));
            Thread.interrupted(); // an interrupt the job left on this thread is not the next job's
        } catch (RuntimeException | Error e) {
            e.printStackTrace(err);
            code = ExitCodes.INTERNAL_ERROR;
        } finally {
            running.set(false);
            out.flush();
            err.flush();
            Terminal.ofJob(null);
            System.setOut(systemOut);
            System.setErr(systemErr);
            System.setIn(systemIn);
        }
        frames.exit(code);
        return code;
    }

    /**
     * The client's Ctrl-C (or TERM, HUP) raised in this JVM: the job's own handler answers it as in a JVM of its own
     * (convert stops starting documents and writes its report), or, where the command installed none, the JVM ends
     * as a cold one does, its shutdown hooks run. A client gone mid-job (killed) counts as TERM.
     */
    private static void forwardSignals(DataInputStream in, AtomicBoolean running) {
        while (true) {
            String name;
            boolean gone = false;
            try {
                if (in.readByte() != WorkerProtocol.SIGNAL) {
                    continue;
                }
                name = WorkerProtocol.readString(in);
            } catch (IOException e) {
                name = "TERM";
                gone = true;
            }
            LOG.println("event=signal signal=" + name + " client=" + (gone ? "gone" : "sent") + " job=" + (running.get() ? "running" : "ended"));
            if (running.get() && WorkerProtocol.SIGNALS.contains(name)) {
                try {
                    Signal.raise(new Signal(name));
                } catch (IllegalArgumentException ignoredHere) {
                    // this JVM started with the signal ignored: so would a run of its own have, and go on
                }
            }
            if (gone || !running.get()) {
                return;
            }
        }
    }

    private void removeSocket() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // the next `worker start` removes it
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The jar earchive's classes are loaded from. */
    static Path runningJar() throws java.net.URISyntaxException {
        return Path.of(WorkerServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The jar this JVM runs from, as it was when it started: a rebuilt jar ends the worker. */
    record JarStamp(Path path, long size, long modified) {
        static JarStamp ofRunningJar() {
            try {
                Path path = runningJar();
                return new JarStamp(path, Files.size(path), Files.getLastModifiedTime(path).toMillis());
            } catch (Exception e) {
                throw new IllegalStateException("earchive worker cannot find its own jar", e);
            }
        }

        boolean unchanged() {
            try {
                return Files.size(path) == size && Files.getLastModifiedTime(path).toMillis() == modified;
            } catch (IOException gone) {
                return false;
            }
        }
    }
}
