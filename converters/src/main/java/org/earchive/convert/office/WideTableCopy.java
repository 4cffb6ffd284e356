package org.earchive.convert.office;

import org.earchive.core.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.ConversionException;
import org.earchive.detect.OfficeParsing;
import org.earchive.formats.vietnamese.OfficeXmlParts;
import org.w3c.dom.Document;

/**
 * The DOCX LibreOffice is given when a table in it is wider than its portrait paper: a copy with that table on
 * landscape pages of its own ({@link WideTablePages}), written beside the target in a folder of its own under the
 * source's own name and deleted on close. The original is never changed; the PDF/A's facts say what was done
 * ("tablesTurned"), and so does its PREMIS record. Any other document is given as it is.
 */
final class WideTableCopy implements AutoCloseable {

    /** The converter's fact, read back by the PREMIS processing events. */
    static final String FACT = "tablesTurned";
    private static final String MAIN_PART = "word/document.xml";

    private final ConversionRequest request;
    private final List<String> turned;
    private final Path folder;

    private WideTableCopy(ConversionRequest request, List<String> turned, Path folder) {
        this.request = request;
        this.turned = turned;
        this.folder = folder;
    }

    static WideTableCopy of(ConversionRequest original) throws IOException {
        WideTableCopy asGiven = new WideTableCopy(original, List.of(), null);
        if (!original.detection().isMime(LegacyOfficeCopy.DOCX)) {
            return asGiven;
        }
        try {
            OfficeParsing.refuseUnsafeContainer(original.source(), original.detection());
        } catch (ConversionException hostile) {
            return asGiven; // the engine refuses it, with the same sentence
        }
        Path folder = null;
        try {
            Map<String, byte[]> parts = OfficeXmlParts.read(original.source());
            byte[] main = parts.get(MAIN_PART);
            if (main == null) {
                return asGiven;
            }
            Document document = OfficeXmlParts.parse(main);
            List<String> turned = WideTablePages.turn(document);
            if (turned.isEmpty()) {
                return asGiven;
            }
            folder = Files.createTempDirectory(original.target().toAbsolutePath().getParent(), ".wide-tables");
            Path copy = folder.resolve(original.source().getFileName().toString());
            OfficeXmlParts.writeZip(parts, Map.of(MAIN_PART, OfficeXmlParts.write(document, true)), copy);
            return new WideTableCopy(new ConversionRequest(copy, original.detection(), original.target(), original.info(),
                    original.documentClass(), original.context()), turned, folder);
        } catch (IOException | RuntimeException unreadable) {
            // a document whose XML cannot be read is the engine's to judge (and refuse with a sentence)
            if (folder != null) {
                Folders.delete(folder);
            }
            return asGiven;
        }
    }

    ConversionRequest request() {
        return request;
    }

    /** The engine's result with the fact "tablesTurned" and a warning saying so, when tables were turned. */
    ConvertedPdf withFacts(ConvertedPdf pdf) {
        if (turned.isEmpty()) {
            return pdf;
        }
        Map<String, String> facts = new LinkedHashMap<>(pdf.facts());
        facts.put(FACT, String.join("; ", turned));
        List<String> warnings = new ArrayList<>(pdf.warnings());
        warnings.add(turned.size() + " table(s) wider than the page they are on in the document (" + turned.get(0)
                + ") would have been cut off at the paper's edge: they were put on landscape pages of their own,"
                + " in a copy (the original file is unchanged).");
        return new ConvertedPdf(pdf.documentClass(), pdf.level(), pdf.pages(), warnings, facts, pdf.unmet(), pdf.verdict());
    }

    @Override
    public void close() throws IOException {
        if (folder != null) {
            Folders.delete(folder);
        }
    }

}
