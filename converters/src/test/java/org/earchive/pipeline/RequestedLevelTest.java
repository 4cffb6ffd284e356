package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.core.DocumentStatus;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RequestedLevel;
import org.earchive.core.RunContext;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --level}, {@code --ua} and {@code --embed-original} as a receiving archive checks the files: every output
 * passes veraPDF at the level its report row claims, which is the level asked for or, with a warning naming both, the
 * closest lower one; the embedded original is the source byte for byte; tagged files pass veraPDF's PDF/A-2a and
 * PDF/UA-1 profiles and carry the source's headings, lists, table header cells and pictures' alternative text. The
 * real converters (Java engines; OCR off, so no Tesseract is needed) and veraPDF.
 */
class RequestedLevelTest {

    private static final RunContext CONTEXT = RunContext.defaults("earchive test")
            .withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")).withOfficeEngine(OfficeEngine.JAVA);
    private static final VeraPdfValidator VERAPDF = new VeraPdfValidator();

    /** A text, an HTML page (a picture with transparent parts), a DOCX, a born-digital PDF and a scan. */
    private static final List<String> SOURCES = List.of("samples/bao-cao-tong-ket.txt", "samples/quyet-dinh.html",
            "office/cau-truc-tieu-de-danh-sach-bang-anh.docx", "detect/born-digital.pdf", "samples/scans/cong-van-200dpi.jpg");

    @TempDir
    static Path work;

    private static Path in;

    @BeforeAll
    static void copySources() throws IOException {
        in = Files.createDirectories(work.resolve("in"));
        for (String source : SOURCES) {
            Files.copy(Fixtures.root().resolve(source), in.resolve(Path.of(source).getFileName().toString()));
        }
        Files.createDirectories(in.resolve("anh"));
        Files.copy(Fixtures.samples().resolve("anh/con-dau.png"), in.resolve("anh/con-dau.png")); // the HTML's picture
    }

    @Test
    void eachLevelIsReachedOrTheClosestLowerOneWithTheReason() throws Exception {
        // what each source reaches: part 1 has no transparency (the HTML's and the DOCX's stamp has a soft mask) and
        // wants a CIDSet in subset fonts (the PDF's fonts have none); level a needs tags, which scans and PDFs lack
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("1b", List.of("1b", "2u", "2u", "2u", "1b"));
        expected.put("2b", List.of("2b", "2b", "2b", "2b", "2b"));
        expected.put("2u", List.of("2u", "2u", "2u", "2u", "2u"));
        expected.put("2a", List.of("2a", "2a", "2a", "2u", "2u"));
        expected.put("3b", List.of("3b", "3b", "3b", "3b", "3b"));
        expected.put("3u", List.of("3u", "3u", "3u", "3u", "3u"));
        expected.put("3a", List.of("3a", "3a", "3a", "3u", "3u"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> level : expected.entrySet()) {
            Path out = work.resolve("out-" + level.getKey());
            Map<String, DocumentResult> results = convert(new RequestedLevel(level.getKey(), false, false), out);
            for (int i = 0; i < SOURCES.size(); i++) {
                String name = Path.of(SOURCES.get(i)).getFileName().toString();
                DocumentResult result = results.get(name);
                PdfaLevel reached = PdfaLevel.parse(level.getValue().get(i));
                PdfaLevel asked = PdfaLevel.parse(level.getKey());
                if (result.status() != DocumentStatus.CONVERTED || !reached.label().equals(result.pdfaLevel())) {
                    wrong.add(level.getKey() + " " + name + ": " + result.status() + " " + result.pdfaLevel() + " "
                            + result.warnings());
                    continue;
                }
                Path pdf = out.resolve(result.outputs().get(0));
                // checked again here as the receiving archive would, on the file as placed
                Pdfs.assertCompliant(pdf, reached);
                if (reached != asked) {
                    assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith(asked.label() + " was asked for;")
                            && w.contains(reached.label())), () -> name + " " + result.warnings());
                }
                if (reached.part() == 1) {
                    String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
                    assertTrue(bytes.startsWith("%PDF-1.4"), name + " has a PDF 1.4 header");
                    assertFalse(bytes.contains("/ObjStm") || bytes.contains("/XRef"), name + ": no PDF 1.5 structures");
                }
                if (i == 0) {
                    assertTrue(Pdfs.text(pdf).contains("Hòa Bình"), "the text still reads at " + reached);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theOriginalTravelsInsideThePdfA3ByteForByte() throws Exception {
        Path out = work.resolve("out-original");
        DocumentResult result = convert(new RequestedLevel("3b", false, true), out).get("bao-cao-tong-ket.txt");
        assertEquals("PDF/A-3b", result.pdfaLevel());
        Path pdf = out.resolve(result.outputs().get(0));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_3B);
        byte[] source = Files.readAllBytes(in.resolve("bao-cao-tong-ket.txt"));
        try (PDDocument document = Pdfs.open(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertNotNull(associated, "the catalog lists the associated file");
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("bao-cao-tong-ket.txt");
            assertEquals("Source", spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            assertEquals("bao-cao-tong-ket.txt", spec.getFileUnicode());
            PDEmbeddedFile embedded = spec.getEmbeddedFile();
            assertEquals("text/plain", embedded.getSubtype());
            assertNotNull(embedded.getModDate());
            assertArrayEquals(source, embedded.toByteArray(), "the embedded bytes are the source's");
            COSString checksum = (COSString) embedded.getCOSObject().getCOSDictionary(COSName.PARAMS)
                    .getDictionaryObject(COSName.getPDFName("CheckSum"));
            assertArrayEquals(MessageDigest.getInstance("MD5").digest(source), checksum.getBytes());
        }
        assertEquals("bao-cao-tong-ket.txt", result.facts().get("embeddedOriginal"));
        String premis = Files.readString(out.resolve("bao-cao-tong-ket.premis.xml"));
        assertTrue(premis.contains("<premis:eventType>packing</premis:eventType>") && premis.contains("AFRelationship Source"),
                premis);
    }

    @Test
    void aDocxAndAnHtmlBecomeTaggedPdfA2aAndPdfUa1ScansStayUntagged() throws Exception {
        Path out = work.resolve("out-ua");
        Map<String, DocumentResult> results = convert(RequestedLevel.of(null, true, false), out);
        for (String name : List.of("quyet-dinh.html", "cau-truc-tieu-de-danh-sach-bang-anh.docx")) {
            DocumentResult result = results.get(name);
            assertEquals("PDF/A-2a", result.pdfaLevel(), () -> name + " " + result.warnings());
            assertEquals("PDF/UA-1", result.facts().get("pdfUa"), name);
            Path pdf = out.resolve(result.outputs().get(0));
            Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2A);
            PdfaVerdict ua = VERAPDF.validatePdfUa1(pdf);
            assertTrue(ua.compliant(), () -> name + " fails PDF/UA-1: " + ua.failedRules() + " " + ua.problem());
            List<String> tags = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            try (PDDocument document = Pdfs.open(pdf)) {
                assertTrue(document.getDocumentCatalog().getLanguage().startsWith("vi"), name); // "vi", or the DOCX's "vi-VN"
                collect(document.getDocumentCatalog().getStructureTreeRoot(), tags, alternatives);
            }
            for (String tag : List.of("H1", "H2", "L", "LI", "Table", "TH", "TD", "Figure")) {
                assertTrue(tags.contains(tag), name + " lacks " + tag + ": " + tags);
            }
            assertTrue(alternatives.stream().anyMatch(alt -> alt.startsWith("Con dấu")), name + " " + alternatives);
            // the archive's record says so too: veraPDF's PDF/UA-1 verdict as a validation event of its own
            String premis = Files.readString(pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".premis.xml")));
            assertTrue(premis.contains("veraPDF, PDF/UA-1 validation profile") && premis.contains("compliant with PDF/UA-1"),
                    premis);
        }
        DocumentResult scan = results.get("cong-van-200dpi.jpg");
        assertEquals(DocumentStatus.CONVERTED, scan.status());
        assertFalse(scan.pdfaLevel().endsWith("a"), "no structure is invented for a scan: " + scan.pdfaLevel());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.startsWith("PDF/UA-1 was asked for")), scan.warnings()::toString);
        // and the PDF/UA-1 profile does run: the untagged scan fails it
        assertFalse(VERAPDF.validatePdfUa1(out.resolve(scan.outputs().get(0))).compliant());
        assertFalse(Files.readString(out.resolve(scan.outputs().get(0).replace(".pdf", ".premis.xml"))).contains("PDF/UA-1 validation"),
                "a claim taken back is not recorded as held");
    }

    /**
     * Where LibreOffice is the engine its own tagged export is used: the DOCX reaches PDF/A-2a once the bullets Word's
     * Symbol convention stores as private-use characters read as bullets. PDF/UA-1 holds or is taken back with its reason.
     */
    @Test
    void libreOfficesTaggedExportReachesPdfA2a() throws Exception {
        if (LibreOfficePool.find(1, 120_000) == null) {
            assertFalse("1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE")), "CI installs LibreOffice, but it was not found");
            assumeTrue(false, "LibreOffice is not installed here");
        }
        Path out = work.resolve("out-libreoffice");
        DocumentResult result = convert(CONTEXT.withOfficeEngine(OfficeEngine.LIBREOFFICE).withLevel(RequestedLevel.of(null,
                true, false)), out, List.of("office/cau-truc-tieu-de-danh-sach-bang-anh.docx"))
                .get("cau-truc-tieu-de-danh-sach-bang-anh.docx");
        assertEquals("PDF/A-2a", result.pdfaLevel(), result.warnings()::toString);
        Path pdf = out.resolve(result.outputs().get(0));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2A);
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("\u2022") && !text.contains("\uF0B7"), text);
        boolean ua = VERAPDF.validatePdfUa1(pdf).compliant();
        assertEquals(ua, "PDF/UA-1".equals(result.facts().get("pdfUa")), "the claim is what veraPDF says");
        assertTrue(ua || result.warnings().stream().anyMatch(w -> w.startsWith("PDF/UA-1 was asked for; veraPDF's")),
                result.warnings()::toString);
    }

    @Test
    void anOriginalOutsidePartThreeAndAnUnknownLevelAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestedLevel("2b", false, true));
        assertThrows(IllegalArgumentException.class, () -> new RequestedLevel(null, false, true));
        assertThrows(IllegalArgumentException.class, () -> new RequestedLevel("4f", false, false));
        assertThrows(IllegalArgumentException.class, () -> new RequestedLevel("1b", true, false));
        assertEquals("2a", RequestedLevel.of(null, true, false).level());
        assertTrue(RequestedLevel.DEFAULT.isDefault());
    }

    private static Map<String, DocumentResult> convert(RequestedLevel level, Path out) throws Exception {
        return convert(CONTEXT.withLevel(level), out, SOURCES);
    }

    private static Map<String, DocumentResult> convert(RunContext context, Path out, List<String> sources) throws Exception {
        Map<String, DocumentResult> results = new LinkedHashMap<>();
        try (Engines engines = Engines.start(context, MetadataSettings.defaults(), TesseractOcr.off(), 1)) {
            BatchReport report = new BatchRunner(engines, BatchOptions.defaults(1), java.time.Clock.systemUTC())
                    .run(sources.stream().map(source -> in.resolve(Path.of(source).getFileName())).toList(), out,
                            (DocumentResult document) -> { });
            report.documents().forEach(d -> results.put(Path.of(d.source()).getFileName().toString(), d));
        }
        return results;
    }

    private static void collect(PDStructureNode node, List<String> tags, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collect(element, tags, alternatives);
            }
        }
    }
}
