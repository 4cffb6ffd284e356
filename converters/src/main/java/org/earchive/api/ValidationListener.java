package org.earchive.api;

import java.nio.file.Path;
import java.util.List;
import org.earchive.detect.PdfSignature;
import org.earchive.packaging.PackageVerdict;
import org.earchive.validate.PdfaVerdict;

/** Hears {@link Earchive#validate}'s verdicts as they come: the PDFs first, then each package. */
public interface ValidationListener {

    /** One PDF checked against PDF/A. */
    default void pdfChecked(Path pdf, PdfaVerdict verdict) {
    }

    /** A signed PDF's signatures, each verified, right after its PDF/A verdict (not called for unsigned PDFs). */
    default void signaturesChecked(Path pdf, List<PdfSignature> signatures) {
    }

    /** The PDFs are done: {@code count} were found (none is worth saying when PDFs were asked for). */
    default void pdfsDone(int count) {
    }

    /** One package checked as an archive receiving it would. */
    default void packageChecked(Path pkg, PackageVerdict verdict) {
    }
}
