package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.earchive.pipeline.OutputBusyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of an output on a file system without process locks (HDFS, S3). Hadoop's raw local file system stands in
 * for HDFS here: its create-if-absent refuses an existing file as HDFS does.
 */
class RemoteLockTest {

    @TempDir
    java.nio.file.Path folder;

    private FileSystem fs;
    private Path state;

    @BeforeEach
    void fileSystem() throws Exception {
        fs = TargetFiles.of(new Path(folder.toUri()), new Configuration());
        state = new Path(new Path(folder.toUri()), "out/.earchive");
        fs.mkdirs(state);
    }

    @Test
    void aSecondRunIsRefusedWithTheHolderNamedAndMayStartOnceTheFirstEnds() throws Exception {
        try (RemoteLock first = RemoteLock.acquire(fs, state, RemoteLock.STALE, null)) {
            OutputBusyException busy = assertThrows(OutputBusyException.class,
                    () -> RemoteLock.acquire(fs, state, RemoteLock.STALE, null));
            assertTrue(busy.getMessage().startsWith("Another earchive run is already writing to "), busy.getMessage());
            assertTrue(busy.getMessage().contains("pid " + ProcessHandle.current().pid()), busy.getMessage());
        }
        assertFalse(fs.exists(new Path(state, RemoteLock.FILE)), "the lock is removed when the run ends");
        try (RemoteLock again = RemoteLock.acquire(fs, state, RemoteLock.STALE, null)) {
            assertTrue(fs.exists(new Path(state, RemoteLock.FILE)));
        }
    }

    @Test
    void theLockOfADriverThatDiedIsTakenOverAndSaid() throws Exception {
        RemoteLock dead = RemoteLock.acquire(fs, state, RemoteLock.STALE, null); // never closed: its driver "died"
        Path file = new Path(state, RemoteLock.FILE);
        long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        fs.setTimes(file, anHourAgo, anHourAgo);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (RemoteLock taken = RemoteLock.acquire(fs, state, RemoteLock.STALE, new PrintStream(said, true,
                StandardCharsets.UTF_8))) {
            String line = said.toString(StandardCharsets.UTF_8);
            assertTrue(line.contains("had not been renewed for 60 minutes"), line);
            dead.close(); // the old driver coming back must not remove the lock it lost
            assertTrue(fs.exists(file), "a lock taken over belongs to the new run");
        }
    }

    @Test
    void aRenewedLockIsNotTakenForADeadOne() throws Exception {
        try (RemoteLock live = RemoteLock.acquire(fs, state, RemoteLock.STALE, null)) {
            Path file = new Path(state, RemoteLock.FILE);
            long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
            fs.setTimes(file, anHourAgo, anHourAgo);
            live.beat();
            assertThrows(OutputBusyException.class, () -> RemoteLock.acquire(fs, state, RemoteLock.STALE, null));
        }
    }
}
