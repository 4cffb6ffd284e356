package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.earchive.convert.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.OfficeParsing;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Office documents to PDF/A with LibreOffice, when it is installed: it lays the document out as Word, Excel
 * or Impress would (fonts, page breaks, columns, EMF pictures). Its PDF/A-2b export then goes up the same
 * ladder as any existing PDF (repair, 2u where the text allows, veraPDF, fidelity), so what the archive
 * receives is finished and checked by earchive, not trusted to LibreOffice. E-mail stays with the Java engine.
 */
public final class LibreOfficeToPdfaConverter implements Converter {

    private static final Set<String> E_MAIL = Set.of("message/rfc822", "application/mbox", "application/vnd.ms-outlook");

    private final LibreOfficePool office;
    private final PdfToPdfaConverter finishing;
    private final Converter fallback;

    /** @param fallback the Java engine, for a document LibreOffice cannot convert */
    public LibreOfficeToPdfaConverter(LibreOfficePool office, PdfToPdfaConverter finishing, Converter fallback) {
        this.office = office;
        this.finishing = finishing;
        this.fallback = fallback;
    }

    @Override
    public boolean accepts(Detection detection) {
        return OfficeParsing.MIME_TYPES.contains(detection.mime()) && !E_MAIL.contains(detection.mime());
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        // Tika reads it first, in bounded memory and with the refusals detect gives (password, XXE, zip bomb,
        // truncation): LibreOffice would stop at a password dialog or follow what a hostile file asks for
        OfficeParsing.parse(request.source(), request.detection(), new DefaultHandler(), new EmbeddedFiles(), new Metadata());
        Path exported = request.target().resolveSibling(request.target().getFileName() + ".libreoffice.pdf");
        try {
            try {
                office.toPdf(request.source(), request.detection().mime(), exported);
            } catch (IOException e) {
                return withJavaEngine(request, e.getMessage());
            }
            if (!Files.isRegularFile(exported) || Files.size(exported) == 0) {
                return withJavaEngine(request, "LibreOffice wrote no PDF");
            }
            Detection pdf = new Detection("application/pdf", "fmt/477", "PDF/A-2b");
            ConvertedPdf finished = finishing.convert(new ConversionRequest(exported, pdf, request.target(), request.info(),
                    DocumentClass.BORN_DIGITAL));
            Map<String, String> facts = new LinkedHashMap<>(finished.facts());
            facts.put("engine", office.description());
            return new ConvertedPdf(DocumentClass.BORN_DIGITAL.id(), finished.level(), finished.pages(), finished.warnings(),
                    facts, finished.unmet(), finished.verdict());
        } finally {
            Files.deleteIfExists(exported);
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
