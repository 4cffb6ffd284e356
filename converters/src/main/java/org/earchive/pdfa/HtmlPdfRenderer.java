package org.earchive.pdfa;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
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

    /** PDFBox keeps up to this much in memory per document before spilling to scratch files. */
    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    /**
     * @param html       the parsed document
     * @param baseFolder folder that relative references resolve against and may not leave; null allows none
     * @return an open document the caller finishes, saves and closes
     */
    public PDDocument render(Document html, Path baseFolder) throws IOException {
        PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SrgbProfile.bytes());
            BundledFonts.registerWith(builder);
            // a line drawn in reading order, bold and italic words in their place, not after the rest of the line
            InlineTextOrder.apply(html);
            // no font change inside a word: a word only some bundled fonts can draw gets one that draws all of it
            WholeWordFonts.apply(html);
            String baseUri = baseFolder == null ? null : baseFolder.toUri().toString();
            builder.withW3cDocument(html, baseUri);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> allowed(uri, baseFolder), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
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
