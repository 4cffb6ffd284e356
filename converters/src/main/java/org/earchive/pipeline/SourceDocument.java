package org.earchive.pipeline;

import org.earchive.core.SlashedPaths;
import java.nio.file.Path;

/**
 * One input file found by the walk, or an attachment taken out of an e-mail.
 *
 * @param path       where it is
 * @param relative   its path below the input it was found in (the file name for an input given as a file):
 *                   the output mirrors it; for an attachment, its place in the output folder
 *                   ({@code mail/thu.attachments/bao-cao.docx})
 * @param skipReason why the walk found it but it is not converted (system clutter, a link out of the tree),
 *                   as a sentence for the report; null for a document to convert
 * @param label      how reports name an attachment ({@code mail/thu.eml#bao-cao.docx}); null for an input,
 *                   which reports name by its relative path
 */
public record SourceDocument(Path path, Path relative, String skipReason, String label) {

    public SourceDocument(Path path, Path relative) {
        this(path, relative, null, null);
    }

    public SourceDocument(Path path, Path relative, String skipReason) {
        this(path, relative, skipReason, null);
    }

    static SourceDocument skipped(Path path, Path relative, String reason) {
        return new SourceDocument(path, relative, reason);
    }

    /** An attachment written to {@code file}, placed in the output at {@code relative}, reported as {@code label}. */
    static SourceDocument part(Path file, Path relative, String label) {
        return new SourceDocument(file, relative, null, label);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    /** Forward slashes, as reports show paths on every platform; an attachment's label. */
    public String displayPath() {
        return label != null ? label : SlashedPaths.of(relative);
    }
}
