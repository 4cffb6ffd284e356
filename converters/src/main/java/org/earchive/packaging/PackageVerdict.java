package org.earchive.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PackageValidator} found in one package.
 *
 * @param root     the package as given (a folder or a ZIP file)
 * @param type     "bagit", a profile id ("eark-sip", "tt05-sip-hoso", ...), or "bagit+" a profile id for a
 *                 package inside a bag; "zip" when a ZIP was refused before its content was read
 * @param kindName the package's kind as people call it, for sentences ("TT 05 SIP_hoso (ZIP)")
 * @param problems every finding, MUST and SHOULD, from the package structure and from each checked file
 * @param files    each file checked on its own (veraPDF, PREMIS schema), passed or not
 */
public record PackageVerdict(Path root, String type, String kindName, List<PackageProblem> problems, List<CheckedFile> files) {

    public PackageVerdict {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    /** Accepted: no MUST is broken. SHOULD findings are reported and do not refuse a package. */
    public boolean valid() {
        return problems.stream().noneMatch(PackageProblem::refuses);
    }

    public long mustCount() {
        return problems.stream().filter(PackageProblem::refuses).count();
    }

    public long shouldCount() {
        return problems.size() - mustCount();
    }
}
