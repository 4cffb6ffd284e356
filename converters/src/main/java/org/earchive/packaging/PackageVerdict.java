package org.earchive.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PackageValidator} found in one package.
 *
 * @param root     the package folder
 * @param type     "bagit", "eark-sip", or "bagit+eark-sip" for a SIP inside a bag (TT 05 to come)
 * @param problems every problem, from the package structure and from each checked file
 * @param files    each file checked on its own, passed or not
 */
public record PackageVerdict(Path root, String type, List<PackageProblem> problems, List<CheckedFile> files) {

    public PackageVerdict {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    /** The package's kind as people call it, for sentences. */
    public String kindName() {
        return switch (type) {
            case "bagit" -> "BagIt bag";
            case "eark-sip" -> "E-ARK SIP";
            case "bagit+eark-sip" -> "BagIt bag (holding an E-ARK SIP)";
            default -> "package";
        };
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
