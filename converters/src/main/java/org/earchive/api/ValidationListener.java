package org.earchive.api;

import java.nio.file.Path;
import org.earchive.packaging.PackageVerdict;
import org.earchive.validate.PdfaVerdict;

/** Hears {@link Earchive#validate}'s verdicts as they come: the PDFs first, then each package. */
public interface ValidationListener {

    /** One PDF checked against PDF/A. */
    default void pdfChecked(Path pdf, PdfaVerdict verdict) {
    }

    /** The PDFs are done: {@code count} were found (none is worth saying when PDFs were asked for). */
    default void pdfsDone(int count) {
    }

    /** One package checked as an archive receiving it would. */
    default void packageChecked(Path pkg, PackageVerdict verdict) {
    }
}
