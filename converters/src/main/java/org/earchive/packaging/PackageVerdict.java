package org.earchive.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PackageValidator} found in one package.
 *
 * @param root     the package folder
 * @param type     "bagit" (more types as they are built: E-ARK SIP, TT 05)
 * @param problems every problem, from the package structure and from each checked file
 * @param files    each file checked on its own, passed or not
 */
public record PackageVerdict(Path root, String type, List<PackageProblem> problems, List<CheckedFile> files) {

    public PackageVerdict {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
