package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.fixtures.Tt05Sample;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.testing.Pdfs;

/** Valid packages to break: TT 05 ones written by hand (the TT 05 packager is not written yet), PDFs real PDF/A. */
final class ValidPackages {

    private static final List<String> COMMON_SCHEMAS = List.of("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
            "DILCISExtensionSIPMETS.xsd", "premis-v3-0.xsd");

    private ValidPackages() {
    }

    /** A one-page PDF/A-2b that veraPDF passes, finished the way convert finishes every document. */
    static Path pdfa(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            Pdfs.FINISHER.finish(document, new DocumentInfo("Quyết định", null, null, Instant.parse("2025-01-01T00:00:00Z"),
                    "0".repeat(64)), PdfaLevel.PDFA_2B);
            document.save(file.toFile());
        }
        return file;
    }

    static Tt05Sample sip(Path work) throws IOException {
        return withSchemas(Tt05Sample.sipHoso(pdfa(work.resolve("pdfa/document.pdf"))), false);
    }

    static Tt05Sample tailieu(Path work) throws IOException {
        return withSchemas(Tt05Sample.sipTailieu(pdfa(work.resolve("pdfa/document.pdf"))), false);
    }

    static Tt05Sample aip(Path work) throws IOException {
        return withSchemas(Tt05Sample.aipHoso(pdfa(work.resolve("pdfa/document.pdf"))), true);
    }

    private static Tt05Sample withSchemas(Tt05Sample sample, boolean aip) throws IOException {
        List<String> names = new java.util.ArrayList<>(COMMON_SCHEMAS);
        names.add((aip ? SchemaCatalog.Known.TT05_AIP_EAD_FILE : SchemaCatalog.Known.TT05_EAD_FILE).fileName());
        names.add((aip ? SchemaCatalog.Known.TT05_AIP_EAD_DOC : SchemaCatalog.Known.TT05_EAD_DOC).fileName());
        for (String name : names) {
            try (InputStream in = SchemaCatalog.open(name)) {
                sample.schema(name, in.readAllBytes());
            }
        }
        return sample;
    }
}
