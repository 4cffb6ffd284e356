package org.earchive.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A job's output folder as one ZIP, streamed as it is made: the PDF/A files and their descriptions as they lie,
 * the reports from {@code .earchive/}, never earchive's own state (journal, lock, scratch files).
 */
final class ResultZip {

    private static final Set<String> REPORTS = Set.of("report.html", "report.json", "report.csv");

    private ResultZip() {
    }

    /** The files that go into the ZIP, relative to OUT, in a stable order. */
    static List<Path> files(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(out::relativize).filter(ResultZip::shown).sorted().toList();
        }
    }

    /** Hidden names are earchive's state, except the reports a clerk reads. */
    static boolean shown(Path relative) {
        if (relative.getNameCount() == 2 && relative.getName(0).toString().equals(".earchive")) {
            return REPORTS.contains(relative.getName(1).toString());
        }
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    static void write(Path out, OutputStream target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            for (Path relative : files(out)) {
                String name = relative.toString().replace('\\', '/');
                if (name.startsWith(".earchive/")) {
                    name = "report/" + name.substring(".earchive/".length()); // no hidden folder in the clerk's download
                }
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(out.resolve(relative), zip);
                zip.closeEntry();
            }
        }
    }
}
