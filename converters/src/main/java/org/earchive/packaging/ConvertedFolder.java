package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.earchive.core.DocumentStatus;
import org.earchive.report.ReportFile;

/**
 * A {@code convert} output folder read through its {@code .earchive/report.json}: packages take what the report
 * says converted and nothing else, so a NOT-COMPLIANT PDF or a stray file in the folder never slips into one.
 */
public record ConvertedFolder(Path root, List<ConvertedDocument> documents) {

    static final String REPORT = ".earchive/" + ReportFile.NAME;

    public ConvertedFolder {
        documents = List.copyOf(documents);
    }

    /** True when {@code folder} was written by convert (it holds the report packages are made from). */
    public static boolean isConvertOutput(Path folder) {
        return Files.isRegularFile(folder.resolve(REPORT));
    }

    public static ConvertedFolder read(Path root) throws PackageInputException, IOException {
        Path report = root.resolve(REPORT);
        if (!Files.isRegularFile(report)) {
            throw new PackageInputException(root + " is not an earchive convert output: it has no " + REPORT
                    + " (run 'earchive convert IN --out " + root + "' first)");
        }
        ReportFile file;
        try {
            file = ReportFile.read(report);
        } catch (IOException e) {
            throw new PackageInputException(report + " cannot be read as a convert report: " + e.getMessage());
        }
        List<ConvertedDocument> documents = new ArrayList<>();
        for (ReportFile.Entry document : file.documents()) {
            if (!DocumentStatus.CONVERTED.id().equals(document.status())) {
                continue;
            }
            if (document.source() == null) {
                throw new PackageInputException(report + " lists a converted document without its source path");
            }
            List<String> outputs = new ArrayList<>();
            for (String output : document.outputs()) {
                outputs.add(checkedOutput(root, output));
            }
            documents.add(new ConvertedDocument(document.source(), outputs));
        }
        // the report lists documents in completion order; packages must not depend on thread timing
        documents.sort(Comparator.comparing(ConvertedDocument::source));
        return new ConvertedFolder(root, documents);
    }

    /** Every output file, relative to the root, in a stable order. */
    public List<String> outputFiles() {
        return documents.stream().flatMap(d -> d.outputs().stream()).sorted().distinct().toList();
    }

    private static String checkedOutput(Path root, String relative) throws PackageInputException {
        Path file = root.resolve(relative).normalize();
        // a report edited by hand must not smuggle files from outside the folder into a package
        if (relative.isBlank() || !file.startsWith(root.normalize())) {
            throw new PackageInputException("the convert report names an output outside " + root + ": " + relative);
        }
        if (!Files.isRegularFile(file)) {
            throw new PackageInputException("the convert report lists " + relative
                    + ", which is no longer in " + root + " (convert again to restore it)");
        }
        return relative;
    }
}
