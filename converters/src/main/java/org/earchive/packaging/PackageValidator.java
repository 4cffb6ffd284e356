package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;
import org.xml.sax.SAXException;

/**
 * Checks a package as an archive receiving it would: the container first (a bag's manifests, an E-ARK
 * package's METS.xml and the files it references), then what it holds (every PDF through veraPDF, every
 * PREMIS file against the PREMIS 3 schema).
 */
public final class PackageValidator {

    private static final String PREMIS_CHECK = "PREMIS 3 XSD";
    /** What convert names the original of a signed PDF it had to rewrite (OutputLayout.signedOriginal). */
    private static final String SIGNED_ORIGINAL = ".signed-original.pdf";

    private final VeraPdfValidator veraPdf = new VeraPdfValidator();

    /** True when {@code path} looks like a package this validator knows, rather than a folder of PDFs. */
    public static boolean isPackage(Path path) {
        return BagChecker.isBag(path) || MetsChecker.hasMets(path);
    }

    public PackageVerdict validate(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<PackageProblem> problems = new ArrayList<>();
        Path content = root;
        String type;
        if (BagChecker.isBag(root)) {
            problems.addAll(new BagChecker().check(root));
            content = root.resolve("data");
            type = "bagit";
            if (MetsChecker.hasMets(content)) {
                problems.addAll(new MetsChecker().check(content, "data/"));
                type = "bagit+eark-sip";
            }
        } else {
            problems.addAll(new MetsChecker().check(root, ""));
            type = "eark-sip";
        }
        List<CheckedFile> files = new ArrayList<>();
        for (Path file : payloadFiles(content)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            CheckedFile checked = null;
            if (name.endsWith(SIGNED_ORIGINAL)) {
                continue; // the signed source kept as evidence of its signature: never claimed to be PDF/A
            } else if (name.endsWith(".pdf")) {
                checked = checkPdf(root, file);
            } else if (name.endsWith(".premis.xml")) {
                checked = checkPremis(root, file);
            }
            if (checked != null) {
                files.add(checked);
                if (!checked.passed()) {
                    problems.add(new PackageProblem(checked.file(), checked.check(), checked.detail()));
                }
            }
        }
        return new PackageVerdict(root, type, problems, files);
    }

    private CheckedFile checkPdf(Path root, Path pdf) {
        PdfaVerdict verdict = veraPdf.validate(pdf, null);
        String check = "veraPDF " + (verdict.flavour() == null ? "PDF/A" : "PDF/A-" + verdict.flavour());
        if (verdict.compliant()) {
            return new CheckedFile(relative(root, pdf), check, true, "");
        }
        String detail = verdict.problem() != null
                ? "veraPDF could not validate it: " + verdict.problem()
                : "Not PDF/A compliant; failed rules: " + String.join(" ", verdict.failedRuleIds());
        return new CheckedFile(relative(root, pdf), check, false, detail);
    }

    private static CheckedFile checkPremis(Path root, Path xml) {
        try {
            SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3).newValidator().validate(new StreamSource(xml.toFile()));
            return new CheckedFile(relative(root, xml), PREMIS_CHECK, true, "");
        } catch (SAXException | IOException e) {
            return new CheckedFile(relative(root, xml), PREMIS_CHECK, false, "Not valid PREMIS 3: " + e.getMessage());
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
