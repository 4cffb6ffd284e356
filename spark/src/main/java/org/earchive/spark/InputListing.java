package org.earchive.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.SourceDocument;

/**
 * The batch's entries, by the rules of {@code earchive convert}: files as given, folders walked in path order, the
 * output never entered, {@code --include}/{@code --exclude} applied, clutter and hidden folders listed as skipped.
 * Local inputs are walked by the CLI's own {@link InputCollector} (which also judges links); inputs on other file
 * systems (HDFS, S3A, which have no links to judge) by a walk over Hadoop's listing with the same name rules.
 */
final class InputListing {

    /** An input named on the command line that is not there: exit code 3, as for the CLI. */
    static final class MissingInput extends IOException {
        private static final long serialVersionUID = 1L;

        MissingInput(String message) {
            super(message);
        }
    }

    private InputListing() {
    }

    /** @return every entry, numbered in report order */
    static List<InputFile> list(List<Path> inputs, Path output, InputFilter filter, Configuration conf) throws IOException {
        List<InputFile> entries = new ArrayList<>();
        for (Path input : inputs) {
            FileSystem fs = TargetFiles.of(input, conf);
            Path qualified = fs.makeQualified(input);
            if (!fs.exists(qualified)) {
                throw new MissingInput("The input " + input + " does not exist.");
            }
            if ("file".equals(qualified.toUri().getScheme())) {
                entries.addAll(local(qualified, fs.makeQualified(output), filter));
            } else {
                entries.addAll(walk(fs, qualified, fs.makeQualified(output), filter));
            }
        }
        List<InputFile> numbered = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            numbered.add(entries.get(i).withIndex(i));
        }
        return numbered;
    }

    private static List<InputFile> local(Path input, Path output, InputFilter filter) throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of(input.toUri());
        java.nio.file.Path out = "file".equals(output.toUri().getScheme()) ? java.nio.file.Path.of(output.toUri()) : null;
        List<InputFile> found = new ArrayList<>();
        for (SourceDocument document : new InputCollector().walk(List.of(root), out, filter)) {
            java.nio.file.Path file = document.path();
            long size = 0;
            long modified = 0;
            try {
                size = java.nio.file.Files.size(file);
                modified = java.nio.file.Files.getLastModifiedTime(file).toMillis();
            } catch (IOException unreadable) {
                // the task finds it unreadable and reports it, as the CLI does
            }
            found.add(new InputFile(0, file.toUri().toASCIIString(), document.displayPath(), size, modified,
                    document.skipReason(), null));
        }
        return found;
    }

    /** The same walk over a Hadoop file system. Package-private so a test can hold it to the local one. */
    static List<InputFile> walk(FileSystem fs, Path input, Path output, InputFilter filter) throws IOException {
        FileStatus status = fs.getFileStatus(input);
        if (!status.isDirectory()) {
            return List.of(entry(status, input.getName(), null));
        }
        List<InputFile> found = new ArrayList<>();
        visit(fs, input, "", output, filter, found);
        found.sort(Comparator.comparing(InputFile::relative));
        return found;
    }

    private static void visit(FileSystem fs, Path folder, String prefix, Path output, InputFilter filter,
                              List<InputFile> found) throws IOException {
        FileStatus[] children;
        try {
            children = fs.listStatus(folder);
        } catch (FileNotFoundException vanished) {
            return;
        }
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            String relative = prefix + name;
            java.nio.file.Path relativePath = java.nio.file.Path.of(relative);
            if (child.isDirectory()) {
                if (sameFolder(fs.makeQualified(child.getPath()), output) || filter.excludes(relativePath)) {
                    continue;
                }
                if (name.startsWith(".")) {
                    found.add(entry(child, relative, "Hidden folder (its name starts with a dot): nothing in it is converted."));
                    continue;
                }
                visit(fs, child.getPath(), relative + "/", output, filter, found);
            } else if (filter.acceptsFile(relativePath)) {
                found.add(entry(child, relative, InputCollector.clutterReason(name)));
            }
        }
    }

    /** {@code file:/a/out} and {@code file:///a/out/} are one folder. */
    private static boolean sameFolder(Path a, Path b) {
        return a != null && b != null && comparable(a).equals(comparable(b));
    }

    private static String comparable(Path path) {
        java.net.URI uri = path.toUri();
        String folder = uri.getPath().replaceAll("/+$", "");
        return uri.getScheme() + "|" + uri.getAuthority() + "|" + folder;
    }

    private static InputFile entry(FileStatus status, String relative, String skipReason) {
        return new InputFile(0, status.getPath().toUri().toASCIIString(), relative, status.getLen(),
                status.getModificationTime(), skipReason, null);
    }
}
