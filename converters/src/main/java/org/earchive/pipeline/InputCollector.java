package org.earchive.pipeline;

import org.earchive.core.SlashedPaths;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the documents under the inputs: files as given, folders walked recursively in a stable order.
 * The output folder is never walked into and no link is followed out of the input folder. The clutter
 * operating systems and office programs leave behind (Thumbs.db, .DS_Store, ~$ lock files, hidden files)
 * is not converted, but {@link #walk} still lists it, with the reason, so that nothing vanishes unremarked.
 */
public final class InputCollector {

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    /** The documents to convert, without the skipped entries (for commands that only read). */
    public List<SourceDocument> collect(List<Path> inputs, Path exclude) throws IOException {
        return walk(inputs, exclude, InputFilter.ALL).stream().filter(d -> !d.isSkipped()).toList();
    }

    /**
     * @param inputs  files or folders; each must exist (callers check and report missing ones first). A file
     *                named here is always taken, whatever its name.
     * @param exclude a folder never to enter (the output), or null
     * @param filter  the user's include and exclude globs, applied inside folders
     * @return documents and skipped entries, each folder's in path order
     */
    public List<SourceDocument> walk(List<Path> inputs, Path exclude, InputFilter filter) throws IOException {
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                documents.add(new SourceDocument(root, root.getFileName()));
                continue;
            }
            List<SourceDocument> found = new ArrayList<>();
            Files.walkFileTree(root, new FolderVisitor(root, root.toRealPath(), excluded, filter, found));
            found.sort(Comparator.comparing(SourceDocument::displayPath));
            documents.addAll(found);
        }
        return documents;
    }

    private static final class FolderVisitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final Path excluded;
        private final InputFilter filter;
        private final List<SourceDocument> found;

        FolderVisitor(Path root, Path realRoot, Path excluded, InputFilter filter, List<SourceDocument> found) {
            this.root = root;
            this.realRoot = realRoot;
            this.excluded = excluded;
            this.filter = filter;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            Path relative = root.relativize(dir);
            if (dir.equals(excluded) || filter.excludes(relative)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (isHidden(dir)) {
                found.add(SourceDocument.skipped(dir, relative,
                        "Hidden folder (its name starts with a dot): nothing in it is converted."));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path relative = root.relativize(file);
            if (!filter.acceptsFile(relative)) {
                return FileVisitResult.CONTINUE;
            }
            String reason = clutterReason(file.getFileName().toString());
            if (reason == null && attrs.isSymbolicLink()) {
                reason = linkReason(file);
            }
            found.add(reason == null ? new SourceDocument(file, relative) : SourceDocument.skipped(file, relative, reason));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // an unreadable entry still becomes a document, so the report names it
            if (!(e instanceof NoSuchFileException)) {
                found.add(new SourceDocument(file, root.relativize(file)));
            }
            return FileVisitResult.CONTINUE;
        }

        /**
         * A link is converted only when it leads to a file inside the input folder. One that leads out could
         * expose files the user never meant to hand over (and loop); a link to a folder would convert its
         * files twice. A broken link is converted, and so reported as unreadable.
         */
        private String linkReason(Path link) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException broken) {
                return null;
            }
            if (!target.startsWith(realRoot)) {
                return "A link to " + target + ", outside the folder being converted: earchive does not follow"
                        + " links out of its input. Copy the file in to convert it.";
            }
            if (Files.isDirectory(target)) {
                return "A link to the folder " + SlashedPaths.of(realRoot.relativize(target))
                        + ": its files are converted where they really are, not twice.";
            }
            return null;
        }
    }

    /**
     * Why a file name marks system or temporary clutter rather than a record, or null when it does not. Public for
     * front ends that list inputs on other file systems (a Spark job on HDFS) by the same rules.
     */
    public static String clutterReason(String name) {
        if (SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT))) {
            return "A folder-settings file (" + name + ") that Windows or macOS writes by itself, not a record.";
        }
        if (name.startsWith("~$")) {
            return "A lock file Microsoft Office leaves while a document is open, not a record.";
        }
        if (name.startsWith(".~lock.")) {
            return "A lock file LibreOffice leaves while a document is open, not a record.";
        }
        if (name.startsWith(".")) {
            return "A hidden file (its name starts with a dot), treated as system clutter; rename it to convert it.";
        }
        return null;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
