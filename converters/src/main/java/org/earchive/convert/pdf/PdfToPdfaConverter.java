package org.earchive.convert.pdf;

import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyPdfFonts;
import org.earchive.formats.vietnamese.LegacyRuns;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.PdfInspector;
import org.earchive.detect.PageEvidence;
import org.earchive.core.OcrMode;
import org.earchive.core.OcrWords;
import org.earchive.formats.PageTreeCounts;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.PdfaVerdict;

/**
 * Existing PDFs to PDF/A without re-rendering them: the page content streams and images stay as they are,
 * and only what PDF/A forbids or lacks is repaired. Each document climbs a ladder and the report says which
 * rung it stopped on and why:
 * <ol type="a">
 *   <li>already valid PDF/A at the level wanted: the bytes are kept unchanged (a signature stays valid);
 *       a signed PDF that is not gets what PDF/A needs appended as an incremental update, so its signatures
 *       still verify ({@link SignedIncrementalUpdate}), when veraPDF and the fidelity check accept that;</li>
 *   <li>PDFBox repair (metadata, output intent, forbidden actions and attachments, annotation flags,
 *       fonts embedded from their metric twins, LZW, interpolation), then veraPDF;</li>
 *   <li>if still failing and Ghostscript is installed: Ghostscript redraws the original as PDF/A-2b, then
 *       veraPDF and the fidelity check (the text may change, which is said);</li>
 *   <li>if PDF/A-2u cannot be reached because some text has no Unicode mapping: PDF/A-2b, said so.</li>
 * </ol>
 * Rung (d) is tried before (c): re-claiming as 2b keeps the original structure, redrawing does not.
 * Every rewritten PDF passes a fidelity check against the original (pages, sizes, text, look); one that
 * fails it is not kept. The look is rendered (the original as read, against the output) only for sampled pages
 * whose drawing the repairs changed; a page drawn from the same bytes as before ({@link PageLooks}) looks the same. Born-digital PDFs aim at 2u; scans (with or without an OCR layer) at 2b.
 */
public final class PdfToPdfaConverter implements Converter {

    /** Fact naming the pages whose old OCR layer was removed ({@code --ocr redo} or {@code force}). */
    public static final String TEXT_LAYER_REMOVED = "textLayerRemoved";
    /** Fact naming who signed a PDF whose signatures still verify in the PDF/A (rung a2). */
    public static final String SIGNATURE_KEPT = "signatureKept";
    /** Fact giving how many bytes at the start of the PDF/A are the signed source, byte for byte (rung a2). */
    public static final String SIGNED_REVISION_BYTES = "signedRevisionBytes";
    /** Fact naming the pages redrawn as images ({@code --ocr force}). */
    public static final String RASTERISED = "rasterised";

    /** veraPDF rule clauses about Unicode mapping: the only failures that moving from 2u to 2b cures. */
    private static final String UNICODE_CLAUSE = "6.2.11.7";

    private final PdfaFinisher finisher;
    private final PdfaValidator validator;
    private final GhostscriptPdfa ghostscript;
    private final ScannedPageOcr scannedPageOcr;

    /**
     * @param ghostscript the third rung, or null to go without it ({@link GhostscriptPdfa#find()} finds it)
     * @param ocr         reads the scanned pages, whose text then lies invisibly over them ({@link TesseractOcr#off()})
     */
    public PdfToPdfaConverter(PdfaFinisher finisher, PdfaValidator validator, GhostscriptPdfa ghostscript, TesseractOcr ocr) {
        this.finisher = finisher;
        this.validator = validator;
        this.ghostscript = ghostscript;
        this.scannedPageOcr = new ScannedPageOcr(ocr);
    }

    /** "Ghostscript at /usr/bin/gs" or "no Ghostscript": whether rung (c) exists, for the run's fingerprint. */
    public String ghostscriptDescription() {
        return ghostscript == null ? "no Ghostscript" : ghostscript.toString();
    }

    @Override
    public String engine() {
        return "PDFBox repair";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/pdf");
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        DocumentClass documentClass = request.documentClass() == null ? DocumentClass.BORN_DIGITAL : request.documentClass();
        OcrMode mode = request.context().ocr().mode();
        // --ocr force turns every page into a picture of itself: what is left is a scan, whatever it was
        PdfaLevel wanted = documentClass == DocumentClass.SCANNED || documentClass == DocumentClass.HYBRID
                || mode == OcrMode.FORCE ? PdfaLevel.PDFA_2B : PdfaLevel.PDFA_2U;
        List<String> warnings = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        try (OpenedPdf opened = load(request.source(), request.context().password())) {
            PDDocument source = opened.document();
            // how the sampled pages look before anything is repaired: the fidelity check renders only those changed
            PageLooks looks = PageLooks.of(source, PdfFidelity.samplePages(source.getNumberOfPages()));
            // a .VnTime-like font's text is read as Vietnamese: its Unicode map is rewritten, so the file is too
            LegacyRuns legacy = documentClass == DocumentClass.SCANNED || !LegacyChoices.converts(request.context())
                    ? null : LegacyPdfFonts.apply(source);
            if (legacy != null) {
                facts.put("legacyEncoding", legacy.encoding().id());
                facts.put("legacyEvidence", legacy.evidence());
            }
            // the default reads scanned pages only, and a scan already valid as PDF/A has none left unread
            List<PageEvidence> pages = mode == OcrMode.SKIP_TEXT ? null
                    : new PdfInspector(request.context().password()).inspect(source, Files.size(request.source())).pages();
            if (legacy == null && (pages == null || !ScannedPageOcr.readsAny(pages, mode))) {
                ConvertedPdf unchanged = keepIfAlreadyValid(request, source, wanted, documentClass);
                if (unchanged != null) {
                    return unchanged;
                }
            }
            String sourceText = PdfText.extract(source);
            String notAppended = null;
            if (!SignatureRemoval.signers(source).isEmpty()) {
                boolean readsPages = pages != null && ScannedPageOcr.readsAny(pages, mode)
                        || documentClass == DocumentClass.SCANNED || documentClass == DocumentClass.MIXED;
                notAppended = legacy != null ? "its pre-Unicode fonts' text had to be rewritten"
                        : readsPages ? "its scanned pages had to be read by OCR" : SignedIncrementalUpdate.whyNot(source);
                if (notAppended == null) {
                    IncrementalAttempt appended = appendToSigned(request, source, sourceText, looks,
                            original(request, opened), wanted, documentClass);
                    if (appended.converted() != null) {
                        return appended.converted();
                    }
                    notAppended = appended.whyNot();
                }
            }
            RepairLog log = new RepairLog();
            List<String> signers = SignatureRemoval.apply(source, log);
            boolean unicodeRebuilt = wanted == PdfaLevel.PDFA_2U && UnicodeMapRepair.apply(source, log) > 0;
            boolean ocrAdded = false;
            boolean redrawnAsImages = false;
            OcrWords ocrWords = OcrWords.NONE;
            if (pages != null || documentClass == DocumentClass.SCANNED || documentClass == DocumentClass.MIXED) {
                ScannedPageOcr.Outcome ocr = scannedPageOcr.apply(source, pages != null ? pages
                                : new PdfInspector(request.context().password()).inspect(source, Files.size(request.source())).pages(),
                        request.target().resolveSibling(request.target().getFileName() + ".ocr"), mode);
                warnings.addAll(ocr.warnings());
                if (ocr.scannedPages() > 0) {
                    facts.put("searchable", ocr.searchablePages() == ocr.scannedPages() ? "yes"
                            : ocr.searchablePages() + " of " + ocr.scannedPages() + " scanned pages");
                }
                if (ocr.searchablePages() > 0) {
                    facts.put("ocr", scannedPageOcr.description());
                }
                if (mode != OcrMode.SKIP_TEXT) {
                    facts.put("ocrMode", mode.id());
                }
                if (!ocr.straightened().isEmpty()) {
                    facts.put("readStraightened", String.join(", ", ocr.straightened()));
                }
                if (!ocr.layersRemoved().isEmpty()) {
                    facts.put(TEXT_LAYER_REMOVED, String.join(", ", ocr.layersRemoved()));
                }
                if (!ocr.rasterised().isEmpty()) {
                    facts.put(RASTERISED, String.join(", ", ocr.rasterised()));
                }
                ocr.quality().addFactsTo(facts);
                // the text changes by design when OCR added some, or took an old layer or the page's own text away
                ocrAdded = ocr.searchablePages() > 0 || !ocr.layersRemoved().isEmpty() || !ocr.rasterised().isEmpty();
                redrawnAsImages = !ocr.rasterised().isEmpty();
                ocrWords = ocr.words();
            }
            repairAndSave(request, opened, wanted, warnings, log);
            PdfaVerdict verdict = validator.validate(request.target(), wanted);
            PdfaLevel level = wanted;
            String rung = "b-repaired";
            if (!verdict.compliant() && wanted == PdfaLevel.PDFA_2U && onlyUnicodeRulesFailed(verdict)) {
                level = PdfaLevel.PDFA_2B;
                reclaim(request, PdfaLevel.PDFA_2B);
                verdict = validator.validate(request.target(), level);
                rung = "d-fell-back-to-2b";
                warnings.add("Some text in the PDF has no Unicode mapping, so it cannot be PDF/A-2u (searchable"
                        + " and copyable text); it was made PDF/A-2b, which keeps its look but not reliable text.");
            }
            boolean redrawn = false;
            if (!verdict.compliant()) {
                PdfaVerdict redrawnVerdict = redrawWithGhostscript(request, verdict, warnings, log);
                if (redrawnVerdict != null) {
                    verdict = redrawnVerdict;
                    level = PdfaLevel.PDFA_2B;
                    rung = "c-ghostscript";
                    redrawn = true;
                }
            }
            // pages redrawn as pictures (--ocr force) differ from the vector original by their anti-aliasing: their look
            // is checked against the redrawn copy, as it always was, until a threshold for them is measured
            OriginalReader lookOriginal = redrawnAsImages ? () -> null : original(request, opened);
            checkFidelity(source, sourceText, looks, lookOriginal, request.target(), redrawn || unicodeRebuilt, ocrAdded,
                    warnings);
            facts.put("pdfa-rung", rung);
            if (!log.isEmpty()) {
                facts.put("repairs", log.summary());
            }
            warnings.addAll(log.problems());
            if (!signers.isEmpty()) {
                warnings.add("The original was digitally signed (" + String.join(", ", signers) + "); making it PDF/A"
                        + " rewrote the file" + (notAppended == null ? "" : " (" + notAppended + ")")
                        + ", so the signature does not carry over; the signed original is kept beside it.");
                facts.put(ConvertedPdf.SIGNED_BY, String.join(", ", signers));
            }
            // the words' confidences weigh the metadata read from the new text layer, as for an image scan
            return new ConvertedPdf(documentClass.id(), level, source.getNumberOfPages(), warnings, facts, verdict)
                    .withOcrWords(ocrWords);
        }
    }

    /**
     * Opens the PDF as any reader would: without a password first, so a file that only restricts permissions
     * is not mistaken for one that needed the password; then with the password the run was given.
     */
    private OpenedPdf load(Path file, String password) throws ConversionException, IOException {
        try {
            return new OpenedPdf(open(file, ""), false);
        } catch (InvalidPasswordException needsPassword) {
            if (password.isEmpty()) {
                throw new ConversionException(DocumentStatus.ENCRYPTED, PdfInspector.passwordSentence(""), needsPassword);
            }
        }
        try {
            return new OpenedPdf(open(file, password), true);
        } catch (InvalidPasswordException wrongPassword) {
            throw new ConversionException(DocumentStatus.ENCRYPTED, PdfInspector.passwordSentence(password), wrongPassword);
        }
    }

    /** An open PDF, and whether it took the run's password to open it. */
    private record OpenedPdf(PDDocument document, boolean neededPassword) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private static PDDocument open(Path file, String password) throws ConversionException, IOException {
        try {
            // scratch buffers on disk: a 2,000-page PDF must not need its size in heap
            PDDocument document = Loader.loadPDF(file.toFile(), password, IOUtils.createTempFileOnlyStreamCache());
            PageTreeCounts.repair(document); // every page count below is then the true one
            return document;
        } catch (InvalidPasswordException e) {
            throw e;
        } catch (IOException e) {
            // PDFBox's message ("Page tree root must be a dictionary") is kept as the cause, not shown to a clerk
            throw new ConversionException(DocumentStatus.CORRUPT, "The PDF is damaged and cannot be read: the table that locates its pages and objects is broken or missing,"
                    + " as when a file is cut short. If a PDF reader still opens it, save a new copy and convert that.", e);
        }
    }

    /** Rung (a): a PDF that already is valid PDF/A, at the level wanted or a stronger one of part 2 or 3. */
    private ConvertedPdf keepIfAlreadyValid(ConversionRequest request, PDDocument source, PdfaLevel wanted,
                                            DocumentClass documentClass) throws IOException {
        String claim = PdfInspector.pdfaClaim(source.getDocumentCatalog().getMetadata());
        PdfaLevel claimed;
        try {
            claimed = claim == null ? null : PdfaLevel.parse(claim);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (claimed == null || !satisfies(claimed, wanted) || source.isEncrypted()) {
            return null;
        }
        if (!PdfActions.notKept(source).isEmpty()) {
            return null; // valid PDF/A may still post a form or open a web address by itself: repaired instead
        }
        PdfaVerdict verdict = validator.validate(request.source(), claimed);
        if (!verdict.compliant()) {
            return null;
        }
        Files.copy(request.source(), request.target(), StandardCopyOption.REPLACE_EXISTING);
        return new ConvertedPdf(documentClass.id(), claimed, source.getNumberOfPages(),
                List.of("The PDF already is valid " + claimed.label() + ": it was kept byte for byte (any digital"
                        + " signature stays valid)."),
                Map.of("pdfa-rung", "a-already-valid"), verdict);
    }

    /** A signed PDF made PDF/A by an appended update, or why it could not be. */
    private record IncrementalAttempt(ConvertedPdf converted, String whyNot) {
    }

    /**
     * Rung (a2), for signed PDFs: the repairs a rewrite would make, appended as an incremental update so that every
     * signature still verifies for the revision it signed. Accepted only when veraPDF passes the whole file and the
     * fidelity check finds the pages as they were; otherwise the target is removed and the reason returned.
     */
    private IncrementalAttempt appendToSigned(ConversionRequest request, PDDocument source, String sourceText,
                                              PageLooks looks, OriginalReader original, PdfaLevel wanted,
                                              DocumentClass documentClass) throws IOException {
        RepairLog log = new RepairLog();
        List<String> warnings = new ArrayList<>();
        SignedIncrementalUpdate.append(request.source(), request.target(), document -> {
            ObjectRepairs.apply(document, log);
            ActiveContentRemoval.apply(document, log);
            FontEmbedding.apply(document, log);
            finisher.finish(document, describe(document, request.info()), wanted);
        });
        PdfaVerdict verdict = validator.validate(request.target(), wanted);
        if (!verdict.compliant()) {
            Files.deleteIfExists(request.target());
            return new IncrementalAttempt(null, "an update appended after the signature did not reach " + wanted.label()
                    + (verdict.failedRules().isEmpty() ? "" : ": " + String.join(", ", verdict.failedRuleIds())));
        }
        try {
            checkFidelity(source, sourceText, looks, original, request.target(), false, false, warnings);
        } catch (ConversionException unfaithful) {
            Files.deleteIfExists(request.target());
            return new IncrementalAttempt(null, "an update appended after the signature changed the pages");
        }
        List<String> signers = SignatureRemoval.signers(source);
        warnings.addAll(log.problems());
        warnings.add("The original was digitally signed (" + String.join(", ", signers) + "); what PDF/A needs was"
                + " appended after the signed bytes, which are unchanged, so each signature verifies in the PDF/A"
                + " exactly as it did on arrival.");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("pdfa-rung", "a2-appended-to-signed");
        if (!log.isEmpty()) {
            facts.put("repairs", log.summary());
        }
        facts.put(SIGNATURE_KEPT, String.join(", ", signers));
        facts.put(SIGNED_REVISION_BYTES, String.valueOf(Files.size(request.source())));
        return new IncrementalAttempt(new ConvertedPdf(documentClass.id(), wanted, source.getNumberOfPages(), warnings,
                facts, verdict), null);
    }

    /** Parts 2 and 3 only (PDF/A-1 is rebuilt as 2); "a" and "u" promise Unicode text, "b" only the look. */
    private static boolean satisfies(PdfaLevel claimed, PdfaLevel wanted) {
        if (claimed.part() < 2) {
            return false;
        }
        return wanted.conformance().equals("B") || !claimed.conformance().equals("B");
    }

    /** Rung (b): repairs in memory, finished (XMP, Info, output intent, ID) and saved to the target. */
    private void repairAndSave(ConversionRequest request, OpenedPdf opened, PdfaLevel level, List<String> warnings,
                               RepairLog log) throws IOException {
        PDDocument source = opened.document();
        if (source.isEncrypted()) {
            source.setAllSecurityToBeRemoved(true);
            warnings.add(opened.neededPassword()
                    ? "The PDF was opened with the password given; PDF/A forbids encryption, so the PDF/A has none:"
                            + " store it where only the people allowed to read the original can."
                    : "The PDF restricted printing or copying with an owner password; PDF/A forbids encryption,"
                            + " so the restrictions were removed.");
        }
        ObjectRepairs.apply(source, log);
        ActiveContentRemoval.apply(source, log);
        FontEmbedding.apply(source, log);
        finisher.finish(source, describe(source, request.info()), level);
        source.save(request.target().toFile());
    }

    /** Re-claims the saved PDF at another level (only the XMP identification changes). */
    private void reclaim(ConversionRequest request, PdfaLevel level) throws IOException {
        Path rewritten = request.target().resolveSibling(request.target().getFileName() + ".2b");
        try (PDDocument saved = Loader.loadPDF(request.target().toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            finisher.finish(saved, describe(saved, request.info()), level);
            saved.save(rewritten.toFile());
        }
        Files.move(rewritten, request.target(), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The document's own title, author, subject and creation date where it has them. */
    private static DocumentInfo describe(PDDocument document, DocumentInfo fallback) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = nonBlank(info.getTitle());
        Instant created = info.getCreationDate() == null ? fallback.created() : info.getCreationDate().toInstant();
        return new DocumentInfo(title == null ? fallback.title() : title,
                nonBlank(info.getAuthor()), nonBlank(info.getSubject()), created, fallback.sourceSha256());
    }

    private static boolean onlyUnicodeRulesFailed(PdfaVerdict verdict) {
        return verdict.problem() == null && !verdict.failedRules().isEmpty()
                && verdict.failedRules().stream().allMatch(rule -> rule.id().startsWith(UNICODE_CLAUSE));
    }

    /**
     * Rung (c): Ghostscript redraws the original as PDF/A-2b. Its result replaces the repaired file only if
     * veraPDF accepts it; returns that verdict, or null when the rung was not taken or did not help.
     */
    private PdfaVerdict redrawWithGhostscript(ConversionRequest request, PdfaVerdict repaired, List<String> warnings,
                                              RepairLog log) throws IOException {
        String why = "PDFBox repair could not reach PDF/A (" + String.join(", ", repaired.failedRuleIds()) + ")";
        if (ghostscript == null) {
            warnings.add(why + "; with Ghostscript installed (apt-get install ghostscript) earchive would try redrawing it.");
            return null;
        }
        Path redrawn = request.target().resolveSibling(request.target().getFileName() + ".gs");
        try {
            String failure = ghostscript.convert(request.source(), redrawn);
            if (failure != null) {
                warnings.add(why + "; " + failure + ".");
                return null;
            }
            keepOnlyArchivalActions(redrawn, log);
            PdfaVerdict verdict = validator.validate(redrawn, PdfaLevel.PDFA_2B);
            if (!verdict.compliant()) {
                warnings.add(why + "; Ghostscript's redrawing failed too (" + String.join(", ", verdict.failedRuleIds()) + ").");
                return null;
            }
            Files.move(redrawn, request.target(), StandardCopyOption.REPLACE_EXISTING);
            warnings.add(why + ", so Ghostscript redrew the pages as PDF/A-2b: fonts and internal structure may differ"
                    + " from the original; pages, sizes and look were checked against it.");
            return verdict;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while Ghostscript was running");
        } finally {
            Files.deleteIfExists(redrawn);
        }
    }

    /**
     * Ghostscript drops the open action but copies the links' actions as they were, a form's SubmitForm or a
     * Launch among them: its output gets the same table applied as a repaired file.
     */
    private static void keepOnlyArchivalActions(Path pdf, RepairLog log) throws IOException {
        Path cleaned = pdf.resolveSibling(pdf.getFileName() + ".actions");
        try {
            try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
                if (PdfActions.notKept(document).isEmpty()) {
                    return;
                }
                ActiveContentRemoval.apply(document, log);
                document.save(cleaned.toFile());
            }
            Files.move(cleaned, pdf, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(cleaned);
        }
    }

    /** Opens the original again, as it was before the repairs changed the copy in memory; null: render that copy. */
    private interface OriginalReader {
        OpenedPdf open() throws ConversionException, IOException;
    }

    private OriginalReader original(ConversionRequest request, OpenedPdf opened) {
        return () -> load(request.source(), opened.neededPassword() ? request.context().password() : "");
    }

    /**
     * @param looks         the sampled pages' looks before the repairs: pages drawn from the same bytes are not rendered
     * @param original      the original, opened again only when a page must be rendered: {@code source} is the
     *                      repaired copy, and rendering it would compare the repairs with themselves
     * @param textMayChange true after Ghostscript (text may extract differently: ligatures, spacing, lost
     *                      Unicode), which is then a warning, or after Unicode maps were rebuilt (text that
     *                      extracted as nothing now extracts); the page count, sizes and look must still hold
     */
    private static void checkFidelity(PDDocument source, String sourceText, PageLooks looks, OriginalReader original,
                                      Path output, boolean textMayChange, boolean ocrAdded, List<String> warnings)
            throws IOException, ConversionException {
        try (PDDocument converted = Loader.loadPDF(output.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            boolean sameLook = looks.sameAs(converted, PdfFidelity.samplePages(source.getNumberOfPages()));
            List<String> differences;
            try (OpenedPdf unrepaired = sameLook ? null : original.open()) {
                // OCR adds text by design; the look (the text is invisible) and the pages must still be the same
                differences = PdfFidelity.differences(source, sourceText, converted, !textMayChange && !ocrAdded,
                        sameLook ? null : unrepaired == null ? source : unrepaired.document());
            }
            if (textMayChange && !ocrAdded && !PdfText.comparable(sourceText).equals(PdfText.comparable(PdfText.extract(converted)))) {
                warnings.add("The PDF/A's extractable text differs from the original's (see the repairs); check searches against the original.");
            }
            if (!differences.isEmpty()) {
                throw new ConversionException(DocumentStatus.FAILED, "The PDF/A earchive made is not faithful to the"
                        + " original (" + String.join("; ", differences) + "), so it was not kept; please report this.");
            }
        }
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
