package org.earchive.pdfa;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.PixelLimit;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Lays out an HTML document into a PDF/A-2u page by page with openhtmltopdf, embedding the bundled fonts.
 * The one layout engine earchive has: plain text and HTML both come through here.
 *
 * <p>Nothing is fetched from the network: only {@code data:} URIs and files under the document's own folder
 * may be loaded, whatever the HTML asks for.
 */
public final class HtmlPdfRenderer {

    static {
        // openhtmltopdf logs every stylesheet and font it loads to stderr through its own logger; what
        // matters (a rejected remote resource, a missing glyph) reaches the report as a warning instead.
        if (System.getenv("EARCHIVE_LOG") == null) {
            XRLog.setLoggingEnabled(false);
        }
    }

    /**
     * The page NĐ 30/2020 prescribes for administrative documents: A4, margins 20 mm top and bottom, 30 mm
     * left, 15 mm right, 13 pt Times New Roman (Liberation Serif, its metric twin). Documents' own CSS,
     * placed after it, may override any of it.
     */
    public static final String ND30_PAGE_CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: %s; font-size: 13pt; }
            """.formatted(BundledFonts.DEFAULT_FAMILY_LIST);

    /**
     * Deepest nesting of elements laid out. The layout engine recurses once per level and slows down with each:
     * 100 000 nested {@code div}s keep it busy past any time limit, and deeper ones end its thread's stack.
     */
    static final int MAX_DEPTH = 500;

    /** How deep the document's elements nest, counted without recursion (the nesting may be hostile). */
    static int depth(Document html) {
        int deepest = 0;
        java.util.ArrayDeque<org.w3c.dom.Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(html);
        depths.push(0);
        while (!nodes.isEmpty()) {
            org.w3c.dom.Node node = nodes.pop();
            int level = depths.pop();
            deepest = Math.max(deepest, level);
            for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                    nodes.push(child);
                    depths.push(level + 1);
                }
            }
        }
        return deepest;
    }

    /** PDFBox keeps up to this much in memory per document before spilling to scratch files. */
    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    /**
     * @param html       the parsed document
     * @param baseFolder folder that relative references resolve against and may not leave; null allows none
     * @return an open document the caller finishes, saves and closes
     */
    public PDDocument render(Document html, Path baseFolder) throws IOException, ConversionException {
        return render(html, baseFolder, false);
    }

    /**
     * @param tagged write the structure tree (headings, paragraphs, lists, tables, figures with their alternative
     *               text, running headers and footers as artifacts) for PDF/A level a and PDF/UA-1
     */
    public PDDocument render(Document html, Path baseFolder, boolean tagged) throws IOException, ConversionException {
        int depth = depth(html);
        if (depth > MAX_DEPTH) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The page nests its elements " + depth
                    + " deep (real pages stay under a hundred; earchive lays out at most " + MAX_DEPTH
                    + "): it is damaged or made to hang the program that lays it out.");
        }
        PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        List<String> oversized = new ArrayList<>();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.usePdfAConformance(tagged ? PdfAConformance.PDFA_2_A : PdfAConformance.PDFA_2_U);
            if (tagged) {
                builder.usePdfUaAccessibility(true);
            }
            builder.useColorProfile(SrgbProfile.bytes());
            BundledFonts.registerWith(builder);
            // right-to-left text (Arabic, Hebrew) drawn as it is read, Arabic letters in their joined forms
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            // letters no bundled font has (Chinese, Japanese, Gothic): the machine's own fonts, where it has them
            BundledFonts.registerMachineFontsFor(builder, html.getDocumentElement() == null ? ""
                    : html.getDocumentElement().getTextContent());
            // nothing for the bidirectional text support to stumble on (an empty page of a text file)
            EmptyTextNodes.remove(html);
            // a line drawn in reading order, bold and italic words in their place, not after the rest of the line
            InlineTextOrder.apply(html);
            // no font change inside a word: a word only some bundled fonts can draw gets one that draws all of it
            WholeWordFonts.apply(html);
            String baseUri = baseFolder == null ? null : baseFolder.toUri().toString();
            builder.withW3cDocument(html, baseUri);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> allowed(uri, baseFolder) && fits(uri, type, oversized),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            if (!oversized.isEmpty()) {
                throw new ConversionException(DocumentStatus.UNSUPPORTED, "A picture in the document: " + oversized.get(0));
            }
            return document;
        } catch (IOException | ConversionException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /**
     * False, noting the sentence, for a raster image whose header declares more pixels than {@link PixelLimit}
     * allows: the layout engine would decode it whole (a 2 KB PNG in a {@code data:} URI can declare 2 billion).
     * The document is then refused rather than shown without the picture.
     */
    private static boolean fits(String uri, ExternalResourceType type, List<String> oversized) {
        if (type != ExternalResourceType.IMAGE_RASTER) {
            return true;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(uri.startsWith("data:")
                ? new ByteArrayInputStream(dataBytes(uri)) : Files.newInputStream(Path.of(URI.create(uri))))) {
            String refusal = PixelLimit.refusal(input);
            if (refusal != null) {
                oversized.add(refusal);
                return false;
            }
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return true; // the layout engine reports what it cannot read
        }
    }

    /** The bytes a {@code data:} URI carries (base64 or percent-encoded). */
    private static byte[] dataBytes(String uri) {
        int comma = uri.indexOf(',');
        String header = uri.substring(5, Math.max(5, comma));
        String data = comma < 0 ? "" : uri.substring(comma + 1);
        return header.endsWith(";base64") ? Base64.getMimeDecoder().decode(data)
                : URLDecoder.decode(data, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean allowed(String uri, Path baseFolder) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith("data:")) {
            return true;
        }
        if (baseFolder == null || !uri.startsWith("file:")) {
            return false;
        }
        try {
            Path target = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            return target.startsWith(baseFolder.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
