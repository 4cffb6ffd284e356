package org.earchive.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Files on the target file system (local, HDFS, S3A), read and written the way earchive writes locally: an output is
 * written under a scratch name in {@code OUT/.earchive/tmp/} and renamed into place in one step, so nobody ever sees
 * half of one under its real name, and a task that Spark runs twice (a retry, a speculative copy) replaces a whole
 * file with the same whole file.
 */
final class TargetFiles {

    private TargetFiles() {
    }

    /**
     * The file system of {@code path}. Hadoop's local file system keeps a hidden {@code .crc} file beside every file
     * it writes; earchive's outputs must be exactly what the CLI writes, so the raw one is used for {@code file:}.
     */
    static FileSystem of(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    /** Copies a remote document to executor-local scratch, keeping its modification time (PDF dates follow it). */
    static void fetch(FileSystem fs, Path remote, java.nio.file.Path local, long modifiedMillis) throws IOException {
        Files.createDirectories(local.getParent());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(local, java.nio.file.attribute.FileTime.fromMillis(modifiedMillis));
    }

    /**
     * Uploads {@code local} to a scratch name in {@code scratchFolder}, then renames it to {@code target}, replacing
     * what was there. HDFS refuses to rename over a file, so an existing target is removed first: for that moment the
     * name is absent, never torn.
     */
    static void place(FileSystem fs, java.nio.file.Path local, Path target, Path scratchFolder) throws IOException {
        fs.mkdirs(scratchFolder);
        Path part = new Path(scratchFolder, "spark-" + UUID.randomUUID() + ".part");
        try {
            try (InputStream in = Files.newInputStream(local); OutputStream out = fs.create(part, true)) {
                in.transferTo(out);
            }
            fs.mkdirs(target.getParent());
            if (!fs.rename(part, target)) {
                if (fs.exists(target)) {
                    fs.delete(target, false);
                }
                if (!fs.rename(part, target)) {
                    throw new IOException("cannot rename " + part + " to " + target);
                }
            }
        } finally {
            if (fs.exists(part)) {
                fs.delete(part, false);
            }
        }
    }

    /** The SHA-256 of a file on the target, or null when it is not there. */
    static String sha256(FileSystem fs, Path file) throws IOException {
        if (!fs.isFile(file)) {
            return null;
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(fs.open(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
