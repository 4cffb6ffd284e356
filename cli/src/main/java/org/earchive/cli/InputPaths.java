package org.earchive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The check every command makes before it starts: each input path the user named exists and can be read. */
final class InputPaths {

    private InputPaths() {
    }

    /** Prints one sentence for the first bad path and returns exit code 3, or null when all are usable. */
    static Integer check(List<Path> paths, PrintWriter err) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("earchive: input not found: " + path);
                return ExitCodes.INPUT_MISSING;
            }
            if (!Files.isReadable(path)) {
                err.println("earchive: input cannot be read: " + path);
                return ExitCodes.INPUT_MISSING;
            }
        }
        return null;
    }
}
