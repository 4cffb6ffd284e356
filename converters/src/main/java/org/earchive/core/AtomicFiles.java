package org.earchive.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way earchive puts a file where a person or a program will read it: written under a temporary name
 * beside the target, forced to disk, renamed in one step, and the folder's entry forced too. A crash, a kill or a
 * full disk at any moment leaves either the old file or the new one under the real name, never half of one.
 */
public final class AtomicFiles {

    /** Suffix of the temporary names; a run's clean-up may remove any file ending in it that it finds in its own folders. */
    public static final String PART_SUFFIX = ".part";

    private AtomicFiles() {
    }

    /** Writes what {@code content} writes, then places it at {@code target}, replacing what was there. */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + PART_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            place(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Places {@code bytes} at {@code target}, replacing what was there. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Moves a finished scratch file (on the same file system) to {@code target}: the scratch file is forced to disk
     * first, the folders are created, the rename is atomic and replaces what was there, and the folder is synced.
     */
    public static void place(Path scratch, Path target) throws IOException {
        force(scratch);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (some network shares): the best it offers
            Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Removes the temporary files a killed writer left in {@code folder} (not below it). Only for a folder the caller
     * holds alone: a live writer's temporary file looks the same.
     */
    public static void removeUnfinished(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path part : entries.filter(p -> p.getFileName().toString().endsWith(PART_SUFFIX)).toList()) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** The file's bytes on disk, not only in the page cache. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The folder's entries on disk (a rename is only durable once its folder is); not every system allows it. */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a channel; its rename is durable on its own
        }
    }

    /** What goes into a file written by {@link #write(Path, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
