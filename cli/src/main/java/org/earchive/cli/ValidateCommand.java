package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.Earchive;
import org.earchive.api.ValidationListener;
import org.earchive.packaging.CheckedFile;
import org.earchive.packaging.PackageProblem;
import org.earchive.packaging.PackageVerdict;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.FailedRule;
import org.earchive.validate.PdfaVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Option(names = {"-f", "--flavour", "--flavor"}, paramLabel = "LEVEL", converter = LevelConverter.class)
    PdfaLevel flavour;

    @Mixin
    JsonOption json;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        InputPaths.require(paths);
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = Earchive.validate(paths, flavour, json.get() ? new ValidationJson(out) : new Tables(out));
        out.flush();
        return allValid ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    /** The PDFs as one table once all are checked; each package with its files and findings as it comes. */
    private final class Tables implements ValidationListener {
        private final PrintWriter out;
        private final Table table = new Table("PATH", "FLAVOUR", "VERDICT", "FAILED RULES");

        Tables(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void pdfChecked(Path pdf, PdfaVerdict verdict) {
            table.row(pdf, verdict.flavour(), verdictWord(verdict),
                    verdict.problem() != null ? verdict.problem() : String.join(" ", verdict.failedRuleIds()));
            if (verbose) {
                for (FailedRule rule : verdict.failedRules()) {
                    table.row("", "", "", rule.id() + " (" + rule.failures() + "x): " + rule.description());
                }
            }
        }

        @Override
        public void pdfsDone(int count) {
            table.print(out);
            if (count == 0) {
                out.println("No PDF files found.");
            }
        }

        @Override
        public void packageChecked(Path pkg, PackageVerdict verdict) {
            printPackage(pkg, verdict, out);
        }
    }

    /**
     * A package: each file checked on its own, then every finding with its level and rule, MUST first, then
     * one sentence saying whether the package is accepted.
     */
    private static void printPackage(Path pkg, PackageVerdict verdict, PrintWriter out) {
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
    }

    private static List<PackageProblem> mustFirst(List<PackageProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(p -> p.refuses() ? 0 : 1)).toList();
    }

    private static String verdictWord(PdfaVerdict verdict) {
        if (verdict.compliant()) {
            return "compliant";
        }
        return verdict.problem() != null ? "not validated" : "NOT compliant";
    }

    static final class LevelConverter implements ITypeConverter<PdfaLevel> {
        @Override
        public PdfaLevel convert(String value) {
            return PdfaLevel.parse(value);
        }
    }
}
