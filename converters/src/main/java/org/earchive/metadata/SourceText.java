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
import org.earchive.detect.OfficeParsing;
import org.earchive.formats.vietnamese.LegacyDocx;
import org.earchive.formats.vietnamese.LegacyHtml;
import org.earchive.pdfa.PdfText;
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

    /**
     * What one read of a source gives: its text, and the properties Tika saw on the way (null when Tika did not
     * read it), so that the properties need no second parse of the same file.
     */
    public record Reading(String text, Metadata properties) {
    }

    /** @return the text, or "" when the file has none earchive can read without OCR */
    public String read(Path source, Detection detection) {
        return readWithProperties(source, detection).text();
    }

    public Reading readWithProperties(Path source, Detection detection) {
        try {
            if (detection.isMime("text/plain")) {
                return new Reading(new TextDecoder().decode(Files.readAllBytes(source)).text(), null);
            }
            if (detection.isMime("application/pdf")) {
                return new Reading(PdfText.extract(source), null);
            }
            if (detection.mime().startsWith("image/")) {
                return new Reading("", null);
            }
            OfficeParsing.refuseUnsafeContainer(source, detection); // the converter says why; here, no text
            if (detection.isMime("text/html", "application/xhtml+xml")) {
                Reading converted = legacyHtml(source);
                if (converted != null) {
                    return converted;
                }
            }
            if (detection.isMime(DOCX)) {
                Reading converted = legacyDocx(source);
                if (converted != null) {
                    return converted;
                }
            }
            return tika(source);
        } catch (IOException | ConversionException | RuntimeException e) {
            return new Reading("", null);
        }
    }

    /** An HTML page with TCVN3/VNI text: its converted text (as the PDF shows it); null for any other page. */
    private static Reading legacyHtml(Path source) throws IOException {
        Document html = LegacyHtml.parse(source, source.toUri().toString());
        if (!new LegacyHtml().convert(html).converted() || html.body() == null) {
            return null;
        }
        return new Reading(html.body().wholeText(), null);
    }

    /** A DOCX with runs in .VnTime/VNI fonts: Tika's reading of its Unicode copy; null for any other DOCX. */
    private static Reading legacyDocx(Path source) throws IOException {
        Path folder = Files.createTempDirectory("earchive-unicode-copy");
        Path copy = folder.resolve("copy.docx");
        try {
            return new LegacyDocx().convert(source, copy) == null ? null : tika(copy);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    private static Reading tika(Path source) throws IOException {
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata properties = new Metadata();
        try (InputStream in = Files.newInputStream(source)) {
            new AutoDetectParser().parse(in, handler, properties, context);
        } catch (SAXException e) {
            // the length limit was reached: what was read so far is the document's beginning, which is enough
        } catch (TikaException e) {
            return new Reading("", null);
        }
        return new Reading(handler.toString(), properties);
    }
}
