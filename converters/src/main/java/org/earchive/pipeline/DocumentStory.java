package org.earchive.pipeline;

import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.office.MailAttachments;
import org.earchive.core.DocumentStatus;
import org.earchive.metadata.DocumentRelations;
import org.earchive.validate.PdfaVerdict;

/**
 * What is known of one document so far, as its steps complete: each step returns a new story, so a failure at
 * any step still reports everything learnt before it, and the finished story becomes the document's result.
 *
 * @param origin   the message and the name it gave this attachment, or null for an input
 * @param triaged  what the file is and which converter takes it, or null before triage
 * @param outputs  the files placed so far, relative to the output folder
 * @param warnings warnings of the pipeline's own (the converter's are in {@code converted})
 */
record DocumentStory(SourceDocument document, Origin origin, Triage.Triaged triaged, ConvertedPdf converted,
                     PdfaVerdict verdict, List<String> outputs, List<String> warnings, DocumentStatus status,
                     String message) {

    /** Where an attachment came from: the message, and the name the message gave it (null when none). */
    record Origin(DocumentRelations.Related message, String attachmentName) {
    }

    DocumentStory {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    static DocumentStory begin(SourceDocument document, Origin origin) {
        return new DocumentStory(document, origin, null, null, null, List.of(), List.of(), null, null);
    }

    /** What triage found; a name that promises another format than the content is the story's first warning. */
    DocumentStory triaged(Triage.Triaged found) {
        List<String> said = warnings;
        if (found.nameWarning() != null && !warnings.contains(found.nameWarning())) {
            said = new ArrayList<>(warnings);
            said.add(found.nameWarning());
        }
        return new DocumentStory(document, origin, found, converted, verdict, outputs, said, status, message);
    }

    DocumentStory converted(ConvertedPdf pdf, PdfaVerdict judged) {
        return new DocumentStory(document, origin, triaged, pdf, judged, outputs, warnings, status, message);
    }

    DocumentStory placed(String output) {
        List<String> more = new ArrayList<>(outputs);
        more.add(output);
        return new DocumentStory(document, origin, triaged, converted, verdict, more, warnings, status, message);
    }

    DocumentStory withdrawn(String output) {
        List<String> fewer = new ArrayList<>(outputs);
        fewer.remove(output);
        return new DocumentStory(document, origin, triaged, converted, verdict, fewer, warnings, status, message);
    }

    DocumentStory warned(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new DocumentStory(document, origin, triaged, converted, verdict, outputs, more, status, message);
    }

    DocumentStory ended(DocumentStatus how, String sentence) {
        return new DocumentStory(document, origin, triaged, converted, verdict, outputs, warnings, how, sentence);
    }

    /** Judged and not good enough: why, and under which name the PDF is kept for inspection. */
    DocumentStory keptNotCompliant(String keptAs) {
        if (!verdict.compliant()) {
            String why = verdict.problem() != null ? verdict.problem()
                    : verdict.failedRules().size() + " rule(s) failed: " + String.join(", ", verdict.failedRuleIds());
            return ended(DocumentStatus.NOT_COMPLIANT, "The PDF does not meet " + converted.level().label() + " (" + why
                    + "); it is kept as " + keptAs + " for inspection and must not be archived as PDF/A.");
        }
        return ended(DocumentStatus.NOT_COMPLIANT, "The PDF meets " + converted.level().label() + " but not the rules"
                + " this run enforces: " + String.join(" ", converted.unmet()) + " It is kept as " + keptAs + ".");
    }

    /** The message this attachment is part of; the attachments this message has. */
    DocumentRelations relations(MessageParts parts) {
        return new DocumentRelations(origin == null ? null : origin.message(), parts == null ? List.of() : parts.related());
    }

    String sourceSha256() {
        return triaged == null ? null : triaged.sourceSha256();
    }

    /** What the converter said the source was, else what triage found. */
    String documentClass() {
        if (converted != null) {
            return converted.documentClass();
        }
        return triaged == null || triaged.documentClass() == null ? null : triaged.documentClass().id();
    }

    DocumentResult result(long durationMs) {
        boolean valid = status == DocumentStatus.CONVERTED;
        var detection = triaged == null ? null : triaged.detection();
        return new DocumentResult(document.displayPath(), status, message, documentClass(),
                detection == null ? null : detection.mime(),
                detection == null ? null : detection.puid(),
                valid ? converted.level().label() : null,
                converted == null ? 0 : converted.pages(),
                outputs, allWarnings(),
                verdict == null ? List.of() : verdict.failedRuleIds(),
                facts(), sourceSha256(), durationMs);
    }

    /** The source's signatures as verified when it arrived (none for anything but a signed PDF). */
    List<PdfSignature> signatures() {
        return triaged == null || triaged.signatures() == null ? List.of() : triaged.signatures();
    }

    private List<String> allWarnings() {
        List<String> all = new ArrayList<>(converted == null ? List.of() : converted.warnings());
        all.addAll(SignatureSummary.warnings(signatures()));
        all.addAll(warnings);
        return all;
    }

    private Map<String, String> facts() {
        Map<String, String> facts = new HashMap<>(converted == null ? Map.of() : converted.facts());
        facts.putAll(SignatureSummary.facts(signatures()));
        if (origin != null) {
            facts.put(MessageParts.PART_OF, origin.message().source());
            if (origin.attachmentName() != null) {
                facts.put(MessageParts.ATTACHMENT_NAME, MailAttachments.visibleName(origin.attachmentName()));
            }
        }
        return facts;
    }
}
