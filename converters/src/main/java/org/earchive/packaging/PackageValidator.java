package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.earchive.formats.ZipBombGuard;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.PdfSignatures;
import org.earchive.detect.SignatureOutcome;
import org.earchive.detect.SignatureSummary;
import org.earchive.detect.TrustStore;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;
import org.xml.sax.SAXException;

/**
 * Checks a package as an archive receiving it would, folder or ZIP: the container first (a ZIP's safety, a
 * bag's manifests, a METS package's requirements and the files it references), then what it holds (every
 * PDF through veraPDF, every PREMIS file against the PREMIS 3 schema). Every finding names its rule and
 * level; the package is accepted when no MUST is broken.
 */
public final class PackageValidator {

    private static final String PREMIS_CHECK = "PREMIS 3 XSD";
    /** What convert names the original of a signed PDF it had to rewrite (OutputLayout.signedOriginal). */
    private static final String SIGNED_ORIGINAL = ".signed-original.pdf";

    private final VeraPdfValidator veraPdf = new VeraPdfValidator();
    private final ZipBombGuard.Limits zipLimits;
    private final PdfSignatures signatures;

    public PackageValidator() {
        this(TrustStore.NONE);
    }

    /** @param trust the roots signers' certificate chains are checked against ({@code --trust-store}) */
    public PackageValidator(TrustStore trust) {
        this(ZipBombGuard.Limits.PACKAGE, trust);
    }

    PackageValidator(ZipBombGuard.Limits zipLimits) {
        this(zipLimits, TrustStore.NONE);
    }

    private PackageValidator(ZipBombGuard.Limits zipLimits, TrustStore trust) {
        this.zipLimits = zipLimits;
        this.signatures = new PdfSignatures(trust);
    }

    /** True when {@code path} looks like a package this validator knows, rather than a folder of PDFs. */
    public static boolean isPackage(Path path) {
        return BagChecker.isBag(path) || MetsChecker.hasMets(path) || ZipPackage.isZip(path);
    }

    public PackageVerdict validate(Path path) throws IOException {
        Path given = path.toAbsolutePath().normalize();
        Findings findings = new Findings();
        if (!ZipPackage.isZip(given)) {
            return validateFolder(given, given, given.getFileName().toString(), "", findings);
        }
        try (ZipPackage zip = ZipPackage.open(given, zipLimits, findings)) {
            if (zip == null) {
                return new PackageVerdict(given, "zip", "ZIP", findings.list(), List.of());
            }
            return validateFolder(given, zip.root(), zip.folderName(), " (ZIP)", findings);
        }
    }

    private PackageVerdict validateFolder(Path given, Path root, String folderName, String container, Findings findings)
            throws IOException {
        Path content = root;
        String type;
        String kind;
        String shownAs = "";
        if (BagChecker.isBag(root)) {
            findings.addAll(new BagChecker().check(root));
            content = root.resolve("data");
            shownAs = "data/";
            type = "bagit";
            kind = "BagIt bag";
        } else if (MetsChecker.hasMets(root)) {
            type = "";
            kind = "";
        } else {
            findings.add("CSIPSTR4", "", "The package folder holds neither METS.xml nor bagit.txt: it is no package earchive knows.");
            return new PackageVerdict(given, "unknown", "package" + container, findings.list(), List.of());
        }
        if (MetsChecker.hasMets(content)) {
            MetsChecker.Result mets = new MetsChecker().check(content, shownAs, folderName);
            findings.addAll(mets.problems());
            type = type.isEmpty() ? mets.profile().id() : type + "+" + mets.profile().id();
            kind = kind.isEmpty() ? mets.profile().displayName() : kind + " (holding a " + mets.profile().displayName() + ")";
        }
        List<CheckedFile> files = new ArrayList<>();
        for (Path file : payloadFiles(content)) {
            String portability = PortableNames.problem(file.getFileName().toString());
            if (portability != null) {
                findings.add("PORTABLE-NAME", relative(root, file), "The name cannot be written on Windows ("
                        + portability + "): the file would be missing when the package is unpacked there;"
                        + " rename the source and convert it again if the package may be opened on Windows.");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            CheckedFile checked = null;
            if (name.endsWith(SIGNED_ORIGINAL)) {
                continue; // the signed source kept as evidence of its signature: never claimed to be PDF/A
            } else if (isNormalisedOriginal(file)) {
                continue; // what an ingest normalised, kept beside its PDF/A: never claimed to be PDF/A either
            } else if (name.endsWith(".pdf")) {
                checked = checkPdf(root, file, findings);
                if (!checked.passed()) {
                    findings.add("PDFA", checked.file(), checked.detail());
                }
            } else if (isPremis(name)) {
                checked = checkPremis(root, file, findings);
            }
            if (checked != null) {
                files.add(checked);
            }
        }
        return new PackageVerdict(given, type, kind + container, findings.list(), files);
    }

    /** {@code x.original.pdf} beside {@code x.pdf}: the original an archive's ingest normalised into x.pdf. */
    private static boolean isNormalisedOriginal(Path file) {
        String name = file.getFileName().toString();
        int infix = name.lastIndexOf(Tt05Document.ORIGINAL);
        return infix > 0 && Files.isRegularFile(file.resolveSibling(name.substring(0, infix) + ".pdf"));
    }

    /** earchive's own *.premis.xml, and TT 05's PREMIS.xml / PREMIS_rep1.xml. */
    private static boolean isPremis(String lowerName) {
        return lowerName.endsWith(".premis.xml") || (lowerName.startsWith("premis") && lowerName.endsWith(".xml"));
    }

    /** veraPDF's verdict on a PDF, and every digital signature in it verified as {@code detect} verifies it. */
    private CheckedFile checkPdf(Path root, Path pdf, Findings findings) {
        String shown = relative(root, pdf);
        PdfaVerdict verdict;
        Path copy = null;
        try {
            Path local = pdf;
            if (pdf.getFileSystem() != FileSystems.getDefault()) {
                // veraPDF needs a file it can seek in: a PDF inside a ZIP is streamed to one temporary file, checked and
                // deleted, so one PDF at a time touches the disk, never the package
                copy = Files.createTempFile("earchive-validate-", ".pdf");
                try (InputStream in = Files.newInputStream(pdf)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                local = copy;
            }
            verdict = veraPdf.validate(local, null);
            checkSignatures(local, shown, findings);
        } catch (IOException e) {
            verdict = PdfaVerdict.couldNotValidate(null, "the PDF could not be read from the ZIP: " + e.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
        String check = "veraPDF " + (verdict.flavour() == null ? "PDF/A" : "PDF/A-" + verdict.flavour());
        if (verdict.compliant()) {
            return new CheckedFile(shown, check, true, "");
        }
        String detail = verdict.problem() != null
                ? "veraPDF could not validate it: " + verdict.problem()
                : "Not PDF/A compliant; failed rules: " + String.join(" ", verdict.failedRuleIds());
        return new CheckedFile(shown, check, false, detail);
    }

    /**
     * A signature that no longer verifies means the file is not the one that was signed: a package holding one is
     * refused, as {@code validate} counts such a PDF not valid. Signers not trusted or not checked are not findings:
     * the trust an archive gives a certificate authority is its own decision ({@code --trust-store}).
     */
    private void checkSignatures(Path pdf, String shown, Findings findings) {
        List<PdfSignature> signed;
        try {
            signed = signatures.read(pdf);
        } catch (IOException | RuntimeException unreadable) {
            return; // veraPDF's verdict already says what is wrong with the file
        }
        for (PdfSignature signature : signed) {
            if (SignatureSummary.outcomeOf(signature) == SignatureOutcome.INVALID) {
                findings.add("PDF-SIGNATURE", shown, "The digital signature of " + signature.signer()
                        + " no longer verifies: the file was changed after it was signed.");
            }
        }
    }

    private static CheckedFile checkPremis(Path root, Path xml, Findings findings) {
        String shown = relative(root, xml);
        try {
            new SampleDefects(findings).objectCategory(XmlFiles.parse(xml), shown);
            List<String> violations = XmlFiles.violations(xml, SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3));
            for (String violation : violations) {
                findings.add("PREMIS-SCHEMA", shown, "Not valid PREMIS 3: " + violation);
            }
            return violations.isEmpty() ? new CheckedFile(shown, PREMIS_CHECK, true, "")
                    : new CheckedFile(shown, PREMIS_CHECK, false, "Not valid PREMIS 3: " + violations.get(0));
        } catch (IOException | SAXException e) {
            findings.add("PREMIS-SCHEMA", shown, "The PREMIS file cannot be read as XML: " + e.getMessage());
            return new CheckedFile(shown, PREMIS_CHECK, false, "Not readable as XML: " + e.getMessage());
        }
    }

    private static List<Path> payloadFiles(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(data)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return org.earchive.core.SlashedPaths.of(root.relativize(file));
    }
}
