package org.earchive.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.office.MailAttachments;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.PdfInspector;
import org.earchive.detect.Detector;
import org.earchive.core.Fixity;
import org.earchive.metadata.DocumentDescriber;
import org.earchive.metadata.DocumentRelations;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.PdfaVerdict;

/**
 * One document's way through earchive: identify, route, normalise, validate, place. Every failure becomes
 * a result with a status and a sentence; nothing escapes to stop the batch, and nothing half-written is
 * left behind: the PDF is written to a scratch file and moved into place only once veraPDF has judged it.
 *
 * <p>An e-mail that converted is then unpacked: each attachment goes the same way as a document of its own
 * ({@link MessageParts}), linked to the message in the metadata, with its own status; an attachment that fails
 * does not fail the message. An attachment that is itself an e-mail is unpacked in turn, down to
 * {@link #MAX_MESSAGE_DEPTH} messages deep; a message deeper than that keeps its attachments inside its PDF/A-3
 * (its original is embedded there, byte for byte) and lists them by name.
 */
public final class DocumentPipeline {

    /** How many messages deep attachments are still split out: a message, a message attached to it, and one more. */
    static final int MAX_MESSAGE_DEPTH = 3;

    private final OutputLayout layout;
    private final Detector detector;
    private final List<Converter> converters;
    private final PdfaValidator validator;
    private final Instant sourceDateEpoch;
    private final PdfInspector pdfInspector;
    private final DocumentDescriber describer;

    /** @param sourceDateEpoch fixed creation date for every PDF (SOURCE_DATE_EPOCH), or null for each source's mtime */
    public DocumentPipeline(OutputLayout layout, Detector detector, List<Converter> converters, PdfaValidator validator,
                            Instant sourceDateEpoch) {
        this(layout, detector, converters, validator, sourceDateEpoch, new PdfInspector(), null);
    }

    /** @param describer writes the metadata XML beside each PDF/A, or null for none */
    public DocumentPipeline(OutputLayout layout, Detector detector, List<Converter> converters, PdfaValidator validator,
                            Instant sourceDateEpoch, DocumentDescriber describer) {
        this(layout, detector, converters, validator, sourceDateEpoch, new PdfInspector(), describer);
    }

    /**
     * @param pdfInspector classifies existing PDFs (with the password the run was given, if any)
     * @param describer    writes the metadata XML beside each PDF/A, or null for none
     */
    public DocumentPipeline(OutputLayout layout, Detector detector, List<Converter> converters, PdfaValidator validator,
                            Instant sourceDateEpoch, PdfInspector pdfInspector, DocumentDescriber describer) {
        this.pdfInspector = pdfInspector;
        this.describer = describer;
        this.layout = layout;
        this.detector = detector;
        this.converters = List.copyOf(converters);
        this.validator = validator;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** The document alone: an e-mail's attachments stay inside its PDF/A-3 ({@link #processWithParts} splits them out). */
    public DocumentResult process(SourceDocument document) {
        // as deep as messages are ever unpacked: nothing is
        return process(document, null, MAX_MESSAGE_DEPTH).get(0);
    }

    /** The document's result first, then (for an e-mail) each attachment's, nested ones after their message. */
    public List<DocumentResult> processWithParts(SourceDocument document) {
        return process(document, null, 0);
    }

    /**
     * @param origin the message and the name it gave this attachment, or null for an input
     * @param depth  how many messages this document is nested in
     */
    private List<DocumentResult> process(SourceDocument document, Origin origin, int depth) {
        long started = System.nanoTime();
        Progress progress = new Progress(document, origin, depth);
        try {
            progress.sourceSha256 = inspect(document);
            progress.detection = identify(document);
            progress.documentClass = classify(document, progress.detection);
            Converter converter = route(progress.detection, progress.documentClass);
            normaliseValidateAndPlace(document, converter, progress);
        } catch (ConversionException e) {
            progress.fail(e.status(), e.sentence());
        } catch (IOException e) {
            // a converter's I/O error may be on either side: say so rather than guess
            progress.fail(DocumentStatus.FAILED, "Reading the file or writing its PDF failed (" + e + ").");
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            progress.fail(DocumentStatus.FAILED, "earchive failed on this file; please report it as a bug (" + e + ").");
        }
        List<DocumentResult> results = new ArrayList<>();
        results.add(progress.result(elapsedMs(started)));
        if (progress.parts != null) {
            try (MessageParts parts = progress.parts) {
                if (progress.status == DocumentStatus.CONVERTED) {
                    results.addAll(processParts(parts, progress, depth));
                }
            } catch (IOException e) {
                // the scratch folder could not be removed: the next run's clean-up removes it
            }
        }
        return results;
    }

    /** Each attachment through a pipeline that places outputs in the message's attachments folder. */
    private List<DocumentResult> processParts(MessageParts parts, Progress message, int depth) {
        DocumentPipeline forParts = new DocumentPipeline(parts.layout(), detector, converters, validator,
                sourceDateEpoch, pdfInspector, describer);
        DocumentRelations.Related whole = new DocumentRelations.Related(message.document.displayPath(),
                message.sourceSha256);
        List<DocumentResult> results = new ArrayList<>();
        for (MessageParts.Part part : parts.parts()) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the batch gave up on the message (its time limit): what is written is removed, stop here
            }
            results.addAll(forParts.process(part.document(), new Origin(whole, part.originalName()), depth + 1));
        }
        return results;
    }

    /** Readable and not empty; returns its SHA-256. */
    private static String inspect(SourceDocument document) throws ConversionException {
        try {
            if (!Files.isRegularFile(document.path())) {
                throw new ConversionException(DocumentStatus.UNREADABLE, Files.isSymbolicLink(document.path())
                        ? "The file is a link to something that does not exist."
                        : "This is not a regular file.");
            }
            if (Files.size(document.path()) == 0) {
                throw new ConversionException(DocumentStatus.EMPTY_FILE, "The file is empty (0 bytes): there is nothing to convert.");
            }
            return Fixity.sha256(document.path());
        } catch (AccessDeniedException e) {
            throw new ConversionException(DocumentStatus.UNREADABLE, "The file cannot be read: permission denied.", e);
        } catch (NoSuchFileException e) {
            throw new ConversionException(DocumentStatus.UNREADABLE, "The file disappeared before it could be read.", e);
        } catch (IOException e) {
            throw new ConversionException(DocumentStatus.UNREADABLE, "The file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private Detection identify(SourceDocument document) throws ConversionException {
        try {
            return detector.detect(document.path());
        } catch (IOException e) {
            throw new ConversionException(DocumentStatus.UNREADABLE, "The file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * The class detect would report, where it decides the route: existing PDFs are opened (this also finds
     * the encrypted and the damaged ones); an image file is a scan by definition; other sources are
     * classified by their converter.
     */
    private DocumentClass classify(SourceDocument document, Detection detection) throws ConversionException, IOException {
        if (detection.isMime("application/pdf")) {
            return pdfInspector.inspect(document.path()).documentClass();
        }
        return detection.mime().startsWith("image/") ? DocumentClass.SCANNED : null;
    }

    private Converter route(Detection detection, DocumentClass documentClass) throws ConversionException {
        for (Converter converter : converters) {
            if (converter.accepts(detection)) {
                return converter;
            }
        }
        if (detection.isMime("application/octet-stream")) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The content is not any format earchive recognises:"
                    + " the file may be damaged, or its name may not match what it holds.");
        }
        String what = documentClass == null ? "" : " (this one is " + documentClass.id() + ")";
        throw new ConversionException(DocumentStatus.UNSUPPORTED,
                "earchive does not convert " + detection.formatName() + " (" + detection.mime() + ") files yet" + what + ".");
    }

    private void normaliseValidateAndPlace(SourceDocument document, Converter converter, Progress progress)
            throws ConversionException, IOException {
        Path scratch = newScratchFile();
        try {
            ConvertedPdf pdf = converter.convert(new ConversionRequest(document.path(), progress.detection, scratch,
                    describeInPdf(document, progress), progress.documentClass));
            progress.converted = pdf;
            PdfaVerdict verdict = pdf.verdict() != null ? pdf.verdict() : validator.validate(scratch, pdf.level());
            progress.verdict = verdict;
            boolean meetsAll = verdict.compliant() && pdf.unmet().isEmpty();
            Path placed = place(scratch, document, meetsAll);
            progress.outputs.add(layout.outputRoot().relativize(placed).toString().replace('\\', '/'));
            if (pdf.facts().containsKey(ConvertedPdf.SIGNED_BY)) {
                Path original = keepSignedOriginal(document);
                progress.outputs.add(layout.outputRoot().relativize(original).toString().replace('\\', '/'));
            }
            if (meetsAll) {
                unpackAttachments(document, progress);
                writeMetadataBeside(document, placed, pdf, progress);
            }
            if (meetsAll) {
                progress.succeed("Converted to " + pdf.level().label() + "; veraPDF confirms it.");
            } else if (!verdict.compliant()) {
                progress.fail(DocumentStatus.NOT_COMPLIANT, notCompliantSentence(pdf, verdict, placed));
            } else {
                progress.fail(DocumentStatus.NOT_COMPLIANT, "The PDF meets " + pdf.level().label() + " but not the rules this"
                        + " run enforces: " + String.join(" ", pdf.unmet()) + " It is kept as " + placed.getFileName() + ".");
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * An e-mail's attachments, taken out before the message's metadata is written, since that names them. A
     * message whose attachments cannot be taken out still converted: it says so, and keeps them in its PDF/A-3.
     */
    private void unpackAttachments(SourceDocument document, Progress progress) {
        if (!MailAttachments.isMessage(progress.detection) || progress.depth >= MAX_MESSAGE_DEPTH) {
            return;
        }
        try {
            progress.parts = MessageParts.unpack(document, progress.detection, layout);
            if (progress.parts.leftOut() > 0) {
                progress.warnings.add(progress.parts.leftOut() + " attachment(s) beyond the first "
                        + MailAttachments.MAX_ATTACHMENTS + " were not converted on their own; they are inside the"
                        + " message's PDF/A-3 with the original.");
            }
        } catch (ConversionException | IOException | RuntimeException e) {
            String why = e instanceof ConversionException c ? c.sentence() : e.toString();
            progress.warnings.add("The attachments could not be taken out to convert on their own (" + why
                    + "); they are inside the message's PDF/A-3 with the original.");
        }
    }

    /** The signed source, copied beside its PDF/A the same way the PDF is placed: synced, then renamed. */
    private Path keepSignedOriginal(SourceDocument document) throws IOException {
        Path scratch = newScratchFile();
        try {
            Files.copy(document.path(), scratch, StandardCopyOption.REPLACE_EXISTING);
            Path target = layout.signedOriginal(document);
            syncAndMove(scratch, target);
            return target;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * The metadata XML (descriptive and PREMIS) beside the PDF/A, each validated before it is moved into
     * place; when they cannot be written, the PDF is withdrawn too, so the document leaves nothing behind.
     */
    private void writeMetadataBeside(SourceDocument document, Path placed, ConvertedPdf pdf, Progress progress)
            throws ConversionException, IOException {
        if (describer == null) {
            return;
        }
        String placedName = layout.outputRoot().relativize(placed).toString().replace('\\', '/');
        try {
            DocumentDescriber.Request request = new DocumentDescriber.Request(document.path(), document.displayPath(),
                    progress.sourceSha256, progress.detection, placed,
                    detector.detect(placed).withPdfaClaim(pdf.level().label()), pdf.level().label(),
                    pdf.level().flavourId(), pdf.pages(), progress.documentClass(), layout.stateFolder().resolve("tmp"),
                    sourceDateEpoch != null ? sourceDateEpoch : Instant.now(), progress.relations());
            for (Path written : describer.describe(request)) {
                progress.outputs.add(layout.outputRoot().relativize(written).toString().replace('\\', '/'));
            }
        } catch (ConversionException | IOException | RuntimeException e) {
            Files.deleteIfExists(placed);
            progress.outputs.remove(placedName);
            throw e;
        }
    }

    /** The PDF's XMP carries the document's Dublin Core when the metadata step can read it. */
    private DocumentInfo describeInPdf(SourceDocument document, Progress progress) throws IOException {
        DocumentInfo info = describe(document, progress.sourceSha256);
        return describer == null ? info
                : describer.enrich(info, document.path(), progress.detection, document.displayPath());
    }

    private DocumentInfo describe(SourceDocument document, String sha256) throws IOException {
        String name = Normalizer.normalize(document.path().getFileName().toString(), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String title = dot > 0 ? name.substring(0, dot) : name;
        Instant created = sourceDateEpoch != null ? sourceDateEpoch
                : Files.getLastModifiedTime(document.path()).toInstant();
        return new DocumentInfo(title, null, null, created, sha256);
    }

    private Path newScratchFile() throws IOException {
        Path folder = layout.stateFolder().resolve("tmp");
        Files.createDirectories(folder);
        return folder.resolve(UUID.randomUUID() + ".pdf.part");
    }

    /** Synced, then renamed into place, so a crash never leaves a half-written PDF under a real name. */
    private Path place(Path scratch, SourceDocument document, boolean compliant) throws IOException {
        Path target = compliant ? layout.pdf(document) : layout.notCompliantPdf(document);
        Path stale = compliant ? layout.notCompliantPdf(document) : layout.pdf(document);
        syncAndMove(scratch, target);
        Files.deleteIfExists(stale);
        return target;
    }

    /** On disk first, then renamed in one step: a crash never leaves a half-written file under a real name. */
    private static void syncAndMove(Path scratch, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.createDirectories(target.getParent());
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String notCompliantSentence(ConvertedPdf pdf, PdfaVerdict verdict, Path placed) {
        String why = verdict.problem() != null ? verdict.problem()
                : verdict.failedRules().size() + " rule(s) failed: " + String.join(", ", verdict.failedRuleIds());
        return "The PDF does not meet " + pdf.level().label() + " (" + why + "); it is kept as "
                + placed.getFileName() + " for inspection and must not be archived as PDF/A.";
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Where an attachment came from: the message, and the name the message gave it (null when none). */
    private record Origin(DocumentRelations.Related message, String attachmentName) {
    }

    /** What is known about the document so far, so a failure at any step still reports everything before it. */
    private static final class Progress {
        final SourceDocument document;
        final Origin origin;
        final int depth;
        MessageParts parts;
        final List<String> warnings = new ArrayList<>();
        String sourceSha256;
        Detection detection;
        DocumentClass documentClass;
        ConvertedPdf converted;
        PdfaVerdict verdict;
        final List<String> outputs = new ArrayList<>();
        DocumentStatus status;
        String message;

        Progress(SourceDocument document, Origin origin, int depth) {
            this.document = document;
            this.origin = origin;
            this.depth = depth;
        }

        /** The message this attachment is part of; the attachments this message has. */
        DocumentRelations relations() {
            return new DocumentRelations(origin == null ? null : origin.message(),
                    parts == null ? List.of() : parts.related());
        }

        private Map<String, String> facts() {
            Map<String, String> facts = new java.util.HashMap<>(converted == null ? Map.of() : converted.facts());
            if (origin != null) {
                facts.put(MessageParts.PART_OF, origin.message().source());
                if (origin.attachmentName() != null) {
                    facts.put(MessageParts.ATTACHMENT_NAME, MailAttachments.visibleName(origin.attachmentName()));
                }
            }
            return facts;
        }


        void succeed(String sentence) {
            status = DocumentStatus.CONVERTED;
            message = sentence;
        }

        void fail(DocumentStatus failure, String sentence) {
            status = failure;
            message = sentence;
        }

        /** What the converter said the source was, else what classification found. */
        private String documentClass() {
            if (converted != null) {
                return converted.documentClass();
            }
            return documentClass == null ? null : documentClass.id();
        }

        private List<String> allWarnings() {
            List<String> all = new ArrayList<>(converted == null ? List.of() : converted.warnings());
            all.addAll(warnings);
            return all;
        }

        DocumentResult result(long durationMs) {
            boolean valid = status == DocumentStatus.CONVERTED;
            return new DocumentResult(document.displayPath(), status, message, documentClass(),
                    detection == null ? null : detection.mime(),
                    detection == null ? null : detection.puid(),
                    valid ? converted.level().label() : null,
                    converted == null ? 0 : converted.pages(),
                    outputs,
                    allWarnings(),
                    verdict == null ? List.of() : verdict.failedRuleIds(),
                    facts(),
                    sourceSha256, durationMs);
        }
    }
}
