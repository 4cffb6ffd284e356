package org.earchive.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check made before a batch starts: its output folder exists, or can be made, and takes a file. */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Creates the folder if missing and writes (and removes) a probe file in it. */
    public static void checkWritable(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".earchive-write-test", ".tmp"));
        } catch (SecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The sentence for a folder {@link #checkWritable} refused. */
    public static String notWritable(Path folder, IOException problem) {
        return "cannot write to the output folder " + folder + " (" + problem.getMessage() + ").";
    }
}
