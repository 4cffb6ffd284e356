package org.earchive.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.earchive.packaging.PackageValidator;
import org.earchive.packaging.PackageVerdict;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.SourceDocument;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;

/**
 * {@link Earchive#validate}: packages (BagIt bags, E-ARK and TT 05 packages, as folders or ZIPs) are checked as an
 * archive receiving them would; every other path is a PDF, or a folder whose *.pdf files are checked with veraPDF.
 */
final class Validation {

    private Validation() {
    }

    static boolean run(List<Path> paths, PdfaLevel flavour, ValidationListener listener) throws IOException {
        List<Path> packages = paths.stream().filter(PackageValidator::isPackage).toList();
        List<Path> others = paths.stream().filter(p -> !PackageValidator.isPackage(p)).toList();
        boolean allValid = true;
        if (!others.isEmpty() || packages.isEmpty()) {
            allValid = pdfs(others, flavour, listener);
        }
        for (Path pkg : packages) {
            PackageVerdict verdict = new PackageValidator().validate(pkg);
            listener.packageChecked(pkg, verdict);
            allValid &= verdict.valid();
        }
        return allValid;
    }

    /** A file named on its own is checked whatever its name; in a folder, only *.pdf. */
    private static boolean pdfs(List<Path> roots, PdfaLevel flavour, ValidationListener listener) throws IOException {
        List<Path> named = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<SourceDocument> pdfs = new InputCollector().collect(roots, null).stream()
                .filter(d -> named.contains(d.path())
                        || d.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                .toList();
        VeraPdfValidator validator = new VeraPdfValidator();
        boolean allCompliant = true;
        for (SourceDocument pdf : pdfs) {
            PdfaVerdict verdict = validator.validate(pdf.path(), flavour);
            allCompliant &= verdict.compliant();
            listener.pdfChecked(pdf.path(), verdict);
        }
        listener.pdfsDone(pdfs.size());
        return allCompliant;
    }
}
