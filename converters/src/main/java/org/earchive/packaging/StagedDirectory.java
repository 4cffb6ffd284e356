package org.earchive.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.earchive.core.AtomicFiles;

/**
 * A package is built in a hidden folder beside its destination and renamed into place only when complete,
 * so a killed or failed run never leaves a half-written package under the name a script would pick up.
 * Beside, not in /tmp: a rename within one file system is atomic; across file systems it would be a copy.
 */
public final class StagedDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** @throws FileAlreadyExistsException when the destination exists: packages are never overwritten */
    public static StagedDirectory beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "it already exists; earchive does not overwrite packages");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // not Files.createTempDirectory: its owner-only permissions would stay on the package after the rename,
        // and the archive's other staff could not read it
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".partial-" + java.util.UUID.randomUUID()));
        return new StagedDirectory(absolute, staging);
    }

    public Path path() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /**
     * Renames the staging folder to the target in one step (a folder, so not {@link AtomicFiles#place}, which
     * replaces what is there: a package is never written over), then makes the rename durable.
     */
    public void commit() throws IOException {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        AtomicFiles.forceFolder(target.getParent());
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        deleteTree(staging);
    }

    /** Empties a folder, keeping the folder itself. */
    public static void deleteContents(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                deleteTree(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it (a package folder once its ZIP is written). */
    public static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(StagedDirectory::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
