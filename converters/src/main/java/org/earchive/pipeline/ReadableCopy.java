package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * A file whose name is stored in bytes the system's encoding cannot decode (a name written on an old Windows machine
 * and copied over as CP1258 or Latin-1 bytes) opens through Java's NIO, which keeps those bytes, but not through
 * anything that takes the name as text: PDFBox's and java.io's file APIs, LibreOffice, Tesseract, Ghostscript. Such a
 * document is read from a copy in the run's scratch folder, named as the system shows the name (each undecodable byte
 * as U+FFFD, which every tool can spell), with the original's date; the report and the outputs are named the same
 * way. Any other document is used as it is.
 */
final class ReadableCopy implements AutoCloseable {

    private final SourceDocument document;
    private final Path copy;

    private ReadableCopy(SourceDocument document, Path copy) {
        this.document = document;
        this.copy = copy;
    }

    static ReadableCopy of(SourceDocument document, Path scratchFolder) throws IOException {
        Path path = document.path();
        if (path.getFileSystem().getPath(path.toString()).equals(path) || !Files.isRegularFile(path)) {
            // the name reads back as text (or there is nothing to copy: triage says what is wrong)
            return new ReadableCopy(document, null);
        }
        Path folder = Files.createDirectories(scratchFolder.resolve("source-" + UUID.randomUUID()));
        Path copy = folder.resolve(document.relative().getFileName().toString());
        try {
            Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException unreadable) {
            Files.deleteIfExists(folder);
            return new ReadableCopy(document, null);
        }
        return new ReadableCopy(new SourceDocument(copy, document.relative(), document.skipReason(), document.label()),
                copy);
    }

    /** The document to read: the original, or the copy (with the original's place in the batch). */
    SourceDocument document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        if (copy != null) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        }
    }
}
