package org.earchive.pdfa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a copy of a finished PDF/A that claims another PDF/A level: the XMP's part and conformance changed and,
 * for each part, what its base PDF needs. Nothing is redrawn; whether the copy holds at its new level is veraPDF's
 * to say (the caller validates it and keeps the original file when it does not).
 *
 * <ul>
 *   <li>Part 1 rests on PDF 1.4: header 1.4, no object streams and no cross-reference stream (both PDF 1.5), and no
 *       page transparency group (PDF/A-1 forbids transparency; a page whose content really is transparent stays
 *       rejected by veraPDF for its soft masks or alpha, and is not made part 1).</li>
 *   <li>Part 3 may carry the source file as its associated file ({@link SourceAttachment}).</li>
 * </ul>
 */
public final class LevelRewrite {

    /**
     * The source to embed as the PDF/A-3's associated original.
     *
     * @param file     the bytes to embed
     * @param name     the file name a reader sees
     * @param mime     its media type
     * @param modified the date recorded with it
     */
    public record Original(Path file, String name, String mime, Instant modified) {
    }

    private LevelRewrite() {
    }

    /**
     * @param original the source to embed (part 3 only), or null for none; a PDF that already carries its original
     *                 (an e-mail's) is left as it is
     */
    public static void write(Path from, Path to, PdfaLevel level, Original original) throws IOException {
        write(from, to, level, original, false);
    }

    /** @param pdfUa claim PDF/UA-1 ({@code pdfuaid}), or take back a claim the file makes */
    public static void write(Path from, Path to, PdfaLevel level, Original original, boolean pdfUa) throws IOException {
        try (PDDocument document = Loader.loadPDF(from.toFile())) {
            claim(document, level, pdfUa);
            if (level.conformance().equals("A")) {
                SymbolPrivateUse.remap(document); // Word's and LibreOffice's bullets, which level a refuses as they are
            }
            if (original != null && level.part() == 3 && !SourceAttachment.present(document)) {
                SourceAttachment.embed(document, original.file(), original.name(), original.mime(), original.modified());
            }
            if (level.part() == 1) {
                // PDDocument.setVersion never lowers a version: the header and the catalog's entry are set here
                document.getDocument().setVersion(1.4f);
                versionTwoOutputIntent(document);
                document.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
                for (PDPage page : document.getPages()) {
                    page.getCOSObject().removeItem(COSName.GROUP);
                }
                document.getDocument().setIsXRefStream(false);
                // the trailer read from a cross-reference stream is that stream's dictionary: its stream keys would
                // be written into the classic trailer
                COSDictionary trailer = document.getDocument().getTrailer();
                for (COSName key : List.of(COSName.TYPE, COSName.getPDFName("W"), COSName.INDEX, COSName.FILTER, COSName.LENGTH,
                        COSName.DECODE_PARMS, COSName.XREF_STM)) {
                    trailer.removeItem(key);
                }
                document.save(to.toFile(), CompressParameters.NO_COMPRESSION);
            } else {
                document.setVersion(1.7f);
                document.save(to.toFile());
            }
        }
    }

    /** An RGB output intent of ICC version 4 (earchive's compact sRGB) replaced by sRGB version 2, as PDF 1.4 needs. */
    private static void versionTwoOutputIntent(PDDocument document) throws IOException {
        var catalog = document.getDocumentCatalog();
        List<org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent> intents = new java.util.ArrayList<>(catalog.getOutputIntents());
        boolean replaced = false;
        for (int i = 0; i < intents.size(); i++) {
            var profile = intents.get(i).getDestOutputIntent();
            if (profile != null && SrgbProfile.isVersionFourRgb(readAll(profile))) {
                intents.set(i, SrgbProfile.versionTwoOutputIntent(document));
                replaced = true;
            }
        }
        if (replaced) {
            catalog.setOutputIntents(intents);
        }
    }

    private static byte[] readAll(org.apache.pdfbox.cos.COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * True when the file has a structure tree and says its content is marked (ISO 32000-1, 14.7 and 14.7.1): what
     * level a and PDF/UA build on. LibreOffice's tagged export has them; a scan never does.
     */
    public static boolean tagged(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var catalog = document.getDocumentCatalog();
            return catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        }
    }

    /** The XMP's {@code pdfaid:part} and {@code pdfaid:conformance}, the rest of the packet as it was. */
    private static void claim(PDDocument document, PdfaLevel level, boolean pdfUa) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new IOException("the PDF has no XMP metadata to claim a PDF/A level in");
        }
        XMPMetadata xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            xmp = parser.parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("the PDF's XMP metadata could not be read: " + e.getMessage(), e);
        }
        XMPSchema pdfuaid = xmp.getSchema(ArchivalXmp.PDFUA_NAMESPACE);
        if (!pdfUa && pdfuaid != null) {
            xmp.removeSchema(pdfuaid);
        } else if (pdfUa) {
            ArchivalXmp.claimPdfUa(xmp);
        }
        PDFAIdentificationSchema pdfaid = xmp.getPDFAIdentificationSchema();
        if (pdfaid == null) {
            pdfaid = xmp.createAndAddPDFAIdentificationSchema();
        }
        try {
            pdfaid.setPart(level.part());
            pdfaid.setConformance(level.conformance());
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejected PDF/A conformance " + level.conformance(), e);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("could not write the XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata written = new PDMetadata(document);
        written.importXMPMetadata(packet.toByteArray());
        document.getDocumentCatalog().setMetadata(written);
    }
}
