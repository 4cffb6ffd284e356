package org.earchive.pipeline;

import java.nio.file.Path;

/**
 * One input file found by the walk.
 *
 * @param path       where it is
 * @param relative   its path below the input it was found in (the file name for an input given as a file):
 *                   the output mirrors it
 * @param skipReason why the walk found it but it is not converted (system clutter, a link out of the tree),
 *                   as a sentence for the report; null for a document to convert
 */
public record SourceDocument(Path path, Path relative, String skipReason) {

    public SourceDocument(Path path, Path relative) {
        this(path, relative, null);
    }

    static SourceDocument skipped(Path path, Path relative, String reason) {
        return new SourceDocument(path, relative, reason);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    /** Forward slashes, as reports show paths on every platform. */
    public String displayPath() {
        return relative.toString().replace('\\', '/');
    }
}
