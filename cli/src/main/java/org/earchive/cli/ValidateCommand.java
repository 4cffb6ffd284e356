package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.Earchive;
import org.earchive.api.ValidationListener;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureCheck;
import org.earchive.detect.SignatureOutcome;
import org.earchive.detect.SignatureSummary;
import org.earchive.detect.TrustStore;
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

    @Mixin
    TrustStoreOption trustStore;

    @Override
    public Integer call() throws IOException {
        InputPaths.require(paths, Messages.of(spec));
        PrintWriter out = spec.commandLine().getOut();
        TrustStore trust = TrustStore.fromFolder(trustStore.get());
        boolean allValid = Earchive.validate(paths, flavour, trust,
                json.get() ? new ValidationJson(out) : new Tables(out, Messages.of(spec)));
        out.flush();
        return allValid ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    /** The PDFs as one table once all are checked; each package with its files and findings as it comes. */
    private final class Tables implements ValidationListener {
        private final PrintWriter out;
        private final Messages messages;
        private final Table table;

        Tables(PrintWriter out, Messages messages) {
            this.out = out;
            this.messages = messages;
            this.table = new Table(messages.columns("validate.columns"));
        }

        @Override
        public void pdfChecked(Path pdf, PdfaVerdict verdict) {
            table.row(pdf, verdict.flavour(), verdictWord(verdict, messages),
                    verdict.problem() != null ? problem(verdict) : String.join(" ", verdict.failedRuleIds()));
            if (verbose) {
                for (FailedRule rule : verdict.failedRules()) {
                    table.row("", "", "", rule.id() + " (" + rule.failures() + "x): " + rule.description());
                }
            }
        }

        /** The library's sentence in the run's language; where it asks for a level, how to name one here. */
        private String problem(PdfaVerdict verdict) {
            String sentence = messages.sentence(verdict.problem());
            return verdict.noClaimMade() ? sentence + " " + messages.get("hint.noClaim") : sentence;
        }

        @Override
        public void signaturesChecked(Path pdf, List<PdfSignature> signatures) {
            for (PdfSignature signature : signatures) {
                SignatureOutcome outcome = SignatureSummary.outcomeOf(signature);
                table.row("", "", messages.get("validate.signature." + outcome.id()), signatureDetail(signature, messages));
            }
        }

        @Override
        public void pdfsDone(int count) {
            table.print(out);
            if (count == 0) {
                out.println(messages.get("validate.noPdf"));
            }
        }

        @Override
        public void packageChecked(Path pkg, PackageVerdict verdict) {
            printPackage(pkg, verdict, out, messages);
        }
    }

    /**
     * A package: each file checked on its own, then every finding with its level and rule, MUST first, then
     * one sentence saying whether the package is accepted.
     */
    private static void printPackage(Path pkg, PackageVerdict verdict, PrintWriter out, Messages messages) {
        out.println(messages.get("validate.package", pkg, verdict.kindName()));
        if (!verdict.files().isEmpty()) {
            Table files = new Table(messages.columns("validate.fileColumns"));
            for (CheckedFile file : verdict.files()) {
                files.row(file.file(), messages.sentence(file.check()), messages.get(file.passed() ? "validate.valid" : "validate.notValid"));
            }
            files.print(out);
            out.println();
        }
        if (!verdict.problems().isEmpty()) {
            Table findings = new Table(messages.columns("validate.findingColumns"));
            for (PackageProblem problem : mustFirst(verdict.problems())) {
                findings.row(problem.level(), problem.rule(), problem.file().isEmpty() ? messages.get("validate.wholePackage") : problem.file(), messages.sentence(problem.message()));
            }
            findings.print(out);
            out.println();
        }
        String should = verdict.shouldCount() == 0 ? "" : messages.count("validate.should", verdict.shouldCount());
        if (verdict.valid()) {
            out.println(messages.get("validate.packageValid", verdict.kindName(), pkg, verdict.files().size(), should));
        } else {
            out.println(messages.get("validate.packageNotValid", verdict.kindName(), pkg,
                    messages.count("validate.must", verdict.mustCount()), should));
        }
    }

    private static List<PackageProblem> mustFirst(List<PackageProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(p -> p.refuses() ? 0 : 1)).toList();
    }

    private static String verdictWord(PdfaVerdict verdict, Messages messages) {
        if (verdict.compliant()) {
            return messages.get("validate.compliant");
        }
        if (verdict.noClaimMade()) {
            return messages.get("validate.noClaim");
        }
        return messages.get(verdict.problem() != null ? "validate.notValidated" : "validate.notCompliant");
    }

    static final class LevelConverter implements ITypeConverter<PdfaLevel> {
        @Override
        public PdfaLevel convert(String value) {
            return PdfaLevel.parse(value);
        }
    }

    /** Who signed and when, and for a signature that fails, the first check that failed and why. */
    private static String signatureDetail(PdfSignature signature, Messages messages) {
        StringBuilder detail = new StringBuilder(signature.signer() == null ? "?" : signature.signer());
        if (signature.signedAt() != null) {
            detail.append(", ").append(signature.signedAt());
        }
        if (signature.check() != null) {
            signature.check().findings().stream().filter(f -> f.result() == SignatureCheck.Result.FAILED).findFirst()
                    .ifPresent(failed -> detail.append(": ").append(messages.sentence(failed.sentence())));
        }
        return detail.toString();
    }
}
