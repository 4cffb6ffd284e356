package org.earchive.metadata;

import org.earchive.core.RunContext;
import org.earchive.core.DescriptionProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.earchive.core.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.earchive.core.Fixity;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.Engines;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The metadata files a conversion writes beside each PDF/A, read back as an archive would: validated against
 * the schemas (PREMIS's official one), and compared field by field with what the document says.
 */
class MetadataOutputsTest {

    private static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");

    @TempDir
    Path work;

    @Test
    void tt05DescriptionAndPremisBesideEachPdf() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thong-bao.txt"));
        Path out = work.resolve("out");

        Map<String, DocumentResult> results = run(in, out, MetadataSettings.defaults());

        DocumentResult report = results.get("bao-cao-tong-ket.txt");
        assertEquals(DocumentStatus.CONVERTED, report.status(), report.message());
        assertEquals(List.of("bao-cao-tong-ket.pdf", "bao-cao-tong-ket.xml", "bao-cao-tong-ket.premis.xml"), report.outputs());

        Document tt05 = validated(out.resolve("bao-cao-tong-ket.xml"), SchemaCatalog.Known.TT05_EAD_DOC);
        assertEquals("14", text(tt05, "/simpledc/typeName"));
        assertEquals("27", text(tt05, "/simpledc/codeNumber"));
        assertEquals("BC-UBND", text(tt05, "/simpledc/codeNotation"));
        assertEquals("18/12/2024", text(tt05, "/simpledc/issuedDate"));
        assertEquals("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", text(tt05, "/simpledc/organName"));
        assertEquals("Tổng kết công tác văn thư, lưu trữ năm 2024 và phương hướng nhiệm vụ năm 2025",
                text(tt05, "/simpledc/subject"));
        assertEquals("01", text(tt05, "/simpledc/language"));
        assertEquals("01", text(tt05, "/simpledc/confidenceLevel"), "a text file is born digital");
        assertEquals(Integer.toString(report.pages()), text(tt05, "/simpledc/numberOfPage"));
        assertEquals("", text(tt05, "/simpledc/maintenance"), "nobody said how long to keep it: left empty");
        assertEquals(21, count(tt05, "/simpledc/*"), "TT 05 SIP EAD_doc has 21 elements");

        Document premis = validated(out.resolve("bao-cao-tong-ket.premis.xml"), SchemaCatalog.Known.PREMIS_3);
        Path pdf = out.resolve("bao-cao-tong-ket.pdf");
        assertEquals(Fixity.sha256(pdf), text(premis, "//*[local-name()='object'][.//*[local-name()='originalName']='bao-cao-tong-ket.pdf']"
                + "//*[local-name()='messageDigest']"));
        assertEquals(Long.toString(Files.size(pdf)), text(premis, "//*[local-name()='object'][.//*[local-name()='originalName']"
                + "='bao-cao-tong-ket.pdf']//*[local-name()='size']"));
        assertEquals("fmt/478", text(premis, "//*[local-name()='object'][.//*[local-name()='originalName']"
                + "='bao-cao-tong-ket.pdf']//*[local-name()='formatRegistryKey']"), "PDF/A-2u in PRONOM");
        assertEquals(report.sourceSha256(), text(premis, "//*[local-name()='object'][.//*[local-name()='originalName']"
                + "='bao-cao-tong-ket.txt']//*[local-name()='messageDigest']"));
        assertEquals("x-fmt/111", text(premis, "//*[local-name()='object'][.//*[local-name()='originalName']"
                + "='bao-cao-tong-ket.txt']//*[local-name()='formatRegistryKey']"));
        List<String> events = texts(premis, "//*[local-name()='eventType']");
        assertTrue(events.containsAll(List.of("message digest calculation", "format identification", "normalization",
                "validation", "metadata extraction")), events.toString());
        assertEquals("pass", text(premis, "//*[local-name()='event'][*[local-name()='eventType']='validation']"
                + "//*[local-name()='eventOutcome']"));
        assertEquals("2025-07-01T07:00:00+07:00", text(premis, "(//*[local-name()='eventDateTime'])[1]"),
                "SOURCE_DATE_EPOCH, written in Vietnam's time zone");
        List<String> agents = texts(premis, "//*[local-name()='agent']/*[local-name()='agentName']");
        assertEquals(List.of("earchive", "Tika", "DROID", "PDFBox", "veraPDF"), agents);
        assertTrue(text(premis, "//*[local-name()='agent'][*[local-name()='agentName']='DROID']/*[local-name()='agentVersion']")
                .matches("6\\.8\\.0 \\(DROID_SignatureFile_V\\d+, container-signature-\\d{8}\\)"),
                "the identifiers depend on the signature files: PREMIS names them");
        assertFalse(text(premis, "//*[local-name()='agent'][*[local-name()='agentName']='veraPDF']/*[local-name()='agentVersion']")
                .isBlank());

        assertPdfCarriesDublinCore(pdf);

        Document party = validated(out.resolve("thong-bao.xml"), SchemaCatalog.Known.TT05_EAD_DOC);
        assertEquals("TB/ĐU", text(party, "/simpledc/codeNotation"));
        assertEquals("ĐẢNG ỦY XÃ HÒA BÌNH", text(party, "/simpledc/organName"));
    }

    @Test
    void dublinCoreProfileAndClerkValuesOverExtraction() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("cong-van-windows-1258.txt"), in.resolve("cong-van.txt"));
        Path csv = work.resolve("metadata.csv");
        Files.writeString(csv, "path,subject,maintenance,mode,fileCode,docOrdinal\n"
                + "cong-van.txt,Hướng dẫn số hóa tài liệu,1,01,H49.64.33.2025.160,3\n", StandardCharsets.UTF_8);
        Path defaults = work.resolve("defaults.properties");
        Files.writeString(defaults, "# batch-wide\nmaintenance=04\nmode=02\nformat=01\n", StandardCharsets.UTF_8);
        ClerkMetadata clerk = ClerkMetadata.read(csv, defaults);
        Path out = work.resolve("out");

        run(in, out, new MetadataSettings(DescriptionProfile.TT05, clerk));
        Document tt05 = validated(out.resolve("cong-van.xml"), SchemaCatalog.Known.TT05_EAD_DOC);
        assertEquals("Hướng dẫn số hóa tài liệu", text(tt05, "/simpledc/subject"), "the clerk's subject wins");
        assertEquals("01", text(tt05, "/simpledc/maintenance"), "the row wins over the defaults, '1' read as '01'");
        assertEquals("01", text(tt05, "/simpledc/mode"));
        assertEquals("01", text(tt05, "/simpledc/format"), "from the defaults");
        assertEquals("H49.64.33.2025.160.0000003", text(tt05, "/simpledc/docCode"));
        assertEquals("607", text(tt05, "/simpledc/codeNumber"), "extraction still fills what the clerk left out");

        Path dcOut = work.resolve("dc");
        DocumentResult dcResult = run(in, dcOut, new MetadataSettings(DescriptionProfile.DC, ClerkMetadata.none()))
                .get("cong-van.txt");
        assertEquals(DocumentStatus.CONVERTED, dcResult.status(), dcResult.message());
        assertEquals(List.of("cong-van.pdf", "cong-van.xml", "cong-van.premis.xml"), dcResult.outputs());
        Document dc = validated(dcOut.resolve("cong-van.xml"), SchemaCatalog.Known.SIMPLE_DC);
        assertEquals("V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025", text(dc, "//*[local-name()='title']"));
        assertEquals("SỞ NỘI VỤ TỈNH HÒA BÌNH", text(dc, "//*[local-name()='creator']"));
        assertEquals("2025-02-05", text(dc, "//*[local-name()='date']"));
        assertEquals("607/SNV-VTLT", text(dc, "//*[local-name()='identifier']"));
        assertEquals("vi", text(dc, "//*[local-name()='language']"));
        assertEquals("Công văn", text(dc, "//*[local-name()='type']"));
        assertEquals("Trần Văn Đức", text(dc, "//*[local-name()='contributor']"));
    }

    @Test
    void aScanWithoutTextGetsNoInventedDescription() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.jpg"));
        Path out = work.resolve("out");
        DocumentResult result = run(in, out, MetadataSettings.defaults()).get("scan.jpg");
        assertEquals(DocumentStatus.CONVERTED, result.status(), result.message());
        Document tt05 = validated(out.resolve("scan.xml"), SchemaCatalog.Known.TT05_EAD_DOC);
        for (String element : List.of("codeNumber", "codeNotation", "issuedDate", "organName", "subject", "typeName")) {
            assertEquals("", text(tt05, "/simpledc/" + element), element + " without any text to read it from");
        }
        assertEquals("02", text(tt05, "/simpledc/confidenceLevel"), "a scan is digitised");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(out.resolve("scan.pdf").toFile())) {
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(document.getDocumentCatalog().getMetadata().toByteArray());
            org.apache.xmpbox.schema.DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertEquals("scan", dc.getTitle(), "the file name, for want of a subject");
            assertEquals(null, xmp.getSchema("http://ns.earchive.invalid/tt05/1.0/"), "no TT 05 fields, no extension schema");
            assertEquals(null, dc.getIdentifier());
            assertTrue(dc.getDates() == null || dc.getDates().isEmpty());
        }
        validated(out.resolve("scan.premis.xml"), SchemaCatalog.Known.PREMIS_3);
    }

    @Test
    void aScansOcrLayerFeedsItsDescription() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.jpg"));
        Path out = work.resolve("out");
        DocumentResult result = run(in, out, MetadataSettings.defaults(), org.earchive.testing.TesseractForTests.require())
                .get("scan.jpg");
        assertEquals(DocumentStatus.CONVERTED, result.status(), result.message());
        Document tt05 = validated(out.resolve("scan.xml"), SchemaCatalog.Known.TT05_EAD_DOC);
        assertEquals("607", text(tt05, "/simpledc/codeNumber"), "read from the OCR'd công văn");
        assertEquals("SNV-VTLT", text(tt05, "/simpledc/codeNotation"));
    }

    @Test
    void anInvalidDescriptionIsRefusedAndNothingIsWritten() throws Exception {
        Path target = work.resolve("x.xml");
        Document invalid = XmlDocuments.newDocument();
        invalid.appendChild(invalid.createElementNS(null, "simpledc"));
        byte[] xml = XmlDocuments.serialize(invalid);
        assertThrows(SAXException.class, () -> new XmlPlacement(work.resolve("tmp"))
                .place(xml, SchemaCatalog.schema(SchemaCatalog.Known.TT05_EAD_DOC), target));
        assertFalse(Files.exists(target));
    }

    /** The PDF's XMP (which veraPDF has just accepted: the status is converted) says what the TT 05 file says. */
    private static void assertPdfCarriesDublinCore(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(document.getDocumentCatalog().getMetadata().toByteArray());
            org.apache.xmpbox.schema.DublinCoreSchema dc = xmp.getDublinCoreSchema();
            String subject = "Tổng kết công tác văn thư, lưu trữ năm 2024 và phương hướng nhiệm vụ năm 2025";
            assertEquals(subject, dc.getTitle());
            assertEquals(List.of("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"), dc.getCreators());
            assertEquals("27/BC-UBND", dc.getIdentifier());
            assertEquals(List.of("vi"), dc.getLanguages());
            assertEquals(java.time.LocalDate.of(2024, 12, 18), dc.getDates().get(0).toInstant()
                    .atZone(DocumentDescriber.VIETNAM).toLocalDate());
            assertEquals(subject, document.getDocumentInformation().getTitle(), "Info agrees with XMP");
            org.apache.xmpbox.schema.XMPSchema tt05 = xmp.getSchema("http://ns.earchive.invalid/tt05/1.0/");
            assertEquals("27", tt05.getUnqualifiedTextPropertyValue("codeNumber"));
            assertEquals("BC-UBND", tt05.getUnqualifiedTextPropertyValue("codeNotation"));
            assertEquals("14", tt05.getUnqualifiedTextPropertyValue("typeName"));
            assertEquals("18/12/2024", tt05.getUnqualifiedTextPropertyValue("issuedDate"));
            assertEquals("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", document.getDocumentInformation().getAuthor());
        }
    }

    // ----

    private static Map<String, DocumentResult> run(Path in, Path out, MetadataSettings settings) throws Exception {
        return run(in, out, settings, org.earchive.convert.ocr.TesseractOcr.off());
    }

    private static Map<String, DocumentResult> run(Path in, Path out, MetadataSettings settings,
                                                   org.earchive.convert.ocr.TesseractOcr ocr) throws Exception {
        BatchRunner runner = new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH)
                .withDescription(settings.profile()), settings, ocr, 1), 1, Clock.systemUTC());
        BatchReport report = runner.run(List.of(in), out, r -> { });
        return report.documents().stream().collect(Collectors.toMap(DocumentResult::source, Function.identity()));
    }

    /** Parsed after validation against the schema: a test fails if the file on disk breaks it. */
    static Document validated(Path xml, SchemaCatalog.Known schema) throws Exception {
        SchemaCatalog.schema(schema).newValidator().validate(new StreamSource(xml.toFile()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    static String text(Document document, String xpath) throws Exception {
        return xpath().evaluate(xpath, document);
    }

    static int count(Document document, String xpath) throws Exception {
        return ((Double) xpath().evaluate("count(" + xpath + ")", document, javax.xml.xpath.XPathConstants.NUMBER)).intValue();
    }

    static List<String> texts(Document document, String xpath) throws Exception {
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) xpath().evaluate(xpath, document, javax.xml.xpath.XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
