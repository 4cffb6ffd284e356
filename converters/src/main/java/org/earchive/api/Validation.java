package org.earchive.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.PdfSignatures;
import org.earchive.detect.SignatureOutcome;
import org.earchive.detect.SignatureSummary;
import org.earchive.detect.TrustStore;
import org.earchive.packaging.PackageValidator;
import org.earchive.packaging.PackageVerdict;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.SourceDocument;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;

/**
 * {@link Earchive#validate}: packages (BagIt bags, E-ARK and TT 05 packages, as folders or ZIPs) are checked as an
 * archive receiving them would; every other path is a PDF, or a folder whose *.pdf files are checked with veraPDF,
 * and a signed PDF's signatures are verified as {@code detect} verifies them.
 */
final class Validation {

    private Validation() {
    }

    static boolean run(List<Path> paths, PdfaLevel flavour, TrustStore trust, ValidationListener listener)
            throws IOException {
        List<Path> named = paths.stream().map(Validation::packageOfItsRecord).distinct().toList();
        List<Path> packages = named.stream().filter(PackageValidator::isPackage).toList();
        List<Path> others = named.stream().filter(p -> !PackageValidator.isPackage(p)).toList();
        boolean allValid = true;
        if (!others.isEmpty() || packages.isEmpty()) {
            allValid = pdfs(others, flavour, new PdfSignatures(trust), listener);
        }
        for (Path pkg : packages) {
            PackageVerdict verdict = new PackageValidator(trust).validate(pkg);
            listener.packageChecked(pkg, verdict);
            allValid &= verdict.valid();
        }
        return allValid;
    }

    /**
     * A package's METS.xml or bagit.txt named on its own stands for its package (what a person naming it means to
     * check; veraPDF would only say it is not a PDF); any other path stands for itself.
     */
    private static Path packageOfItsRecord(Path path) {
        Path name = path.getFileName();
        Path folder = path.toAbsolutePath().normalize().getParent();
        if (name == null || folder == null || !Files.isRegularFile(path)) {
            return path;
        }
        String file = name.toString();
        if (!file.equals("METS.xml") && !file.equals("bagit.txt")) {
            return path;
        }
        // a representation's METS (representations/rep1/METS.xml) is part of the package two folders up
        Path above = folder.getParent();
        if (file.equals("METS.xml") && above != null && above.getFileName() != null
                && above.getFileName().toString().equals("representations") && above.getParent() != null
                && PackageValidator.isPackage(above.getParent())) {
            return above.getParent();
        }
        return PackageValidator.isPackage(folder) ? folder : path;
    }

    /** A file named on its own is checked whatever its name; in a folder, only *.pdf. */
    private static boolean pdfs(List<Path> roots, PdfaLevel flavour, PdfSignatures signatures,
                                ValidationListener listener) throws IOException {
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
            List<PdfSignature> signed = signaturesOf(pdf.path(), signatures);
            if (!signed.isEmpty()) {
                // a signature that no longer verifies means the file is not the one that was signed
                allCompliant &= signed.stream().noneMatch(s -> SignatureSummary.outcomeOf(s) == SignatureOutcome.INVALID);
                listener.signaturesChecked(pdf.path(), signed);
            }
        }
        listener.pdfsDone(pdfs.size());
        return allCompliant;
    }

    /** None for a file PDFBox cannot open: its veraPDF verdict already says what is wrong with it. */
    private static List<PdfSignature> signaturesOf(Path pdf, PdfSignatures signatures) {
        try {
            return signatures.read(pdf);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}
