package org.earchive.pipeline;

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
import java.util.Set;

/**
 * Finds the documents under the inputs: files as given, folders walked recursively in a stable order.
 * The output folder is never walked into, links to folders are not followed, and the clutter operating
 * systems and office programs leave behind (Thumbs.db, .DS_Store, ~$ lock files, hidden files) is skipped.
 */
public final class InputCollector {

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    /**
     * @param inputs files or folders; each must exist (callers check and report missing ones first)
     * @param exclude a folder never to enter (the output), or null
     */
    public List<SourceDocument> collect(List<Path> inputs, Path exclude) throws IOException {
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                documents.add(new SourceDocument(root, root.getFileName()));
                continue;
            }
            List<SourceDocument> found = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (excluded != null && dir.equals(excluded)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isClutter(file) && !(attrs.isSymbolicLink() && Files.isDirectory(file))) {
                        found.add(new SourceDocument(file, root.relativize(file)));
                    }
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
            });
            found.sort(Comparator.comparing(SourceDocument::displayPath));
            documents.addAll(found);
        }
        return documents;
    }

    static boolean isClutter(Path file) {
        String name = file.getFileName().toString();
        return SYSTEM_FILES.contains(name.toLowerCase(java.util.Locale.ROOT)) || name.startsWith("~$") || isHidden(file);
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
