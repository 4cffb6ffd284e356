package org.earchive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.earchive.api.ValidationListener;
import org.earchive.detect.PdfSignature;
import org.earchive.packaging.CheckedFile;
import org.earchive.packaging.PackageProblem;
import org.earchive.packaging.PackageVerdict;
import org.earchive.validate.FailedRule;
import org.earchive.validate.PdfaVerdict;

/**
 * 'earchive validate --json': one JSON object per file and per package, for scripts (JSON Lines); a signed PDF's
 * object carries its {@code signatures} as {@code detect --json} gives them.
 */
final class ValidationJson implements ValidationListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    /** A PDF's line waits for its signatures, which come right after its verdict. */
    private ObjectNode pending;

    ValidationJson(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void pdfChecked(Path pdf, PdfaVerdict verdict) {
        flush();
        pending = toJson(pdf, verdict);
    }

    @Override
    public void signaturesChecked(Path pdf, List<PdfSignature> signatures) {
        pending.set("signatures", InspectionFormats.signaturesJson(signatures));
    }

    @Override
    public void pdfsDone(int count) {
        flush();
    }

    @Override
    public void packageChecked(Path pkg, PackageVerdict verdict) {
        flush();
        print(toJson(pkg, verdict));
    }

    private void flush() {
        if (pending != null) {
            print(pending);
            pending = null;
        }
    }

    private void print(ObjectNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
}
