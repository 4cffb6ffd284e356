package org.earchive.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What a warm worker and its client say over the worker's Unix-domain socket (docs/worker.md). The client opens
 * with a request byte: {@link #JOB} (the terminal, then the arguments), {@link #STATUS} or {@link #STOP}. A job is
 * answered {@link #BUSY} or {@link #ACCEPTED} (with the worker's pid), then frames: {@link #STDOUT} and
 * {@link #STDERR} with their bytes as the job wrote them, {@link #EXIT} with its exit code. While the job runs the
 * client may send {@link #SIGNAL} and a signal's name (INT, TERM, HUP): the worker raises it in itself, so the job
 * stops exactly as a run of its own stops on that signal.
 */
final class WorkerProtocol {

    /** The signals a client passes on to its job (and the worker is started with at their default). */
    static final java.util.List<String> SIGNALS = java.util.List.of("INT", "TERM", "HUP");

    static final byte JOB = 'J';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';
    static final byte BUSY = 'B';
    static final byte ACCEPTED = 'A';
    static final byte STDOUT = 'O';
    static final byte STDERR = 'E';
    static final byte EXIT = 'X';
    static final byte SIGNAL = 'G';
    static final byte STOPPING_NOW = 'K';
    static final byte STOPPING_AFTER_JOB = 'W';

    private WorkerProtocol() {
    }

    static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    static void writeJob(DataOutputStream out, Terminal terminal, List<String> args) throws IOException {
        out.writeByte(JOB);
        out.writeBoolean(terminal.console());
        out.writeInt(terminal.columns());
        out.writeInt(args.size());
        for (String arg : args) {
            writeString(out, arg);
        }
        out.flush();
    }

    static Terminal readTerminal(DataInputStream in) throws IOException {
        return new Terminal(in.readBoolean(), in.readInt());
    }

    static List<String> readArgs(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(readString(in));
        }
        return args;
    }

    /** Any length (writeUTF stops at 64 KB, and an argument list may be longer) */
    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The channel as a stream that reads without taking the channel's blocking lock: the JDK's
     * {@code Channels.newInputStream} takes it, and a read waiting for the client's Ctrl-C would then block
     * every frame the job writes.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    /** The channel as a stream that writes without taking its blocking lock (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /**
     * Frames to the client, in the order the job's threads write them. One thread of its own writes them to the
     * socket: a job interrupts its own threads (a document past its time, a batch stopped), and an interrupted thread
     * writing to a channel closes it, which would cut the client off mid-job.
     */
    static final class Frames {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        private final Thread writer;
        private volatile IOException failed;

        Frames(OutputStream channel) {
            writer = new Thread(() -> drain(channel), "earchive-worker-frames");
            writer.setDaemon(true);
            writer.start();
        }

        void bytes(byte stream, byte[] bytes, int offset, int length) {
            queue.add(ByteBuffer.allocate(5 + length).put(stream).putInt(length).put(bytes, offset, length).array());
        }

        /** The exit code, after every frame before it has reached the socket. */
        void exit(int code) throws IOException {
            queue.add(ByteBuffer.allocate(5).put(EXIT).putInt(code).array());
            queue.add(END);
            boolean interrupted = false;
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failed != null) {
                throw failed;
            }
        }

        private void drain(OutputStream channel) {
            try {
                for (byte[] frame = queue.take(); frame != END; frame = queue.take()) {
                    channel.write(frame);
                }
            } catch (IOException e) {
                failed = e; // the client is gone: the job is told to stop (WorkerServer.forwardSignals)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** What the job writes on STREAM, each write a frame as it comes. */
        OutputStream stream(byte stream) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    if (length > 0) {
                        bytes(stream, bytes, offset, length);
                    }
                }
            };
        }
    }
}
