package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import org.earchive.detect.PageEvidence;
import org.earchive.detect.PageMarks;
import org.earchive.detect.PdfFacts;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureCheck;
import org.earchive.detect.SignatureSummary;

/** How {@code earchive detect} writes one file's inspection: a JSON object, a CSV row, a table's notes. */
final class InspectionFormats {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String[] CSV_HEADER = {"path", "status", "class", "pages", "scanned_pages", "mime", "puid", "format",
            "encrypted", "signed", "javascript", "embedded_files", "pdf_version", "pdfa_claim", "encoding", "language",
            "image_dpi", "size", "sha256", "message", "name_warning", "container_members"};

    private InspectionFormats() {
    }

    static ObjectNode json(FileInspection inspection) {
        ObjectNode line = JSON.createObjectNode();
        line.put("path", inspection.path());
        line.put("status", inspection.status());
        line.put("message", inspection.message());
        line.put("class", inspection.documentClass() == null ? null : inspection.documentClass().id());
        line.put("pages", inspection.pages());
        ArrayNode pageClasses = line.putArray("pageClasses");
        inspection.pageEvidence().forEach(page -> pageClasses.add(page.pageClass().id()));
        line.put("mime", inspection.detection() == null ? null : inspection.detection().mime());
        line.put("puid", inspection.detection() == null ? null : inspection.detection().puid());
        line.put("format", inspection.detection() == null ? null : inspection.detection().formatName());
        if (inspection.detection() != null && inspection.detection().candidates().size() > 1) {
            // PRONOM's signatures could not tell these apart (DROID lists them all); "puid" is the first
            line.set("puidCandidates", JSON.valueToTree(inspection.detection().candidates()));
        }
        line.put("size", inspection.size());
        line.put("sha256", inspection.sha256());
        line.put("encrypted", inspection.isEncrypted());
        line.put("encryption", inspection.encryption() == null ? null : inspection.encryption().id());
        line.put("signed", inspection.isSigned());
        PdfFacts pdf = inspection.pdf();
        if (pdf != null) {
            line.put("pdfVersion", pdf.version());
            line.put("pdfaClaim", pdf.pdfaClaim());
            line.set("restrictions", JSON.valueToTree(pdf.restrictions()));
            line.set("signatures", signaturesJson(pdf.signatures()));
            line.put("javaScript", pdf.javaScript());
            line.put("embeddedFiles", pdf.embeddedFiles());
            line.put("xfa", pdf.xfa());
        }
        line.put("encoding", inspection.encoding());
        line.put("language", inspection.language());
        if (inspection.legacyEncoding() != null) {
            line.put("legacyEncoding", inspection.legacyEncoding());
            line.put("legacyEvidence", inspection.legacyEvidence());
        }
        line.put("imageDpi", inspection.imageDpi());
        if (inspection.nameWarning() != null) {
            line.put("nameWarning", inspection.nameWarning());
        }
        if (inspection.isContainer()) {
            // the members follow as lines of their own, their paths "container#member"
            line.put("container", true);
            line.put("members", inspection.members());
            line.put("membersStoppedBy", inspection.membersStoppedBy());
        }
        line.put("durationMs", inspection.durationMs());
        if (!inspection.pageEvidence().isEmpty()) {
            ArrayNode evidence = line.putArray("pageEvidence");
            for (PageEvidence page : inspection.pageEvidence()) {
                PageMarks marks = page.marks();
                ObjectNode node = evidence.addObject();
                node.put("page", page.page());
                node.put("class", page.pageClass().id());
                node.put("visibleChars", marks.visibleChars());
                node.put("invisibleChars", marks.invisibleChars());
                node.put("unmappedGlyphShare", round(marks.unmappedShare()));
                node.put("imageCoverage", round(marks.imageCoverage()));
                node.put("imageDpi", marks.imageDpi());
                node.put("drawings", marks.drawings());
                node.put("rendered", page.rendered());
            }
        }
        return line;
    }

    static List<Object> csvRow(FileInspection inspection) {
        PdfFacts pdf = inspection.pdf();
        List<Object> row = new ArrayList<>();
        row.add(inspection.path());
        row.add(inspection.status());
        row.add(inspection.documentClass() == null ? "" : inspection.documentClass().id());
        row.add(inspection.pages() == null ? "" : inspection.pages());
        row.add(scannedPages(inspection));
        row.add(inspection.detection() == null ? "" : inspection.detection().mime());
        row.add(inspection.detection() == null || inspection.detection().puid() == null ? "" : inspection.detection().puid());
        row.add(inspection.detection() == null ? "" : inspection.detection().formatName());
        row.add(inspection.encryption() == null ? "" : inspection.encryption().id());
        row.add(inspection.isSigned() ? pdf.signatures().size() : 0);
        row.add(pdf != null && pdf.javaScript());
        row.add(pdf == null ? 0 : pdf.embeddedFiles());
        row.add(pdf == null ? "" : pdf.version());
        row.add(pdf == null || pdf.pdfaClaim() == null ? "" : pdf.pdfaClaim());
        row.add(nullToEmpty(inspection.encoding()));
        row.add(nullToEmpty(inspection.language()));
        row.add(inspection.imageDpi() == null ? "" : inspection.imageDpi());
        row.add(inspection.size() == null ? "" : inspection.size());
        row.add(nullToEmpty(inspection.sha256()));
        row.add(nullToEmpty(inspection.message()));
        row.add(nullToEmpty(inspection.nameWarning()));
        row.add(inspection.members() == null ? "" : String.valueOf(inspection.members()));
        return row;
    }

    /** What a person should notice, in a few words: "encrypted (permissions), signed ×1, JavaScript, vi". */
    /** The table's notes column, in the language of MESSAGES (the library's sentences through its catalogue). */
    static String notes(FileInspection inspection, Messages messages) {
        List<String> notes = new ArrayList<>();
        PdfFacts pdf = inspection.pdf();
        if (pdf != null && pdf.pdfaClaim() != null) {
            notes.add(messages.get("detect.note.claims", pdf.pdfaClaim()));
        }
        if (inspection.isEncrypted()) {
            notes.add(messages.get("detect.note.encrypted", messages.get("detect.encryption." + inspection.encryption().id())));
        }
        if (inspection.isSigned()) {
            long partial = pdf.signatures().stream().filter(signature -> !signature.coversWholeFile()).count();
            notes.add(messages.get("detect.note.signed", pdf.signatures().size(),
                    partial > 0 ? messages.get("detect.note.changedAfterSigning") : "", signers(pdf, messages)));
        }
        if (pdf != null && pdf.javaScript()) {
            notes.add(messages.get("detect.note.javaScript"));
        }
        if (pdf != null && pdf.embeddedFiles() > 0) {
            notes.add(messages.get("detect.note.attachments", pdf.embeddedFiles()));
        }
        if (pdf != null && pdf.xfa()) {
            notes.add(messages.get("detect.note.xfa"));
        }
        if (inspection.documentClass() == DocumentClass.MIXED) {
            notes.add(messages.get("detect.note.scannedPages", scannedPages(inspection)));
        }
        if (inspection.imageDpi() != null) {
            notes.add(inspection.imageDpi() + " dpi");
        }
        if (inspection.encoding() != null && !inspection.encoding().equals("UTF-8")) {
            notes.add(inspection.encoding());
        }
        if (inspection.legacyEncoding() != null) {
            notes.add(messages.get("detect.note.legacy", inspection.legacyEncoding(), messages.sentence(inspection.legacyEvidence())));
        }
        if (inspection.language() != null) {
            notes.add(inspection.language());
        }
        if (inspection.members() != null) {
            String key = inspection.detection().isMime("application/mbox") ? "detect.note.messages" : "detect.note.members";
            notes.add(messages.get(key + (inspection.members() == 1 ? ".one" : ".other"), inspection.members()));
        }
        if (inspection.membersStoppedBy() != null) {
            notes.add(messages.sentence(inspection.membersStoppedBy()));
        }
        if (inspection.nameWarning() != null) {
            notes.add(messages.sentence(inspection.nameWarning()));
        }
        if (inspection.message() != null) {
            notes.add(messages.sentence(inspection.message()));
        }
        return String.join("; ", notes);
    }

    /** "Nguyễn Văn An: chữ ký hợp lệ": each signer and the verdict on the signature, as validate names it. */
    private static String signers(PdfFacts pdf, Messages messages) {
        java.util.Map<String, Integer> counted = new java.util.LinkedHashMap<>();
        for (org.earchive.detect.PdfSignature signature : pdf.signatures()) {
            String signer = signature.signer() == null || signature.signer().isBlank()
                    ? messages.get("detect.unknownSigner") : signature.signer();
            counted.merge(signer + ": " + messages.get("validate.signature." + SignatureSummary.outcomeOf(signature).id()), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counted.forEach((text, count) -> parts.add(count > 1 ? text + " ×" + count : text));
        return String.join("; ", parts);
    }

    static long scannedPages(FileInspection inspection) {
        if (inspection.pageEvidence().isEmpty()) {
            return inspection.documentClass() == DocumentClass.SCANNED && inspection.pages() != null ? inspection.pages() : 0;
        }
        return inspection.pageEvidence().stream().filter(page -> page.pageClass() == DocumentClass.SCANNED).count();
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Each signature with its verdict and every check's result and sentence, as detect and validate print them. */
    static ArrayNode signaturesJson(java.util.List<PdfSignature> all) {
        ArrayNode signatures = JSON.createArrayNode();
        for (PdfSignature signature : all) {
            ObjectNode node = signatures.addObject();
            node.put("signer", signature.signer());
            node.put("signedAt", signature.signedAt());
            node.put("subFilter", signature.subFilter());
            node.put("coversWholeFile", signature.coversWholeFile());
            SignatureCheck check = signature.check();
            if (check != null) {
                node.put("verdict", check.outcome().id());
                node.put("verdictSentence", check.outcome().sentence());
                node.put("signingTime", check.signingTime());
                node.put("signingTimeSource", check.timeSource());
                node.put("certificateSubject", check.signerSubject());
                node.put("certificateIssuer", check.issuer());
                node.put("certificateSerial", check.serialNumber());
                node.put("digestAlgorithm", check.digestAlgorithm());
                node.put("signatureAlgorithm", check.signatureAlgorithm());
                node.put("valueSha256", check.valueSha256());
                if (check.docMdp() != null) {
                    node.put("docMdp", check.docMdp());
                }
                ObjectNode findings = node.putObject("checks");
                for (SignatureCheck.Finding finding : check.findings()) {
                    ObjectNode aspect = findings.putObject(finding.aspect().id());
                    aspect.put("result", finding.result().id());
                    aspect.put("sentence", finding.sentence());
                }
            }
        }
        return signatures;
    }
}
