package org.earchive.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.earchive.pipeline.OutputBusyException;

/**
 * One run at a time on an HDFS or S3 output, as {@code OUT/.earchive/lock} is on a local one. Those file systems have
 * no lock that goes away when its process dies, so this one is a file created only where none exists (one atomic step
 * on HDFS; on S3A when the bucket supports conditional writes, see docs/spark.md), rewritten by the driver every
 * {@link #HEARTBEAT} while the run lives. A lock nobody has rewritten for {@code stale} belongs to a driver that died:
 * the next run takes it over and says so, instead of leaving the clerk a file to delete by hand.
 */
final class RemoteLock implements AutoCloseable {

    static final String FILE = "lock";
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** Ten missed heartbeats: a driver paused that long by its JVM or its network is as good as gone. */
    static final Duration STALE = HEARTBEAT.multipliedBy(10);

    private final FileSystem fs;
    private final Path file;
    private final String token;
    private final String holder;
    private final ScheduledExecutorService heartbeat;

    private RemoteLock(FileSystem fs, Path file, String token, String holder) {
        this.fs = fs;
        this.file = file;
        this.token = token;
        this.holder = holder;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "earchive-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param stateFolder {@code OUT/.earchive} on the target file system
     * @param console     where a take-over of a dead run's lock is said, or null
     * @throws OutputBusyException when a live run holds the output
     */
    static RemoteLock acquire(FileSystem fs, Path stateFolder, Duration stale, PrintStream console) throws IOException {
        Path file = new Path(stateFolder, FILE);
        String token = UUID.randomUUID().toString();
        String holder = "driver " + SparkStart.hostName() + ", pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
        RemoteLock lock = new RemoteLock(fs, file, token, holder);
        if (!lock.create()) {
            FileStatus status = statusOrNull(fs, file);
            long age = status == null ? Long.MAX_VALUE : System.currentTimeMillis() - status.getModificationTime();
            if (age <= stale.toMillis()) {
                throw new OutputBusyException("Another earchive run is already writing to " + stateFolder.getParent()
                        + lock.previousHolder() + "; wait for it to finish, or choose another output folder.");
            }
            String dead = lock.previousHolder();
            fs.delete(file, false);
            if (!lock.create()) { // another run took it over in the same moment: it is that run's now
                throw new OutputBusyException("Another earchive run has just taken over " + stateFolder.getParent()
                        + lock.previousHolder() + "; wait for it to finish, or choose another output folder.");
            }
            if (console != null) {
                console.println("earchive: the lock of an earlier run" + dead + " had not been renewed for "
                        + Duration.ofMillis(Math.min(age, Long.MAX_VALUE / 2)).toMinutes()
                        + " minutes; that run is taken to have died, and this one goes on.");
            }
        }
        lock.heartbeat.scheduleWithFixedDelay(lock::beatQuietly, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        return lock;
    }

    /** Writes the lock only where no file exists; false when one does. */
    private boolean create() throws IOException {
        try (OutputStream out = fs.create(file, false)) {
            out.write(content().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        } catch (IOException e) {
            if (fs.exists(file)) { // some file systems say "exists" with a plain IOException
                return false;
            }
            throw e;
        }
    }

    private String content() {
        return token + "\n" + holder + ", renewed " + Instant.now() + "\n";
    }

    /** Renews the lock's time, so that no other run takes it for a dead one. */
    void beat() throws IOException {
        if (isOurs()) {
            try (OutputStream out = fs.create(file, true)) {
                out.write(content().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (IOException | RuntimeException e) {
            // the next beat tries again; a lock left unrenewed is at worst taken over after STALE
        }
    }

    private boolean isOurs() {
        return readLock().startsWith(token + "\n");
    }

    private String previousHolder() {
        String text = readLock();
        int firstLine = text.indexOf('\n');
        String who = firstLine < 0 ? "" : text.substring(firstLine + 1).strip();
        return who.isEmpty() ? "" : " (" + who + ")";
    }

    private String readLock() {
        try (InputStream in = fs.open(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static FileStatus statusOrNull(FileSystem fs, Path file) throws IOException {
        try {
            return fs.getFileStatus(file);
        } catch (FileNotFoundException gone) {
            return null;
        }
    }

    /** Stops renewing and removes the lock, unless another run has taken it over meanwhile. */
    @Override
    public void close() throws IOException {
        heartbeat.shutdownNow();
        if (isOurs()) {
            fs.delete(file, false);
        }
    }
}
