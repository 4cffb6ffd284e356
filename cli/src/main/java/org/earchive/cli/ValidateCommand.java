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
            "Check PDFs against PDF/A with veraPDF, in-process.",
            "",
            "Each file is checked against the level it claims in its XMP metadata, or against --flavour.",
            "Folders are walked recursively and every *.pdf in them is checked.",
        })
public final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDF files or folders.")
    List<Path> paths;

    @Option(names = {"-f", "--flavour", "--flavor"}, paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Level to check against instead of the claimed one: 1a, 1b, 2a, 2b, 2u, 3a, 3b, 3u.")
    PdfaLevel flavour;

    @Option(names = "--json", description = "JSON Lines: one object per file (path, flavour, compliant, failedRules).")
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
        List<SourceDocument> pdfs = new InputCollector().collect(paths, null).stream()
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
        out.flush();
        return allCompliant ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }

    private boolean isExplicitFile(SourceDocument document) {
        return paths.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(document.path()));
    }

    private static String verdictWord(PdfaVerdict verdict) {
        if (verdict.compliant()) {
            return "compliant";
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
