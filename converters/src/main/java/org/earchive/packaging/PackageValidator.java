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

    public PackageValidator() {
        this(ZipBombGuard.Limits.PACKAGE);
    }

    PackageValidator(ZipBombGuard.Limits zipLimits) {
        this.zipLimits = zipLimits;
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
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            CheckedFile checked = null;
            if (name.endsWith(SIGNED_ORIGINAL)) {
                continue; // the signed source kept as evidence of its signature: never claimed to be PDF/A
            } else if (isNormalisedOriginal(file)) {
                continue; // what an ingest normalised, kept beside its PDF/A: never claimed to be PDF/A either
            } else if (name.endsWith(".pdf")) {
                checked = checkPdf(root, file);
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

    private CheckedFile checkPdf(Path root, Path pdf) {
        PdfaVerdict verdict = validatePdf(pdf);
        String check = "veraPDF " + (verdict.flavour() == null ? "PDF/A" : "PDF/A-" + verdict.flavour());
        if (verdict.compliant()) {
            return new CheckedFile(relative(root, pdf), check, true, "");
        }
        String detail = verdict.problem() != null
                ? "veraPDF could not validate it: " + verdict.problem()
                : "Not PDF/A compliant; failed rules: " + String.join(" ", verdict.failedRuleIds());
        return new CheckedFile(relative(root, pdf), check, false, detail);
    }

    /**
     * veraPDF needs a file it can seek in. A PDF inside a ZIP is copied, streamed, to one temporary file,
     * validated and deleted: one PDF at a time touches the disk, never the package.
     */
    private PdfaVerdict validatePdf(Path pdf) {
        if (pdf.getFileSystem() == FileSystems.getDefault()) {
            return veraPdf.validate(pdf, null);
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("earchive-validate-", ".pdf");
            try (InputStream in = Files.newInputStream(pdf)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return veraPdf.validate(copy, null);
        } catch (IOException e) {
            return PdfaVerdict.couldNotValidate(null, "the PDF could not be read from the ZIP: " + e.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
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
        return root.relativize(file).toString().replace('\\', '/');
    }
}
