package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.earchive.metadata.ClerkFileDescriptions;
import org.earchive.metadata.XmlDocuments;
import org.earchive.report.ReportFile;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.schemas.SchemaCatalog.Known;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TT 05 packages as an archive receives them: names, identifiers, descriptions and METS, built from a convert output. */
class Tt05PackagerTest {

    private static final Instant CREATED = Instant.parse("2025-03-20T03:00:00Z");
    private static final SipOptions OPTIONS = new SipOptions("UBND xã Hòa Bình", CREATED, "earchive", "test");

    @TempDir
    Path work;

    @Test
    void aHosoSipNamesEveryDocumentByItsFileCodeAndOrdinalAndEverythingValidates() throws Exception {
        Path converted = convertOutput(work.resolve("converted"), List.of(
                document("quyet-dinh", "H49.64.33.2025.01.0000002", "20/03/2025", "2", "01"),
                document("cong-van", "", "05/02/2025", "1", "01"),
                document("to-trinh", "H49.64.33.2025.01.0000001", "18/12/2024", "3", "01")));
        Path out = Files.createDirectories(work.resolve("out"));
        List<Tt05Packager.Written> written = write(PackageProfile.TT05_SIP_HOSO, converted, ClerkFileDescriptions.none(), out);

        assertEquals(1, written.size());
        Path sip = out.resolve(written.get(0).objectId());
        assertTrue(written.get(0).objectId().matches("uuid-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"));
        assertEquals("H49.64.33.2025.01", written.get(0).fileCode(), "the one code the documents state is the hồ sơ's");
        Path data = sip.resolve("representations/rep1/data");
        // stated ordinals kept, the unnumbered document after them (TT 05 Điều 8 names)
        assertEquals(List.of("H49.64.33.2025.01.1.pdf", "H49.64.33.2025.01.2.pdf", "H49.64.33.2025.01.3.pdf"), names(data));
        assertEquals("%PDF to-trinh", Files.readString(data.resolve("H49.64.33.2025.01.1.pdf")));
        assertEquals("%PDF cong-van", Files.readString(data.resolve("H49.64.33.2025.01.3.pdf")));
        Path description = sip.resolve("representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2025.01.3.xml");
        assertEquals("H49.64.33.2025.01.0000003", text(description, "docCode"), "docCode completed for the package");
        assertEquals(21, elementCount(description));

        Path file = sip.resolve("metadata/descriptive/EAD.xml");
        assertEquals("H49.64.33.2025.01", text(file, "fileCode"));
        assertEquals("18/12/2024", text(file, "startDate"));
        assertEquals("20/03/2025", text(file, "endDate"));
        assertEquals("3", text(file, "totalDoc"));
        assertEquals("6", text(file, "numberOfPage"));
        assertEquals("", text(file, "title"), "never invented");
        assertTrue(written.get(0).review().stream().anyMatch(line -> line.startsWith("title is empty")), written.get(0)::toString);
        assertTrue(written.get(0).derived().containsAll(List.of("startDate", "endDate", "totalDoc", "numberOfPage")));

        validate(sip.resolve("METS.xml"), SchemaCatalog.combined(Known.METS, Known.CSIP_EXTENSION, Known.SIP_EXTENSION));
        validate(sip.resolve("representations/rep1/METS.xml"),
                SchemaCatalog.combined(Known.METS, Known.CSIP_EXTENSION, Known.SIP_EXTENSION));
        IndependentXmlCheck.assertValid(sip, "mets.xsd", sip.resolve("METS.xml"), sip.resolve("representations/rep1/METS.xml"));
        IndependentXmlCheck.assertValid(sip, "earchive-tt05-ead.xsd", file);
        IndependentXmlCheck.assertValid(sip, "earchive-tt05-ead-doc.xsd", descriptionFiles(sip).toArray(Path[]::new));

        Element root = XmlDocuments.parse(sip.resolve("METS.xml")).getDocumentElement();
        assertEquals(written.get(0).objectId(), root.getAttribute("OBJID"), "the folder is named by the OBJID");
        assertEquals("Mixed", root.getAttribute("TYPE"));
        assertEquals("SIP", header(root).getAttributeNS(MetsParts.CSIP, "OAISPACKAGETYPE"));
        assertChecksumsMatch(sip, sip.resolve("METS.xml"));
        assertChecksumsMatch(sip.resolve("representations/rep1"), sip.resolve("representations/rep1/METS.xml"));
    }

    @Test
    void anAipHasTheAipDescriptionsAndPremisAtBothLevels() throws Exception {
        Path converted = convertOutput(work.resolve("converted"), List.of(
                document("quyet-dinh", "", "20/03/2025", "2", "02"),
                document("cong-van", "", "05/02/2025", "1", "02")));
        Path defaults = Files.writeString(work.resolve("ho-so.txt"),
                "fileCode=H49.64.33.2025.07\ntitle=Hồ sơ số hóa năm 2025\nmaintenance=01\n", StandardCharsets.UTF_8);
        Path out = Files.createDirectories(work.resolve("out"));
        List<Tt05Packager.Written> written = write(PackageProfile.TT05_AIP_HOSO, converted,
                ClerkFileDescriptions.read(null, defaults), out);

        Path aip = out.resolve(written.get(0).objectId());
        Path file = aip.resolve("metadata/descriptive/EAD.xml");
        assertEquals("H49.64.33.2025.07", text(file, "arcFileCode"));
        assertEquals("Hồ sơ số hóa năm 2025", text(file, "title"));
        assertEquals("02", text(file, "confidenceLevel"));
        assertTrue(written.get(0).review().stream().anyMatch(line -> line.startsWith("paperFileCode")),
                "a digitised hồ sơ needs its paper file code: " + written.get(0).review());
        Path description = aip.resolve("representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2025.07.2.xml");
        assertEquals(19, elementCount(description));
        assertEquals("2", text(description, "docOrdinal"));
        assertEquals("H49.64.33.2025.07", text(description, "arcFileCode"));
        validate(description, SchemaCatalog.schema(Known.TT05_AIP_EAD_DOC));
        IndependentXmlCheck.assertValid(aip, "earchive-tt05-aip-ead.xsd", file);
        IndependentXmlCheck.assertValid(aip, "earchive-tt05-aip-ead-doc.xsd", descriptionFiles(aip).toArray(Path[]::new));

        Path packagePremis = aip.resolve("metadata/preservation/PREMIS.xml");
        Path representationPremis = aip.resolve("representations/rep1/metadata/preservation/PREMIS_rep1.xml");
        IndependentXmlCheck.assertValid(aip, "premis-v3-0.xsd", packagePremis, representationPremis);
        String merged = Files.readString(representationPremis);
        assertTrue(merged.contains("uuid-source-quyet-dinh") && merged.contains("uuid-source-cong-van"),
                "every document's PREMIS objects are in the representation's");
        assertEquals(1, count(merged, "<premis:agentName>earchive</premis:agentName>"), "an agent is recorded once");
        assertFalse(merged.contains("objectCategory"), "PREMIS 3 types objects with xsi:type");
        assertTrue(Files.readString(packagePremis).contains("information package creation"));
        Element root = XmlDocuments.parse(aip.resolve("METS.xml")).getDocumentElement();
        assertEquals("AIP", header(root).getAttributeNS(MetsParts.CSIP, "OAISPACKAGETYPE"));
        IndependentXmlCheck.assertValid(aip, "mets.xsd", aip.resolve("METS.xml"), aip.resolve("representations/rep1/METS.xml"));
    }

    @Test
    void documentsOfTwoHosoMakeTwoPackagesAndTaiLieuMakesOneCollection() throws Exception {
        Path converted = convertOutput(work.resolve("converted"), List.of(
                document("a", "H1.2025.01.0000001", "", "", ""),
                document("b", "H1.2025.02.0000001", "", "", "")));
        List<Tt05Packager.Written> hoso = write(PackageProfile.TT05_SIP_HOSO, converted, ClerkFileDescriptions.none(),
                Files.createDirectories(work.resolve("hoso")));
        assertEquals(List.of("H1.2025.01", "H1.2025.02"), hoso.stream().map(Tt05Packager.Written::fileCode).toList());

        List<Tt05Packager.Written> tailieu = write(PackageProfile.TT05_SIP_TAILIEU, converted, ClerkFileDescriptions.none(),
                Files.createDirectories(work.resolve("tailieu")));
        Path sip = work.resolve("tailieu").resolve(tailieu.get(0).objectId());
        assertEquals("Collection", XmlDocuments.parse(sip.resolve("METS.xml")).getDocumentElement().getAttribute("TYPE"));
        assertFalse(Files.exists(sip.resolve("metadata/descriptive/EAD.xml")), "documents, not a hồ sơ");
        assertEquals(List.of("H1.2025.01.1.pdf", "H1.2025.02.1.pdf"), names(sip.resolve("representations/rep1/data")));
    }

    @Test
    void documentsWithoutAHosoCodeKeepTheirConvertNamesMadeUnique() throws Exception {
        Path converted = convertOutput(work.resolve("converted"), List.of(
                document("a/b", "", "", "", ""), document("a_b", "", "", "", ""), document("A_B", "", "", "", "")));
        List<Tt05Packager.Written> written = write(PackageProfile.TT05_SIP_TAILIEU, converted, ClerkFileDescriptions.none(),
                Files.createDirectories(work.resolve("out")));
        Path data = work.resolve("out").resolve(written.get(0).objectId()).resolve("representations/rep1/data");
        assertEquals(List.of("A_B.pdf", "a_b~2.pdf", "a_b~3.pdf"), names(data), "no file overwrites another, in any case");
        assertTrue(written.get(0).review().get(0).contains("keep convert's names"), written.get(0)::toString);
    }

    @Test
    void samePackageBytesAndZipOnEveryRun() throws Exception {
        Path converted = convertOutput(work.resolve("converted"), List.of(
                document("quyet-dinh", "H49.1.0000001", "20/03/2025", "2", "01")));
        Tt05Packages packages = new Tt05Packages(PackageProfile.TT05_AIP_HOSO, OPTIONS);
        ConvertedFolder folder = ConvertedFolder.read(converted);
        List<Hoso> plan = packages.plan(folder, ClerkFileDescriptions.none());
        Path first = Files.createDirectories(work.resolve("first"));
        Path second = Files.createDirectories(work.resolve("second"));
        String id = packages.write(folder, plan, first, null, true).get(0).objectId();
        packages.write(folder, plan, second, null, true);
        assertArrayEquals(Files.readAllBytes(first.resolve(id + ".zip")), Files.readAllBytes(second.resolve(id + ".zip")));
        assertEquals(List.of(id + ".zip"), names(first), "the ZIP replaces the folder");
        try (var zip = new java.util.zip.ZipFile(first.resolve(id + ".zip").toFile())) {
            assertTrue(zip.stream().allMatch(entry -> entry.getName().startsWith(id + "/")), "one top folder, the OBJID");
            assertTrue(zip.getEntry(id + "/representations/rep1/data/H49.1.1.pdf") != null);
        }
    }

    @Test
    void twoDocumentsWithOneDocCodeOrADublinCoreOutputAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path twins = convertOutput(work.resolve("twins"), List.of(
                document("a", "H1.0000001", "", "", ""), document("b", "H1.0000001", "", "", "")));
        PackageInputException same = assertThrows(PackageInputException.class, () ->
                new Tt05Packages(PackageProfile.TT05_SIP_HOSO, OPTIONS).plan(ConvertedFolder.read(twins), ClerkFileDescriptions.none()));
        assertTrue(same.getMessage().contains("both have docCode H1.0000001"), same.getMessage());

        Path dublinCore = convertOutput(work.resolve("dc"), List.of(document("a", "", "", "", "")));
        Files.writeString(dublinCore.resolve("a.xml"),
                "<simpledc xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>x</dc:title></simpledc>");
        PackageInputException dc = assertThrows(PackageInputException.class, () ->
                new Tt05Packages(PackageProfile.TT05_SIP_HOSO, OPTIONS).plan(ConvertedFolder.read(dublinCore), ClerkFileDescriptions.none()));
        assertTrue(dc.getMessage().contains("--profile tt05"), dc.getMessage());
    }

    // ---- a convert output with real TT 05 descriptions and PREMIS, without the seconds a conversion takes

    private record Doc(String name, String docCode, String issued, String pages, String confidence) {
    }

    private static Doc document(String name, String docCode, String issued, String pages, String confidence) {
        return new Doc(name, docCode, issued, pages, confidence);
    }

    private static Path convertOutput(Path root, List<Doc> documents) throws Exception {
        List<ReportFile.Entry> entries = new ArrayList<>();
        for (Doc doc : documents) {
            Files.createDirectories(root.resolve(doc.name()).getParent());
            Files.writeString(root.resolve(doc.name() + ".pdf"), "%PDF " + doc.name());
            Files.writeString(root.resolve(doc.name() + ".xml"), eadDoc(doc), StandardCharsets.UTF_8);
            Files.writeString(root.resolve(doc.name() + ".premis.xml"), premis(doc.name()), StandardCharsets.UTF_8);
            entries.add(new ReportFile.Entry(doc.name() + ".docx", "converted", null, null, null, null, null, 0,
                    List.of(doc.name() + ".pdf", doc.name() + ".xml", doc.name() + ".premis.xml"), null, null, null, null,
                    0, false));
        }
        ReportFile report = new ReportFile("earchive", null, null, null, entries);
        org.earchive.core.AtomicFiles.write(root.resolve(".earchive/report.json"), report::writeTo);
        return root;
    }

    private static String eadDoc(Doc doc) {
        Map<String, String> values = Map.of("docCode", doc.docCode(), "issuedDate", doc.issued(),
                "numberOfPage", doc.pages(), "confidenceLevel", doc.confidence(), "language", "01");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<simpledc>\n");
        for (String element : List.of("docId", "docCode", "maintenance", "typeName", "codeNumber", "codeNotation",
                "issuedDate", "organName", "subject", "language", "numberOfPage", "inforSign", "keyword", "mode",
                "confidenceLevel", "autograph", "format", "riskRecovery", "riskRecoveryStatus", "process", "description")) {
            String value = values.getOrDefault(element, element.equals("subject") ? "Về việc " + doc.name() : "");
            xml.append("  <").append(element).append(">").append(value).append("</").append(element).append(">\n");
        }
        return xml.append("</simpledc>\n").toString();
    }

    private static String premis(String name) {
        return """
                <premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
                  <premis:object xsi:type="premis:file">
                    <premis:objectIdentifier><premis:objectIdentifierType>UUID</premis:objectIdentifierType>
                      <premis:objectIdentifierValue>uuid-source-%s</premis:objectIdentifierValue></premis:objectIdentifier>
                    <premis:objectCharacteristics><premis:format><premis:formatDesignation>
                      <premis:formatName>PDF/A-2u</premis:formatName></premis:formatDesignation></premis:format></premis:objectCharacteristics>
                  </premis:object>
                  <premis:agent>
                    <premis:agentIdentifier><premis:agentIdentifierType>UUID</premis:agentIdentifierType>
                      <premis:agentIdentifierValue>uuid-agent-earchive</premis:agentIdentifierValue></premis:agentIdentifier>
                    <premis:agentName>earchive</premis:agentName><premis:agentType>software</premis:agentType>
                  </premis:agent>
                </premis:premis>
                """.formatted(name);
    }

    private static List<Tt05Packager.Written> write(PackageProfile profile, Path converted, ClerkFileDescriptions clerk, Path out)
            throws Exception {
        Tt05Packages packages = new Tt05Packages(profile, OPTIONS);
        ConvertedFolder folder = ConvertedFolder.read(converted);
        return packages.write(folder, packages.plan(folder, clerk), out, null, false);
    }

    // ---- what the assertions read

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> descriptionFiles(Path pkg) throws Exception {
        try (Stream<Path> list = Files.list(pkg.resolve("representations/rep1/metadata/descriptive"))) {
            return list.sorted().toList();
        }
    }

    private static String text(Path xml, String element) throws Exception {
        NodeList nodes = XmlDocuments.parse(xml).getElementsByTagName(element);
        assertEquals(1, nodes.getLength(), element + " in " + xml.getFileName());
        return nodes.item(0).getTextContent();
    }

    private static int elementCount(Path xml) throws Exception {
        return XmlDocuments.parse(xml).getDocumentElement().getChildNodes().getLength() == 0 ? 0
                : (int) childElements(XmlDocuments.parse(xml).getDocumentElement()).size();
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element header(Element mets) {
        return (Element) mets.getElementsByTagNameNS(MetsParts.METS, "metsHdr").item(0);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void validate(Path xml, javax.xml.validation.Schema schema) throws Exception {
        schema.newValidator().validate(new StreamSource(xml.toFile()));
    }

    /** Every file and mdRef a METS lists exists with the SIZE and SHA-256 it states. */
    private static void assertChecksumsMatch(Path base, Path mets) throws Exception {
        Element root = XmlDocuments.parse(mets).getDocumentElement();
        int checked = 0;
        for (String tag : List.of("file", "mdRef")) {
            NodeList elements = root.getElementsByTagNameNS(MetsParts.METS, tag);
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String href = tag.equals("file")
                        ? ((Element) element.getElementsByTagNameNS(MetsParts.METS, "FLocat").item(0))
                                .getAttributeNS(MetsParts.XLINK, "href")
                        : element.getAttributeNS(MetsParts.XLINK, "href");
                Path file = base.resolve(java.net.URI.create(href).getPath());
                assertEquals(Long.parseLong(element.getAttribute("SIZE")), Files.size(file), href);
                assertEquals(element.getAttribute("CHECKSUM"), org.earchive.core.Fixity.sha256(file), href);
                assertTrue(element.getAttribute("CREATED").endsWith("+07:00"), "TT 05 times carry Vietnam's offset");
                checked++;
            }
        }
        assertTrue(checked > 3, "the METS lists its files");
    }
}
