package org.earchive.core;

import java.io.File;
import java.nio.file.Path;

/**
 * A relative path as reports, journals and packages write it: folders joined by '/', on every system. Only the
 * system's own separator is turned into '/': on Linux and macOS a backslash is an ordinary character of a file
 * name ("a\b.txt" is one file), and turning it into '/' would name a folder that does not exist.
 */
public final class SlashedPaths {

    private SlashedPaths() {
    }

    public static String of(Path relative) {
        String text = relative.toString();
        return File.separatorChar == '/' ? text : text.replace(File.separatorChar, '/');
    }
}
