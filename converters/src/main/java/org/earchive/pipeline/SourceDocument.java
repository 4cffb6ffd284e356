package org.earchive.pipeline;

import java.nio.file.Path;

/**
 * One input file found by the walk.
 *
 * @param path     where it is
 * @param relative its path below the input it was found in (the file name for an input given as a file):
 *                 the output mirrors it
 */
public record SourceDocument(Path path, Path relative) {

    /** Forward slashes, as reports show paths on every platform. */
    public String displayPath() {
        return relative.toString().replace('\\', '/');
    }
}
