package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.earchive.packaging.CheckedFile;
import org.earchive.packaging.PackageProblem;
import org.earchive.packaging.PackageValidator;
import org.earchive.packaging.PackageVerdict;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.SourceDocument;
import org.earchive.validate.FailedRule;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check PDFs against PDF/A with veraPDF, in-process, and packages as an archive receiving them would.",
            "",
            "Each file is checked against the level it claims in its XMP metadata, or against --flavour.",
            "Folders are walked recursively and every *.pdf in them is checked.",
            "A folder holding bagit.txt is a BagIt bag: it is verified with the Library of Congress BagIt",
            "library (every file present and listed, every checksum, Payload-Oxum). A folder (or a bag's data/)",
            "holding METS.xml is an E-ARK or TT 05 package: each METS.xml is validated against the METS, CSIP",
            "and SIP schemas and held to the E-ARK CSIP/SIP requirements and, for TT 05 packages, to TT 05's",
            "(description schemas, docCode = fileCode + 7-digit ordinal, file names); every file it references",
            "must be there with its SIZE and checksum. A *.zip is checked in place, after a safety scan (no '..'",
            "or absolute entries, no ZIP bomb). Every PDF goes through veraPDF, every PREMIS file its schema.",
            "Each finding names its rule (CSIP71, TT05-DOCCODE, ...) and level: MUST refuses the package",
            "(exit 1), SHOULD is reported (exit 0).",
        })
public final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "PDF files, folders of PDFs, or packages (BagIt bags, E-ARK SIPs, TT 05 SIP/AIP), as folders or ZIPs.")
    List<Path> paths;

    @Option(names = {"-f", "--flavour", "--flavor"}, paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Level to check against instead of the claimed one: 1a, 1b, 2a, 2b, 2u, 3a, 3b, 3u.")
    PdfaLevel flavour;

    @Option(names = "--json", description = {"JSON Lines: one object per file (path, flavour, compliant, failedRules),",
            "and one per package (path, package, valid, verdict, findings: rule, level, file, message; files)."})
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List each failed rule with its description.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Integer missing = InputPaths.check(paths, spec.commandLine().getErr());
        if (missing != null) {
            return missing;
        }
        List<Path> packages = paths.stream().filter(PackageValidator::isPackage).toList();
        List<Path> others = paths.stream().filter(p -> !PackageValidator.isPackage(p)).toList();
        boolean allValid = true;
        if (!others.isEmpty() || packages.isEmpty()) {
            allValid = validatePdfs(others, out);
        }
        for (Path pkg : packages) {
            allValid &= validatePackage(pkg, out);
        }
        out.flush();
        return allValid ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    private boolean validatePdfs(List<Path> roots, PrintWriter out) throws IOException {
        List<SourceDocument> pdfs = new InputCollector().collect(roots, null).stream()
                .filter(d -> isExplicitFile(d)
                        || d.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                .toList();
        VeraPdfValidator validator = new VeraPdfValidator();
        Table table = new Table("PATH", "FLAVOUR", "VERDICT", "FAILED RULES");
        boolean allCompliant = true;
        for (SourceDocument pdf : pdfs) {
            PdfaVerdict verdict = validator.validate(pdf.path(), flavour);
            allCompliant &= verdict.compliant();
            if (json) {
                out.println(JSON.writeValueAsString(toJson(pdf.path(), verdict)));
            } else {
                table.row(pdf.path(), verdict.flavour(), verdictWord(verdict),
                        verdict.problem() != null ? verdict.problem() : String.join(" ", verdict.failedRuleIds()));
                if (verbose) {
                    for (FailedRule rule : verdict.failedRules()) {
                        table.row("", "", "", rule.id() + " (" + rule.failures() + "x): " + rule.description());
                    }
                }
            }
        }
        if (!json) {
            table.print(out);
            if (pdfs.isEmpty()) {
                out.println("No PDF files found.");
            }
        }
        return allCompliant;
    }

    /**
     * A package: each file checked on its own, then every finding with its level and rule, MUST first, then
     * one sentence saying whether the package is accepted.
     */
    private boolean validatePackage(Path pkg, PrintWriter out) throws IOException {
        PackageVerdict verdict = new PackageValidator().validate(pkg);
        if (json) {
            out.println(JSON.writeValueAsString(toJson(pkg, verdict)));
            return verdict.valid();
        }
        out.println("Package " + pkg + " (" + verdict.kindName() + ")");
        if (!verdict.files().isEmpty()) {
            Table files = new Table("FILE", "CHECK", "VERDICT");
            for (CheckedFile file : verdict.files()) {
                files.row(file.file(), file.check(), file.passed() ? "valid" : "NOT valid");
            }
            files.print(out);
            out.println();
        }
        if (!verdict.problems().isEmpty()) {
            Table findings = new Table("LEVEL", "RULE", "FILE", "FINDING");
            for (PackageProblem problem : mustFirst(verdict.problems())) {
                findings.row(problem.level(), problem.rule(), problem.file().isEmpty() ? "(package)" : problem.file(), problem.message());
            }
            findings.print(out);
            out.println();
        }
        String should = verdict.shouldCount() == 0 ? "" : "; " + verdict.shouldCount()
                + (verdict.shouldCount() == 1 ? " SHOULD finding" : " SHOULD findings") + " to review";
        if (verdict.valid()) {
            out.println("The " + verdict.kindName() + " " + pkg + " is valid: no MUST requirement is broken, every listed file is"
                    + " present with its checksum, " + verdict.files().size() + " files checked on their own" + should + ".");
        } else {
            out.println("The " + verdict.kindName() + " " + pkg + " is NOT valid: " + verdict.mustCount()
                    + (verdict.mustCount() == 1 ? " MUST finding" : " MUST findings") + should + ".");
        }
        return verdict.valid();
    }

    private static List<PackageProblem> mustFirst(List<PackageProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(p -> p.refuses() ? 0 : 1)).toList();
    }

    private static ObjectNode toJson(Path path, PackageVerdict verdict) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", path.toString());
        node.put("package", verdict.type());
        node.put("kind", verdict.kindName());
        node.put("valid", verdict.valid());
        node.put("verdict", verdict.valid() ? "accepted" : "refused");
        node.put("must", verdict.mustCount());
        node.put("should", verdict.shouldCount());
        var findings = node.putArray("findings");
        for (PackageProblem problem : verdict.problems()) {
            findings.addObject().put("rule", problem.rule()).put("level", problem.level().name()).put("file", problem.file())
                    .put("message", problem.message());
        }
        var files = node.putArray("files");
        for (CheckedFile file : verdict.files()) {
            files.addObject().put("file", file.file()).put("check", file.check()).put("valid", file.passed());
        }
        return node;
    }

    private boolean isExplicitFile(SourceDocument document) {
        return paths.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(document.path()));
    }

    private static String verdictWord(PdfaVerdict verdict) {
        if (verdict.compliant()) {
            return "compliant";
        }
        if (verdict.noClaimMade()) {
            return "not PDF/A (no claim)";
        }
        return verdict.problem() != null ? "not validated" : "NOT compliant";
    }

    private static ObjectNode toJson(Path path, PdfaVerdict verdict) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", path.toString());
        node.put("flavour", verdict.flavour());
        node.put("compliant", verdict.compliant());
        var rules = node.putArray("failedRules");
        for (FailedRule rule : verdict.failedRules()) {
            rules.addObject().put("id", rule.id()).put("specification", rule.specification())
                    .put("description", rule.description()).put("failures", rule.failures());
        }
        if (verdict.problem() != null) {
            node.put("problem", verdict.problem());
        }
        return node;
    }

    static final class LevelConverter implements ITypeConverter<PdfaLevel> {
        @Override
        public PdfaLevel convert(String value) {
            return PdfaLevel.parse(value);
        }
    }
}
