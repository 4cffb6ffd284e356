package org.earchive.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ConverterRegistry;
import org.earchive.convert.office.MailAttachments;
import org.earchive.core.Cancellation;
import org.earchive.core.ConversionException;
import org.earchive.core.DiskFull;
import org.earchive.core.DocumentStatus;
import org.earchive.core.RunContext;
import org.earchive.detect.Detection;
import org.earchive.detect.Detector;
import org.earchive.detect.FileInspector;
import org.earchive.metadata.DocumentDescriber;
import org.earchive.metadata.DocumentRelations;
import org.earchive.metadata.SourceText;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.LevelRewrite;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;
import org.earchive.pipeline.DocumentStory.Origin;
import org.earchive.unpack.Containers;
import org.earchive.unpack.UnpackBudget;

/**
 * One document's way through earchive: <em>triage, describe, convert, verify, place, expand</em>. Every failure
 * becomes a result with a status and a sentence; nothing escapes to stop the batch, and nothing half-written is
 * left behind: the PDF is written to a scratch file and moved into place only once veraPDF has judged it.
 *
 * <p>An e-mail that converted is then expanded: each attachment goes the same way as a document of its own
 * ({@link DocumentParts}), linked to the message in the metadata, with its own status; an attachment that fails
 * does not fail the message. An attachment that is itself an e-mail is expanded in turn, down to
 * {@link #MAX_MESSAGE_DEPTH} messages deep; a message deeper than that keeps its attachments inside its PDF/A-3
 * (its original is embedded there, byte for byte) and lists them by name.
 *
 * <p>An archive or a mailbox (a container) is not converted: triage finds no converter for it, its members are
 * taken out ({@link DocumentParts#unpackContainer}) and each goes the same way as an attachment, in the container's
 * folder, with the container recorded as {@code unpacked}. Containers and messages nest in one another down to
 * {@link UnpackBudget#MAX_DEPTH} levels, all drawing on one {@link UnpackBudget} per input.
 */
public final class DocumentPipeline {

    /** How many messages deep attachments are still split out: a message, a message attached to it, and one more. */
    static final int MAX_MESSAGE_DEPTH = 3;

    private final OutputLayout layout;
    private final RunContext context;
    private final Detector detector;
    private final Triage triage;
    private final ConverterRegistry registry;
    private final PdfaValidator validator;
    private final DocumentDescriber describer;
    private final Placement placement;

    /** @param describer writes the metadata XML beside each PDF/A, or null for none */
    DocumentPipeline(OutputLayout layout, RunContext context, Detector detector, ConverterRegistry registry,
                     PdfaValidator validator, DocumentDescriber describer) {
        this.layout = layout;
        this.context = context;
        this.detector = detector;
        this.registry = registry;
        this.triage = new Triage(new FileInspector(detector, TrustStores.of(context)), registry);
        this.validator = validator;
        this.describer = describer;
        this.placement = new Placement(layout);
    }

    /**
     * The document alone: an e-mail's attachments stay inside its PDF/A-3, and a container is not unpacked
     * ({@link #processWithParts} splits them out).
     */
    public DocumentResult process(SourceDocument document) {
        return process(document, null, 0, null, null, new java.util.HashMap<>()).get(0);
    }

    /**
     * The document's result first, then (for an e-mail) each attachment's, nested ones after their message, or
     * (for an archive or a mailbox) each member's.
     */
    public List<DocumentResult> processWithParts(SourceDocument document) {
        return processWithParts(document, new java.util.HashMap<>());
    }

    /**
     * The same, leaving in {@code firstPages} the first page of each PDF placed whose converter held it in memory, by
     * the output's path as results name it (for its thumbnail).
     */
    public List<DocumentResult> processWithParts(SourceDocument document, Map<String, BufferedImage> firstPages) {
        return process(document, null, 0, UnpackBudget.standard(), null, firstPages);
    }

    /** Whatever step the disk filled up in (a scratch file, the PDF, its descriptions), the same outcome. */
    private static DocumentStory diskFull(DocumentStory story) {
        return story.ended(DocumentStatus.DISK_FULL, "The output disk is full: this document's PDF could not be written,"
                + " and nothing of it was kept. Free some space and run the same command again.");
    }

    /**
     * @param depth  how many messages and containers this document is nested in
     * @param budget what the input may still unpack to, or null when parts stay inside (the document alone)
     * @param note   a warning the container gave with this member (its name changed), or null
     * @param firstPages where each placed PDF's first page, held in memory by its converter, is left by output path
     */
    private List<DocumentResult> process(SourceDocument given, Origin origin, int depth, UnpackBudget budget, String note,
                                         Map<String, BufferedImage> firstPages) {
        long started = System.nanoTime();
        Journey journey = new Journey(DocumentStory.begin(given, origin), firstPages);
        if (note != null) {
            journey.story = journey.story.warned(note);
        }
        try (ReadableCopy readable = ReadableCopy.of(given, layout.stateFolder().resolve("tmp"))) {
            SourceDocument document = readable.document();
            Triage.Triaged triaged = triage.run(document, context.password(), found -> journey.story = journey.story.triaged(found));
            journey.story = journey.story.triaged(triaged);
            Cancellation.check(); // between steps: a document given up (its time limit) goes no further
            SourceText.Reading reading = describer == null ? null : describer.read(document.path(), triaged.detection(),
                    context.legacyEncoding());
            Cancellation.check();
            if (triaged.converter() == null) {
                unpackContainer(document, triaged, depth, budget, journey);
            } else {
                convertVerifyAndPlace(document, triaged, reading, depth, budget, journey);
            }
        } catch (ConversionException e) {
            journey.story = DiskFull.is(e) ? diskFull(journey.story) : journey.story.ended(e.status(), e.sentence());
        } catch (IOException e) {
            // a converter's I/O error may be on either side: say so rather than guess, unless the disk said it is full
            journey.story = DiskFull.is(e) ? diskFull(journey.story)
                    : journey.story.ended(DocumentStatus.FAILED, "Reading the file or writing its PDF failed (" + e + ").");
        } catch (StackOverflowError e) {
            journey.story = journey.story.ended(DocumentStatus.CORRUPT, FileInspector.NESTED_TOO_DEEP);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            journey.story = DiskFull.is(e) ? diskFull(journey.story) : journey.story.ended(DocumentStatus.FAILED,
                    "earchive failed on this file; please report it as a bug (" + e + ").");
        }
        List<DocumentResult> results = new ArrayList<>();
        results.add(journey.story.result((System.nanoTime() - started) / 1_000_000));
        results.addAll(expand(journey, depth, budget));
        return results;
    }

    /** The story so far, and the attachments taken out of a message, kept across the steps of one document. */
    private static final class Journey {
        DocumentStory story;
        DocumentParts parts;
        final Map<String, BufferedImage> firstPages;

        Journey(DocumentStory story, Map<String, BufferedImage> firstPages) {
            this.story = story;
            this.firstPages = firstPages;
        }
    }

    private void convertVerifyAndPlace(SourceDocument document, Triage.Triaged triaged, SourceText.Reading reading,
                                       int depth, UnpackBudget budget, Journey journey)
            throws ConversionException, IOException {
        Path scratch = placement.newScratchFile();
        try {
            ConvertedPdf pdf = triaged.converter().convert(new ConversionRequest(document.path(), triaged.detection(),
                    scratch, describeInPdf(document, triaged, reading), triaged.documentClass(), context));
            Cancellation.check();
            pdf = reachRequestedLevel(pdf, scratch, document, triaged);
            PdfaVerdict verdict = pdf.verdict() != null ? pdf.verdict() : validator.validate(scratch, pdf.level());
            journey.story = journey.story.converted(pdf, verdict);
            boolean meetsAll = verdict.compliant() && pdf.unmet().isEmpty();
            Path placed = placement.placePdf(scratch, document, meetsAll);
            journey.story = journey.story.placed(placement.shown(placed));
            if (pdf.firstPage() != null) {
                journey.firstPages.put(placement.shown(placed), pdf.firstPage());
            }
            if (pdf.facts().containsKey(ConvertedPdf.SIGNED_BY)) {
                journey.story = journey.story.placed(placement.shown(placement.keepSignedOriginal(document)));
            }
            if (meetsAll) {
                if (budget != null) {
                    takeOutAttachments(document, depth, journey);
                }
                writeDescriptionsBeside(document, placed, pdf, reading, journey);
                journey.story = journey.story.ended(DocumentStatus.CONVERTED,
                        "Converted to " + pdf.level().label() + "; veraPDF confirms it.");
            } else {
                journey.story = journey.story.keptNotCompliant(placed.getFileName().toString());
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** The PDF/A level the run asked for, when it asked for one (--level): the file then claims what veraPDF confirms. */
    private ConvertedPdf reachRequestedLevel(ConvertedPdf pdf, Path scratch, SourceDocument document,
                                             Triage.Triaged triaged) throws IOException {
        if (context.level().isDefault()) {
            return pdf;
        }
        Path copy = placement.newScratchFile();
        try {
            LevelRewrite.Original original = new LevelRewrite.Original(document.path(),
                    Normalizer.normalize(document.relative().getFileName().toString(), Normalizer.Form.NFC),
                    triaged.detection().mime(), context.created(document.path()));
            return new RequestedLevelStep(context.level(), validator, new VeraPdfValidator()::validatePdfUa1)
                    .reach(pdf, scratch, original, copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * An archive or a mailbox has no PDF of its own: its members are taken out, each to be converted as a document
     * ({@link #expand}), and the container is recorded as {@code unpacked} with its checksum. One that cannot be
     * opened ends with that status; one stopped at a limit is {@code corrupt}, and the members before the limit are
     * still converted.
     */
    private void unpackContainer(SourceDocument document, Triage.Triaged triaged, int depth, UnpackBudget budget,
                                 Journey journey) throws ConversionException, IOException {
        String what = Containers.what(triaged.detection().mime());
        if (budget == null) {
            throw new ConversionException(DocumentStatus.UNSUPPORTED, "A " + what + " is not converted itself; in a"
                    + " batch (earchive convert) each of its members is converted as a document of its own.");
        }
        if (depth >= UnpackBudget.MAX_DEPTH) {
            throw new ConversionException(DocumentStatus.CORRUPT, UnpackBudget.tooDeep(what, depth));
        }
        journey.parts = DocumentParts.unpackContainer(document, triaged.detection(), layout, budget, context.password());
        long taken = journey.parts.parts().stream().filter(part -> part.refusedAs() == null).count();
        int all = journey.parts.parts().size();
        String members = Containers.isMailbox(triaged.detection().mime()) ? " message(s)" : " file(s)";
        if (describer != null && all > 0) {
            String stopped = journey.parts.stoppedBy();
            Path record = describer.describeContainer(document.path(), document.displayPath(), triaged.sourceSha256(),
                    triaged.detection(), layout.containerRecord(document), layout.stateFolder().resolve("tmp"),
                    context.now(), journey.story.relations(journey.parts), taken + " of " + all + members
                            + " taken out" + (stopped == null ? "" : "; stopped: " + stopped), stopped == null);
            journey.story = journey.story.placed(placement.shown(record));
        }
        if (journey.parts.stoppedBy() != null) {
            journey.story = journey.story.ended(DocumentStatus.CORRUPT, "earchive stopped unpacking this " + what + ": "
                    + journey.parts.stoppedBy() + ". The " + all + members + " before that are in the rows after this one,"
                    + " each with its own status; the rest stay inside the " + what + ", which is kept as it is.");
        } else if (all == 0) {
            journey.story = journey.story.ended(DocumentStatus.EMPTY_FILE, "The " + what + " holds no" + members
                    + " to convert.");
        } else {
            journey.story = journey.story.ended(DocumentStatus.UNPACKED, "A " + what + " of " + all + members
                    + (taken < all ? " (" + (all - taken) + " not taken out: see their rows)" : "") + ": each is converted"
                    + " as a document of its own in the rows after this one; the " + what + " itself is kept as it is,"
                    + " its checksum recorded.");
        }
    }

    /** The PDF's XMP carries the document's Dublin Core when the metadata step can read it. */
    private DocumentInfo describeInPdf(SourceDocument document, Triage.Triaged triaged, SourceText.Reading reading)
            throws IOException {
        String name = Normalizer.normalize(document.path().getFileName().toString(), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        DocumentInfo info = new DocumentInfo(dot > 0 ? name.substring(0, dot) : name, null, null,
                context.created(document.path()), triaged.sourceSha256());
        return describer == null ? info : describer.enrich(info, reading, document.displayPath());
    }

    /**
     * An e-mail's attachments, taken out before the message's metadata is written, since that names them. A
     * message whose attachments cannot be taken out still converted: it says so, and keeps them in its PDF/A-3.
     */
    private void takeOutAttachments(SourceDocument document, int depth, Journey journey) {
        if (!MailAttachments.isMessage(journey.story.triaged().detection()) || depth >= MAX_MESSAGE_DEPTH) {
            return;
        }
        try {
            journey.parts = DocumentParts.unpack(document, journey.story.triaged().detection(), layout);
            if (journey.parts.leftOut() > 0) {
                journey.story = journey.story.warned(journey.parts.leftOut() + " attachment(s) beyond the first "
                        + MailAttachments.MAX_ATTACHMENTS + " were not converted on their own; they are inside the"
                        + " message's PDF/A-3 with the original.");
            }
        } catch (ConversionException | IOException | RuntimeException e) {
            String why = e instanceof ConversionException c ? c.sentence() : e.toString();
            journey.story = journey.story.warned("The attachments could not be taken out to convert on their own ("
                    + why + "); they are inside the message's PDF/A-3 with the original.");
        }
    }

    /**
     * The metadata XML (descriptive and PREMIS) beside the PDF/A, each validated before it is moved into
     * place; when they cannot be written, the PDF is withdrawn too, so the document leaves nothing behind.
     */
    private void writeDescriptionsBeside(SourceDocument document, Path placed, ConvertedPdf pdf, SourceText.Reading reading,
                                         Journey journey) throws ConversionException, IOException {
        if (describer == null) {
            return;
        }
        DocumentStory story = journey.story;
        try {
            // the PDF/A is earchive's own, its level confirmed by veraPDF: Tika and DROID need not read it again
            Detection ownPdfa = Detection.ofWrittenPdfa(pdf.level().label());
            DocumentDescriber.Request request = new DocumentDescriber.Request(document.path(), document.displayPath(),
                    story.sourceSha256(), story.triaged().detection(), placed,
                    ownPdfa != null ? ownPdfa : detector.detect(placed).withPdfaClaim(pdf.level().label()),
                    pdf.level().label(),
                    pdf.level().flavourId(), pdf.pages(), story.documentClass(), layout.stateFolder().resolve("tmp"),
                    context.now(), story.relations(journey.parts), reading, story.signatures(), pdf.facts(),
                    pdf.ocrWords());
            for (Path written : describer.describe(request)) {
                journey.story = journey.story.placed(placement.shown(written));
            }
        } catch (ConversionException | IOException | RuntimeException e) {
            Files.deleteIfExists(placed);
            journey.story = journey.story.withdrawn(placement.shown(placed));
            throw e;
        }
    }

    /**
     * Each attachment of a converted message, or each member of a container, through a pipeline that places outputs
     * in the message's or the container's folder. A member the container's reader refused is its row as it is.
     */
    private List<DocumentResult> expand(Journey journey, int depth, UnpackBudget budget) {
        if (journey.parts == null) {
            return List.of();
        }
        List<DocumentResult> results = new ArrayList<>();
        try (DocumentParts parts = journey.parts) {
            boolean message = parts.whole() == DocumentRelations.Whole.MESSAGE;
            if (message && journey.story.status() != DocumentStatus.CONVERTED) {
                return results;
            }
            DocumentPipeline forParts = new DocumentPipeline(parts.layout(), context, detector, registry, validator,
                    describer);
            DocumentRelations.Related whole = new DocumentRelations.Related(journey.story.document().displayPath(),
                    journey.story.sourceSha256());
            for (DocumentParts.Part part : parts.parts()) {
                try {
                    Cancellation.check();
                } catch (java.io.InterruptedIOException givenUp) {
                    break; // the batch gave up on the message (its time limit): what is written is removed, stop here
                }
                Cancellation.restartClock(); // a part is a document: its own time limit
                Origin origin = new Origin(whole, part.originalName(), parts.whole());
                if (part.refusedAs() != null) {
                    results.add(DocumentStory.begin(part.document(), origin).ended(part.refusedAs(), part.sentence())
                            .result(0));
                    continue;
                }
                results.addAll(forParts.process(part.document(), origin, depth + 1, budget, part.sentence(),
                        journey.firstPages));
            }
        } catch (IOException e) {
            // the scratch folder could not be removed: the next run's clean-up removes it
        }
        return results;
    }
}
