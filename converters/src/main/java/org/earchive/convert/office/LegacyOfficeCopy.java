package org.earchive.convert.office;

import org.earchive.core.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.ConversionException;
import org.earchive.detect.OfficeParsing;
import java.util.ArrayList;
import java.util.List;
import org.earchive.detect.Detection;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyDoc;
import org.earchive.formats.vietnamese.LegacyDocx;
import org.earchive.formats.vietnamese.LegacyMail;
import org.earchive.formats.vietnamese.LegacyOfficeText;
import org.earchive.formats.vietnamese.LegacyRuns;

/**
 * The document an engine is given when its text is typed in TCVN3/VNI fonts: a Unicode copy of a DOCX
 * ({@link LegacyDocx}), an RTF or an ODT ({@link LegacyOfficeText}), written beside the target in a
 * folder of its own under the source's own name (the engines take titles from it) and deleted on close. A DOC
 * is not rewritten: for LibreOffice it is first converted to DOCX by LibreOffice itself (its own DOC import,
 * the one it would lay the document out from) and that DOCX is converted; for the Java engine, which lays a DOC
 * out from Tika's reading, its legacy words are put into that reading ({@link LegacyDoc}). An e-mail's text
 * bodies are rewritten in a copy of the message; the original is what its PDF/A-3 embeds. Any other document
 * is given as it is.
 */
final class LegacyOfficeCopy implements AutoCloseable {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String RTF = "application/rtf";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final Detection DOCX_DETECTION = new Detection(DOCX, "fmt/412", null);

    /** Converts a DOC to DOCX with LibreOffice; null for the Java engine. */
    interface DocToDocx {
        void convert(Path doc, Path docx) throws IOException;
    }

    private final ConversionRequest request;
    private final LegacyRuns converted;
    private final LegacyDoc words;
    private final Path folder;
    private final Path original;
    /** Sentences for text that looked legacy on evidence too weak to convert (e-mail bodies). */
    private List<String> weakEvidence = List.of();

    private LegacyOfficeCopy(ConversionRequest request, LegacyRuns converted, LegacyDoc words, Path folder) {
        this(request, converted, words, folder, request.source());
    }

    private LegacyOfficeCopy(ConversionRequest request, LegacyRuns converted, LegacyDoc words, Path folder,
                             Path original) {
        this.original = original;
        this.request = request;
        this.converted = converted;
        this.words = words;
        this.folder = folder;
    }

    private static LegacyOfficeCopy asGiven(ConversionRequest request) {
        return new LegacyOfficeCopy(request, null, null, null);
    }

    /** For the Java engine. */
    static LegacyOfficeCopy of(ConversionRequest original) throws IOException {
        return of(original, null);
    }

    /** @param docToDocx LibreOffice's DOC to DOCX conversion, or null for the Java engine */
    static LegacyOfficeCopy of(ConversionRequest original, DocToDocx docToDocx) throws IOException {
        Detection detection = original.detection();
        if (!LegacyChoices.converts(original.context()) || !LegacyOfficeText.handles(detection.mime())
                || detection.isMime(LegacyOfficeText.MBOX)) {
            // an mbox's messages are not laid out in its PDF (only its own headers are): a Unicode copy would
            // change nothing on the page, and PREMIS would record a migration no reader sees
            return asGiven(original);
        }
        try {
            OfficeParsing.refuseUnsafeContainer(original.source(), detection);
        } catch (ConversionException hostile) {
            return asGiven(original); // the engine refuses it, with the same sentence
        }
        Path folder = Files.createTempDirectory(original.target().toAbsolutePath().getParent(), ".unicode-copy");
        try {
            Path copy = folder.resolve(original.source().getFileName().toString());
            LegacyRuns converted;
            List<String> weak = List.of();
            Detection copyDetection = detection;
            if (detection.isMime(DOC)) {
                LegacyDoc words = LegacyDoc.read(original.source());
                if (words == null) {
                    Folders.delete(folder);
                    return asGiven(original);
                }
                if (docToDocx == null) {
                    Folders.delete(folder);
                    return new LegacyOfficeCopy(original, words.runs(), words, null);
                }
                Path docx = folder.resolve("libreoffice.docx");
                docToDocx.convert(original.source(), docx);
                copy = folder.resolve(baseName(original.source()) + ".docx");
                converted = new LegacyDocx().convert(docx, copy);
                Files.deleteIfExists(docx);
                copyDetection = DOCX_DETECTION;
            } else if (detection.isMime(LegacyOfficeText.MAIL)) {
                LegacyMail.Outcome mail = LegacyMail.read(original.source(), copy,
                        LegacyChoices.forced(original.context().legacyEncoding()));
                converted = mail.converted();
                weak = mail.warnings();
            } else {
                converted = LegacyOfficeText.copy(original.source(), detection.mime(), copy,
                        LegacyChoices.forced(original.context().legacyEncoding()));
            }
            LegacyOfficeCopy result;
            if (converted == null) {
                Folders.delete(folder);
                result = asGiven(original);
            } else {
                result = new LegacyOfficeCopy(new ConversionRequest(copy, copyDetection, original.target(),
                        original.info(), original.documentClass(), original.context()), converted, null, folder,
                        original.source());
            }
            result.weakEvidence = weak;
            return result;
        } catch (IOException | RuntimeException e) {
            // a document the copy cannot be made of is the engines' to judge (and refuse with a sentence)
            Folders.delete(folder);
            return asGiven(original);
        }
    }

    ConversionRequest request() {
        return request;
    }

    /** The source as it arrived: what an e-mail's PDF/A-3 embeds, never the copy. */
    Path original() {
        return original;
    }

    /** Tika's reading of a DOC (the Java engine's) with its legacy words in Unicode; other readings as they are. */
    void putUnicodeWords(org.jsoup.nodes.Document html) {
        if (words != null) {
            words.apply(html);
        }
    }

    /**
     * The engine's result with the facts legacyEncoding and legacyEvidence, when runs were converted, and the
     * warnings of text left as it was on weak evidence.
     */
    ConvertedPdf withFacts(ConvertedPdf pdf) {
        if (!weakEvidence.isEmpty()) {
            List<String> warnings = new ArrayList<>(pdf.warnings());
            warnings.addAll(weakEvidence);
            pdf = new ConvertedPdf(pdf.documentClass(), pdf.level(), pdf.pages(), warnings, pdf.facts(), pdf.unmet(),
                    pdf.verdict());
        }
        if (converted == null) {
            return pdf;
        }
        Map<String, String> facts = new LinkedHashMap<>(pdf.facts());
        facts.put("legacyEncoding", converted.encoding().id());
        facts.put("legacyEvidence", converted.evidence());
        List<String> warnings = pdf.warnings();
        if (words != null && words.ambiguous() > 0) {
            warnings = new ArrayList<>(warnings);
            warnings.add(words.ambiguous() + " word(s) are spelled the same in the document's " + converted.encoding()
                    .displayName() + " text and in its Unicode text, so they were left as they are: check them"
                    + " against the original.");
        }
        return new ConvertedPdf(pdf.documentClass(), pdf.level(), pdf.pages(), warnings, facts, pdf.unmet(),
                pdf.verdict());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() throws IOException {
        if (folder != null) {
            Folders.delete(folder);
        }
    }

}
