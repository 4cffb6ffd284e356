package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.earchive.core.ConversionException;
import org.earchive.formats.TextDecoder;
import org.earchive.detect.Detection;
import org.earchive.detect.MediaTypes;
import org.earchive.detect.OfficeParsing;
import org.earchive.formats.StrictOoxml;
import org.earchive.core.LegacyEncodingChoice;
import org.earchive.formats.DecodedText;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyDoc;
import org.earchive.formats.vietnamese.LegacyEncoding;
import org.earchive.formats.vietnamese.LegacyOfficeText;
import org.earchive.formats.vietnamese.LegacyPdfFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.formats.vietnamese.LegacyRuns;
import org.earchive.formats.vietnamese.LegacyHtml;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * A source file's text, for the metadata template made before converting: plain text decoded as convert
 * decodes it, PDFs read by PDFBox as convert reads its own PDFs, other formats through Tika (never OCR:
 * images and scans give no text here).
 */
public final class SourceText {

    /** More text than a document's header and signature block hold is not needed; bound the work. */
    private static final int MAX_CHARS = 2_000_000;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOC = "application/msword";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String RTF = "application/rtf";

    /**
     * What one read of a source gives: its text, the properties Tika saw on the way (null when Tika did not
     * read it), so that the properties need no second parse of the same file, and the pre-Unicode Vietnamese
     * text converted on the way (null when none was).
     */
    public record Reading(String text, Metadata properties, LegacyText legacy, TypeWeights weights) {

        public Reading(String text, Metadata properties) {
            this(text, properties, null);
        }

        public Reading(String text, Metadata properties, LegacyText legacy) {
            this(text, properties, legacy, TypeWeights.NONE);
        }
    }

    /**
     * Text that was typed in a pre-Unicode Vietnamese code and read as Unicode.
     *
     * @param encoding "TCVN3", "VNI", "VISCII"
     * @param evidence why: the fonts, or what the characters say
     */
    public record LegacyText(String encoding, String evidence) {
    }

    /** @return the text, or "" when the file has none earchive can read without OCR */
    public String read(Path source, Detection detection) {
        return readWithProperties(source, detection).text();
    }

    public Reading readWithProperties(Path source, Detection detection) {
        return readWithProperties(source, detection, LegacyEncodingChoice.AUTO);
    }

    /** @param legacy what the run was told about pre-Unicode Vietnamese text ({@code --legacy-encoding}) */
    public Reading readWithProperties(Path source, Detection detection, LegacyEncodingChoice legacy) {
        try {
            if (MediaTypes.isPlainText(detection.mime())) {
                DecodedText decoded = new TextDecoder(legacy).decode(Files.readAllBytes(source));
                return new Reading(decoded.text(), null, LegacyEncoding.byName(decoded.encoding())
                        .map(code -> new LegacyText(code.charsetName(), decoded.how())).orElse(null));
            }
            if (detection.isMime("application/pdf")) {
                return pdf(source, legacy);
            }
            if (detection.mime().startsWith("image/")) {
                return new Reading("", null);
            }
            OfficeParsing.refuseUnsafeContainer(source, detection); // the converter says why; here, no text
            if (LegacyChoices.converts(legacy)) {
                Reading converted = null;
                if (detection.isMime("text/html", "application/xhtml+xml")) {
                    converted = legacyHtml(source, legacy);
                } else if (detection.isMime(DOC)) {
                    converted = legacyDoc(source);
                } else if (LegacyOfficeText.handles(detection.mime())) {
                    converted = legacyCopy(source, detection, LegacyChoices.forced(legacy));
                }
                if (converted != null) {
                    return converted;
                }
            }
            return tika(source, detection.mime());
        } catch (IOException | ConversionException | RuntimeException e) {
            return new Reading("", null);
        }
    }

    /** A PDF's text as convert reads it: a .VnTime-like font's text read in its legacy code. */
    private static Reading pdf(Path source, LegacyEncodingChoice legacy) throws IOException {
        if (!LegacyChoices.converts(legacy)) {
            PdfLayoutText.Layout layout = PdfLayoutText.read(source);
            return new Reading(layout.text(), null, null, layout.weights());
        }
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            LegacyRuns runs = LegacyPdfFonts.apply(document);
            PdfLayoutText.Layout layout = PdfLayoutText.read(document);
            return new Reading(layout.text(), null, runs == null ? null
                    : new LegacyText(runs.encoding().charsetName(), runs.evidence()), layout.weights());
        }
    }

    /** An HTML page with TCVN3/VNI text: its converted text (as the PDF shows it); null for any other page. */
    private static Reading legacyHtml(Path source, LegacyEncodingChoice choice) throws IOException {
        Document html = LegacyHtml.parse(source, source.toUri().toString());
        LegacyHtml.Result result = new LegacyHtml().convert(html, LegacyChoices.forced(choice));
        if (!result.converted() || html.body() == null) {
            return null;
        }
        return new Reading(html.body().wholeText(), null,
                new LegacyText(result.encoding().charsetName(), result.evidence()));
    }

    /**
     * A DOCX, ODT or RTF with runs in .VnTime/VNI fonts, or an e-mail with legacy text bodies: Tika's reading of
     * its Unicode copy; null for any other.
     */
    private static Reading legacyCopy(Path source, Detection detection, LegacyEncoding forced) throws IOException {
        Path folder = Files.createTempDirectory("earchive-unicode-copy");
        String name = source.getFileName().toString();
        Path copy = folder.resolve("copy" + name.substring(Math.max(0, name.lastIndexOf('.'))));
        try {
            LegacyRuns runs = LegacyOfficeText.copy(source, detection.mime(), copy, forced);
            if (runs == null) {
                return null;
            }
            Reading reading = tika(copy, detection.mime());
            return new Reading(reading.text(), reading.properties(),
                    new LegacyText(runs.encoding().charsetName(), runs.evidence()), reading.weights());
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    /** A DOC with runs in .VnTime/VNI fonts: Tika's reading with its legacy words in Unicode; null for any other. */
    private static Reading legacyDoc(Path source) throws IOException {
        LegacyDoc words = LegacyDoc.read(source);
        if (words == null) {
            return null;
        }
        Reading reading = tika(source, DOC);
        return new Reading(words.apply(reading.text()), reading.properties(),
                new LegacyText(words.runs().encoding().charsetName(), words.runs().evidence()));
    }

    private static Reading tika(Path source, String mime) throws IOException {
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        AutoDetectParser parser = org.earchive.detect.TikaDefaults.parser();
        context.set(org.apache.tika.parser.Parser.class, parser); // attachments are read as before, each through the zip guard
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new GuardedEmbeddedParsing(context));
        context.set(org.apache.tika.parser.html.HtmlMapper.class, BoldRuns.KEEP_STYLES); // an HTML page's weights

        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        // the runs' weights read on the way (Tika's <b>), for the header's parent and issuing organ
        BoldRuns weighed = new BoldRuns(handler);
        Metadata properties = new Metadata();
        try (StrictOoxml.Readable readable = StrictOoxml.readable(source, mime);
             InputStream in = Files.newInputStream(readable.path())) {
            parser.parse(in, weighed, properties, context);
        } catch (SAXException e) {
            // the length limit was reached: what was read so far is the document's beginning, which is enough
        } catch (TikaException e) {
            return new Reading("", null);
        }
        return new Reading(handler.toString(), properties, null, weighed.weights());
    }
}
