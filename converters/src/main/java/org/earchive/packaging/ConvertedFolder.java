package org.earchive.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code convert} output folder read through its {@code .earchive/report.json}: packages take what the report
 * says converted and nothing else, so a NOT-COMPLIANT PDF or a stray file in the folder never slips into one.
 */
public record ConvertedFolder(Path root, List<ConvertedDocument> documents) {

    static final String REPORT = ".earchive/report.json";
    private static final String CONVERTED = "converted";

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
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(report.toFile());
        } catch (IOException e) {
            throw new PackageInputException(report + " cannot be read as a convert report: " + e.getMessage());
        }
        List<ConvertedDocument> documents = new ArrayList<>();
        for (JsonNode document : json.path("documents")) {
            if (!CONVERTED.equals(document.path("status").asText())) {
                continue;
            }
            List<String> outputs = new ArrayList<>();
            for (JsonNode output : document.path("outputs")) {
                outputs.add(checkedOutput(root, output.asText()));
            }
            documents.add(new ConvertedDocument(document.path("source").asText(), outputs));
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
