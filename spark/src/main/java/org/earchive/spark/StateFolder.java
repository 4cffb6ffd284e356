package org.earchive.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.earchive.core.Folders;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.OutputLock;
import org.earchive.report.ReportWriter;
import org.earchive.report.Thumbnails;

/**
 * {@code OUT/.earchive/} as the driver uses it: the journal, the reports and the thumbnails. On a local output it is
 * the folder itself, so the journal is appended and synced as each document finishes, exactly as the CLI does. On
 * HDFS or S3 (no appends to rely on), the driver works on a local copy, read at the start and written back at the
 * end, each file placed atomically.
 */
final class StateFolder implements AutoCloseable {

    private static final String[] PUBLISHED = {Journal.FILE, ReportWriter.JSON, ReportWriter.CSV, ReportWriter.HTML};

    private final FileSystem fs;
    private final Path remote;
    private final java.nio.file.Path local;
    private final boolean staged;
    private final java.io.Closeable lock;

    private StateFolder(FileSystem fs, Path remote, java.nio.file.Path local, boolean staged, java.io.Closeable lock) {
        this.fs = fs;
        this.remote = remote;
        this.local = local;
        this.staged = staged;
        this.lock = lock;
    }

    /**
     * Takes the output for this run (the CLI's lock on a local output, a {@link RemoteLock} on HDFS or S3), then
     * reads its journal.
     *
     * @param console where the take-over of a dead run's remote lock is said, or null
     * @throws org.earchive.pipeline.OutputBusyException when another run holds the output
     */
    static StateFolder open(FileSystem fs, Path output, java.io.PrintStream console) throws IOException {
        Path remote = new Path(output, OutputLayout.STATE_FOLDER);
        if ("file".equals(remote.toUri().getScheme())) {
            java.nio.file.Path folder = java.nio.file.Path.of(remote.toUri());
            Files.createDirectories(folder);
            return new StateFolder(fs, remote, folder, false, OutputLock.acquire(folder)::close);
        }
        fs.mkdirs(remote);
        RemoteLock lock = RemoteLock.acquire(fs, remote, RemoteLock.STALE, console);
        try {
            java.nio.file.Path staging = Files.createTempDirectory("earchive-spark-state-");
            StateFolder state = new StateFolder(fs, remote, staging, true, lock::close);
            state.download(new Path(remote, Journal.FILE), staging.resolve(Journal.FILE));
            return state;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The journal's lines by document, read without taking the output (a dry run writes nothing and may look while a
     * run is going); empty when there is none.
     */
    static java.util.Map<String, org.earchive.pipeline.JournalEntry> journalOnly(FileSystem fs, Path output) throws IOException {
        Path remote = new Path(output, OutputLayout.STATE_FOLDER);
        if ("file".equals(remote.toUri().getScheme())) {
            java.nio.file.Path folder = java.nio.file.Path.of(remote.toUri());
            return Files.isDirectory(folder) ? Journal.read(folder) : java.util.Map.of();
        }
        java.nio.file.Path staging = Files.createTempDirectory("earchive-spark-plan-");
        try {
            StateFolder reader = new StateFolder(fs, remote, staging, true, () -> { });
            reader.download(new Path(remote, Journal.FILE), staging.resolve(Journal.FILE));
            return Journal.read(staging);
        } finally {
            Folders.delete(staging);
        }
    }

    /** Where the journal and the reports are written (the real folder, or the local copy). */
    java.nio.file.Path local() {
        return local;
    }

    boolean isStaged() {
        return staged;
    }

    /** What tasks killed mid-upload left in {@code OUT/.earchive/tmp/} (never under a real name). */
    void removeScratch() throws IOException {
        fs.delete(new Path(remote, "tmp"), true);
    }

    /** The thumbnails the HTML report shows, fetched into the local copy. */
    void fetchThumbnails(Collection<String> pdfSha256s) throws IOException {
        if (!staged) {
            return;
        }
        for (String sha256 : pdfSha256s) {
            java.nio.file.Path file = Thumbnails.file(local, sha256);
            download(new Path(new Path(remote, Thumbnails.FOLDER), file.getFileName().toString()), file);
        }
    }

    /** Writes the journal and the reports back to the target. */
    void publish() throws IOException {
        if (!staged) {
            return;
        }
        for (String name : PUBLISHED) {
            java.nio.file.Path file = local.resolve(name);
            if (Files.exists(file)) {
                TargetFiles.place(fs, file, new Path(remote, name), new Path(remote, "tmp"));
            }
        }
    }

    private void download(Path from, java.nio.file.Path to) throws IOException {
        if (!fs.isFile(from)) {
            return;
        }
        Files.createDirectories(to.getParent());
        try (InputStream in = fs.open(from)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives the output back, then removes the local copy. */
    @Override
    public void close() throws IOException {
        try {
            lock.close();
        } finally {
            if (staged) {
                Folders.delete(local);
            }
        }
    }
}
