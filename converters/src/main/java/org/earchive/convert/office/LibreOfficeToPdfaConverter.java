package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.OfficeParsing;
import org.earchive.convert.BoundedText;
import org.earchive.convert.WordFidelity;

/**
 * Office documents to PDF/A with LibreOffice, when it is installed: it lays the document out as Word, Excel
 * or Impress would (fonts, page breaks, columns, EMF pictures). Its PDF/A-2b export then goes up the same
 * ladder as any existing PDF (repair, 2u where the text allows, veraPDF, fidelity), so what the archive
 * receives is finished and checked by earchive, not trusted to LibreOffice. E-mail stays with the Java engine.
 */
public final class LibreOfficeToPdfaConverter implements Converter {

    static final String OPENED_WITH_PASSWORD = "The document was opened with the password given; PDF/A forbids"
            + " encryption, so the PDF/A has none: store it where only the people allowed to read the original can.";
    private static final Set<String> E_MAIL = Set.of("message/rfc822", "application/mbox", "application/vnd.ms-outlook");
    /** What Tika reads as office documents, e-mail aside: that stays with the Java engine. */
    private static final Set<String> OFFICE_TYPES = OfficeParsing.MIME_TYPES.stream()
            .filter(type -> !E_MAIL.contains(type)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Past this many characters the source is not read further, and its words are not checked. */
    private static final int MAX_SOURCE_TEXT = 20_000_000;

    private final LibreOfficePool office;
    private final PdfToPdfaConverter finishing;
    private final Converter fallback;

    /**
     * @param fallback the Java engine, for a document LibreOffice cannot convert
     */
    public LibreOfficeToPdfaConverter(LibreOfficePool office, PdfToPdfaConverter finishing, Converter fallback) {
        this.office = office;
        this.finishing = finishing;
        this.fallback = fallback;
    }

    @Override
    public String engine() {
        return "LibreOffice";
    }

    @Override
    public Set<String> mediaTypes() {
        return OFFICE_TYPES;
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        // a document typed in .VnTime or VNI-Times fonts is laid out from its Unicode copy, never from the mojibake
        // and a table wider than its portrait paper from a copy that puts it on landscape pages, never cut off
        try (LegacyOfficeCopy source = LegacyOfficeCopy.of(request, office::toDocx);
             WideTableCopy laidOut = WideTableCopy.of(source.request())) {
            return source.withFacts(laidOut.withFacts(convertAsGiven(laidOut.request())));
        }
    }

    private ConvertedPdf convertAsGiven(ConversionRequest request) throws ConversionException, IOException {
        // given to LibreOffice for a protected document; the PDF/A is not encrypted
        String password = request.context().password();
        // Tika reads it first, in bounded memory and with the refusals detect gives (password, XXE, zip bomb,
        // truncation): LibreOffice would stop at a password dialog or follow what a hostile file asks for
        boolean protectedFile = false;
        // its text is what the PDF's words are checked against
        BoundedText sourceText = new BoundedText(MAX_SOURCE_TEXT);
        // a presentation's speaker notes are exported on notes pages after its slides, or not at all; a document's
        // review comments as the PDF's comments, their words checked there and not on the pages
        SpeakerNotes notes = new SpeakerNotes(sourceText);
        boolean workbook = OfficeToPdfaConverter.isSpreadsheet(request.detection());
        ReviewComments comments = workbook ? ReviewComments.inWorkbook(new WorkbookWords(sourceText))
                : new ReviewComments(notes);
        Metadata properties = new Metadata();
        properties.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.source().getFileName().toString());
        try {
            OfficeParsing.refuseUnsafeContainer(request.source(), request.detection());
            // an OpenDocument's deletions read where they stand, as LibreOffice draws them, not at the top; a Word
            // 97-2003 file's, which Tika leaves out, read too: LibreOffice prints them struck through
            try (PrintedTextCopy printed = PrintedTextCopy.of(request.source(), request.detection().mime())) {
                OfficeParsing.parse(printed.path(), request.detection(), comments, new EmbeddedFiles(), properties, password,
                        request.detection().isMime("application/msword"));
            }
        } catch (ConversionException e) {
            if (e.status() != DocumentStatus.ENCRYPTED || password.isEmpty()) {
                throw e;
            }
            // Tika decrypts Office's own encryption but not every kind LibreOffice opens (ODF, RC4 in old .doc);
            // such a file is handed to LibreOffice with the password, its content unread by Tika
            protectedFile = true;
        }
        // an XLS's cell comments are among the drawings Tika read beside its cells: POI names them
        XlsComments xlsComments = comments.drawings() > 0
                ? XlsComments.of(request.source(), request.detection().mime(), password) : XlsComments.NONE;
        Path exported = request.target().resolveSibling(request.target().getFileName() + ".libreoffice.pdf");
        try {
            LibreOfficePool.TextExport text;
            try {
                text = office.toPdf(request.source(), request.detection().mime(), exported, password,
                        new LibreOfficePool.DeckExtras(notes.found(), comments.count() + xlsComments.count() > 0,
                                FooterDates.of(request.source(), request.detection().mime())));
            } catch (IOException e) {
                if (protectedFile) {
                    throw new ConversionException(DocumentStatus.ENCRYPTED, "The document is protected by a password,"
                            + " and the password given does not open it (LibreOffice could not open it either).", e);
                }
                return withJavaEngine(request, e.getMessage());
            }
            if (!Files.isRegularFile(exported) || Files.size(exported) == 0) {
                return withJavaEngine(request, "LibreOffice wrote no PDF");
            }
            List<WriterComment> writerComments = text.comments();
            CommentNotes.place(exported, writerComments);
            ReproducibleExport.rewrite(exported);
            Detection pdf = new Detection("application/pdf", "fmt/477", "PDF/A-2b");
            ConvertedPdf finished = finishing.convert(new ConversionRequest(exported, pdf, request.target(), request.info(),
                    DocumentClass.BORN_DIGITAL, request.context()));
            Map<String, String> facts = new LinkedHashMap<>(finished.facts());
            facts.put("engine", office.description());
            java.util.List<String> warnings = new java.util.ArrayList<>(finished.warnings());
            if (protectedFile) {
                warnings.add(0, OPENED_WITH_PASSWORD);
            }
            text.changes().report(facts, warnings);
            java.util.List<String> unmet = new java.util.ArrayList<>(finished.unmet());
            if (!protectedFile && !sourceText.truncated() && Files.isRegularFile(request.target())) {
                // the comments' words are asked of the PDF's comments, not of its pages: as Tika marks them (decks,
                // OpenDocument, XLSX), as POI writes them inline (DOCX) or names them (XLS), else as LibreOffice read
                // them (DOC, RTF)
                DocxComments docxComments = DocxComments.of(request.source(), request.detection().mime());
                String pageWords = docxComments.withoutComments(sourceText.toString());
                String commentWords = (workbook ? comments.textWithoutCellAuthors() : comments.text())
                        + docxComments.text() + xlsComments.text();
                if (commentWords.isEmpty() && !writerComments.isEmpty()) {
                    pageWords = WriterComment.withoutComments(pageWords, writerComments);
                    commentWords = WriterComment.lines(writerComments);
                }
                WordFidelity.Result words = WordFidelity.check(pageWords, request.target());
                if (!words.faithful()) {
                    ConvertedPdf javaEngine = javaEngineKeepingMoreWords(request, words, warnings);
                    if (javaEngine != null) {
                        return javaEngine;
                    }
                }
                words.report(facts, warnings, unmet);
                if (comments.count() > 0 && writerComments.isEmpty() && !workbook) {
                    PdfComments.report(true, comments.count(), comments.text(),
                            request.target(), facts, warnings, unmet);
                } else if (!commentWords.isEmpty()) {
                    int count = comments.count() + docxComments.count() + xlsComments.count();
                    PdfComments.report(false, Math.max(writerComments.size(), count), commentWords, request.target(),
                            facts, warnings, unmet);
                }
            }
            return new ConvertedPdf(DocumentClass.BORN_DIGITAL.id(), finished.level(), finished.pages(), warnings,
                    facts, unmet, finished.verdict());
        } finally {
            Files.deleteIfExists(exported);
        }
    }

    /**
     * LibreOffice left words out (text past the paper's edge, a frame too small for its text): the Java engine,
     * which lays every paragraph and table of the text out without
     * Word's exact layout, is tried, and its PDF replaces LibreOffice's when it keeps every word the check
     * asks for. A clerk then gets a complete document, told why it does not look exactly like Word's.
     *
     * @param libreOfficeWarnings where a Java engine that did no better says why, for the clerk reading LibreOffice's
     *                            refusal
     * @return the Java engine's result, or null when it does no better (LibreOffice's PDF stays, not faithful)
     */
    private ConvertedPdf javaEngineKeepingMoreWords(ConversionRequest request, WordFidelity.Result libreOffice,
                                                    java.util.List<String> libreOfficeWarnings) throws IOException {
        Path candidate = request.target().resolveSibling(request.target().getFileName() + ".java.pdf");
        try {
            ConvertedPdf javaEngine = fallback.convert(new ConversionRequest(request.source(), request.detection(), candidate,
                    request.info(), request.documentClass(), request.context()));
            if (!javaEngine.unmet().isEmpty()) {
                libreOfficeWarnings.add("earchive's Java engine was tried as well and lost words too (words kept: "
                        + javaEngine.facts().getOrDefault("words-kept", "?") + ").");
                return null;
            }
            Files.move(candidate, request.target(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            java.util.List<String> warnings = new java.util.ArrayList<>(javaEngine.warnings());
            warnings.add(0, "LibreOffice left words of the document out of its PDF (words kept: " + libreOffice.keptOfTotal()
                    + ", e.g. " + String.join(", ", libreOffice.damaged().stream().limit(3).toList()) + "); the document"
                    + " was converted with earchive's Java engine instead, which keeps all its text but does not"
                    + " reproduce its exact layout.");
            return new ConvertedPdf(javaEngine.documentClass(), javaEngine.level(), javaEngine.pages(), warnings, javaEngine.facts(),
                    javaEngine.unmet(), javaEngine.verdict());
        } catch (ConversionException | RuntimeException javaEngineFailed) {
            // LibreOffice's PDF stays, reported as not faithful; the clerk learns why the other engine did not help
            libreOfficeWarnings.add("earchive's Java engine was tried as well and could not convert the document ("
                    + javaEngineFailed.getMessage() + ").");
            return null;
        } finally {
            Files.deleteIfExists(candidate);
        }
    }

    private ConvertedPdf withJavaEngine(ConversionRequest request, String why) throws ConversionException, IOException {
        ConvertedPdf converted = fallback.convert(request);
        java.util.List<String> warnings = new java.util.ArrayList<>(converted.warnings());
        warnings.add(0, why + "; the document was converted with earchive's Java engine instead, which does not"
                + " reproduce its exact layout.");
        return new ConvertedPdf(converted.documentClass(), converted.level(), converted.pages(), warnings,
                converted.facts(), converted.unmet(), converted.verdict());
    }
}
