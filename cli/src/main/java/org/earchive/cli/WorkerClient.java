package org.earchive.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import sun.misc.Signal;

/**
 * The tiny client the launcher runs instead of earchive when a warm worker with its key answers (docs/worker.md):
 * it sends the arguments and its terminal, writes the job's standard output and error as they come, passes its
 * Ctrl-C on, and exits with the job's exit code. It loads none of earchive's libraries.
 *
 * <p>Usage: {@code WorkerClient SOCKET ARGS...}; the terminal's width in {@code -Dearchive.worker.columns}. Exits
 * {@link #NOT_SERVED} when no worker answers or it is busy: the launcher then runs earchive in-process, silently.
 */
@SuppressWarnings("restriction")
final class WorkerClient {

    /** Never one of earchive's own exit codes ({@link ExitCodes}); the launcher's sign to run in-process. */
    static final int NOT_SERVED = 75;

    private static volatile String signalled;

    private WorkerClient() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(args[0]), Arrays.asList(args).subList(1, args.length)));
    }

    private static int run(Path socket, List<String> args) {
        SocketChannel channel;
        DataInputStream in;
        DataOutputStream out;
        long pid;
        try {
            channel = WorkerProtocol.connect(socket);
            // buffered: DataInput reads an int a byte at a time, each a read of the socket; every write is flushed
            in = new DataInputStream(new java.io.BufferedInputStream(WorkerProtocol.input(channel)));
            out = new DataOutputStream(new java.io.BufferedOutputStream(WorkerProtocol.output(channel)));
            WorkerProtocol.writeJob(out, new Terminal(System.console() != null, Integer.getInteger("earchive.worker.columns", 0)), args);
            if (in.readByte() != WorkerProtocol.ACCEPTED) {
                return NOT_SERVED;
            }
            pid = in.readLong();
        } catch (IOException | RuntimeException noWorker) {
            return NOT_SERVED; // not one byte of the job was written: the launcher runs it in-process
        }
        for (String name : WorkerProtocol.SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> forward(out, signal.getName()));
            } catch (IllegalArgumentException ignoredHere) {
                // started with the signal ignored (or -Xrs): it never comes, as for a run of its own
            }
        }
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        try {
            while (true) {
                byte kind = in.readByte();
                if (kind == WorkerProtocol.EXIT) {
                    return in.readInt();
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                (kind == WorkerProtocol.STDOUT ? stdout : stderr).write(bytes);
            }
        } catch (IOException workerGone) {
            return ended(pid, args, workerGone);
        }
    }

    /** The worker raises the signal in itself: the job stops as a run of its own would. */
    private static void forward(DataOutputStream out, String name) {
        signalled = name;
        try {
            synchronized (out) {
                out.writeByte(WorkerProtocol.SIGNAL);
                WorkerProtocol.writeString(out, name);
                out.flush();
            }
        } catch (IOException gone) {
            // the worker has ended already: its end is read as the job's
        }
    }

    /**
     * The worker's JVM ended before the job's exit code. After a signal passed on, as a JVM of its own ends on it
     * (128 + the signal's number, nothing said); otherwise it died (killed, out of memory): said, exit code 70, as
     * when earchive itself fails (3 would tell a script an input is missing).
     */
    private static int ended(long pid, List<String> args, IOException how) {
        String signal = signalled;
        if (signal != null) {
            return 128 + new Signal(signal).getNumber();
        }
        Language language = Startup.languageBeforeConfig(args.toArray(String[]::new), System.getenv(), Locale.getDefault());
        System.err.println("earchive: " + Messages.of(language).get("worker.died", pid,
                how instanceof EOFException ? "" : " (" + how.getMessage() + ")"));
        System.err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
