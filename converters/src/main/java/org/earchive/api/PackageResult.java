package org.earchive.api;

import java.nio.file.Path;
import java.util.List;
import org.earchive.packaging.PackageProfile;
import org.earchive.packaging.Tt05Packager;
import org.earchive.pipeline.BatchReport;

/**
 * What {@link Earchive#packageFolder} wrote.
 *
 * @param request    what was asked
 * @param packages   the TT 05 packages, each with the fields filled from its documents and the lines a person must
 *                   review; empty for an E-ARK SIP or a bag, which is {@code out} itself
 * @param documents  documents packaged
 * @param files      files of the convert output packaged (E-ARK SIP or bag)
 * @param conversion the report of the conversion made first, or null when the source was a convert output
 */
public record PackageResult(PackageRequest request, List<Tt05Packager.Written> packages, int documents, int files,
                            BatchReport conversion) {

    public PackageResult {
        packages = List.copyOf(packages);
    }

    /** The TT 05 profile written, or null for an E-ARK SIP or a bag. */
    public PackageProfile tt05() {
        return request.tt05();
    }

    /** A TT 05 package's file or folder name inside {@code out}. */
    public String name(Tt05Packager.Written written) {
        return request.zip() ? written.objectId() + ".zip" : written.objectId();
    }

    /** Whether some documents of the conversion made first did not convert (the others are packaged). */
    public boolean someNotConverted() {
        return conversion != null && !conversion.allConverted();
    }
}
