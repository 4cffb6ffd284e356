package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.earchive.core.Fixity;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EarkSipPackagerTest {

    private static final SipOptions OPTIONS = new SipOptions("UBND xã Hòa Bình", Instant.parse("2025-01-01T00:00:00Z"),
            "earchive", "test");

    @TempDir
    Path work;

    @Test
    void sipHasTheCsipLayoutAndAMetsThatValidatesAgainstTheOfficialSchemas() throws Exception {
        Path sip = sip(ConvertOutputs.sample(work.resolve("out")), work.resolve("sip"));

        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/data/quyết-định.pdf")));
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/data/a/bao-cao.pdf")));
        assertTrue(Files.isRegularFile(sip.resolve("metadata/descriptive/a/bao-cao.xml")));
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/metadata/preservation/quyết-định.premis.xml")),
                "each document's PREMIS lies in the representation, beside its file");
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/METS.xml")), "the representation has its own METS");
        assertTrue(Files.isRegularFile(sip.resolve("schemas/mets.xsd")));
        Path metsFile = sip.resolve("METS.xml");
        SchemaCatalog.schema(SchemaCatalog.Known.METS).newValidator().validate(new StreamSource(metsFile.toFile()));
        SchemaCatalog.combined(SchemaCatalog.Known.METS, SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION)
                .newValidator().validate(new StreamSource(metsFile.toFile()));

        Document mets = parse(metsFile);
        Element root = mets.getDocumentElement();
        assertTrue(root.getAttribute("OBJID").matches("uuid-[0-9A-F-]{36}"), root.getAttribute("OBJID"));
        assertEquals("https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml", root.getAttribute("PROFILE"));
        assertEquals("SIP", xpath(mets, "string(/*/*[local-name()='metsHdr']/@*[local-name()='OAISPACKAGETYPE'])"));
        assertEquals("https://DILCIS.eu/XML/METS/CSIPExtensionMETS",
                xpath(mets, "namespace-uri(/*/*[local-name()='metsHdr']/@*[local-name()='OAISPACKAGETYPE'])"));
        assertEquals("SOFTWARE VERSION", xpath(mets, "string(//*[local-name()='agent'][@OTHERTYPE='SOFTWARE']/*[local-name()='note']/@*[local-name()='NOTETYPE'])"));
        assertEquals("UBND xã Hòa Bình", xpath(mets, "string(//*[local-name()='agent'][@TYPE='ORGANIZATION']/*[local-name()='name'])"));
        assertEquals("CSIP", xpath(mets, "string(//*[local-name()='structMap'][@TYPE='PHYSICAL']/@LABEL)"));

        assertEquals("representations/rep1/METS.xml", xpath(mets,
                "string(//*[local-name()='structMap']//*[local-name()='mptr']/@*[local-name()='href'])"));
        Path representationMets = sip.resolve("representations/rep1/METS.xml");
        SchemaCatalog.combined(SchemaCatalog.Known.METS, SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION)
                .newValidator().validate(new StreamSource(representationMets.toFile()));

        // every file and metadata reference carries its size and SHA-256, and they are true; the root METS lists the
        // two descriptions, the representation's METS and the schemas, the representation's its two PREMIS and two PDFs
        assertEquals(2 + 1 + EarkSipPackager.SCHEMAS.size(), checkedReferences(metsFile));
        assertEquals(2 + 2, checkedReferences(representationMets));
        assertEquals(List.of(), new PackageValidator().validate(sip).problems().stream()
                .filter(p -> p.rule().equals("CSIPSTR12") || p.rule().equals("CSIPSTR13")).toList(),
                "a representation METS and metadata/ folder: no finding on the representation's structure");
        // IDs are NCNames and every IDREF resolves (the schema checks both)
        String text = Files.readString(representationMets, StandardCharsets.UTF_8);
        assertTrue(text.contains("xlink:href=\"data/quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh.pdf\""), text);
    }

    @Test
    void sameInputAndDateGiveTheSameBytes() throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("out"));
        Path first = sip(out, work.resolve("one/sip"));
        Path second = sip(out, work.resolve("two/sip"));
        List<Path> files = BagitPackagerTest.files(first);
        assertEquals(files, BagitPackagerTest.files(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
        }
    }

    @Test
    void metsCheckerAcceptsWhatWasBuiltAndNamesEveryDamagedMissingOrUnlistedFile() throws Exception {
        Path sip = sip(ConvertOutputs.sample(work.resolve("out")), work.resolve("sip"));
        assertEquals(List.of(), new MetsChecker().check(sip, "").problems().stream().filter(PackageProblem::refuses).toList());

        Files.writeString(sip.resolve("representations/rep1/data/a/bao-cao.pdf"), "%PDF-1.7 c"); // same size, other bytes
        Files.delete(sip.resolve("metadata/descriptive/quyết-định.xml"));
        Files.writeString(sip.resolve("representations/rep1/data/extra.pdf"), "%PDF");

        List<PackageProblem> problems = new MetsChecker().check(sip, "").problems().stream()
                .filter(p -> p.rule().equals("CSIP71") || p.rule().equals("CSIP24") || p.rule().equals("CSIP58")).toList();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("CSIP71") && p.refuses()
                && p.file().equals("representations/rep1/data/a/bao-cao.pdf") && p.message().contains("SHA-256")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("CSIP24") && p.refuses()
                && p.file().equals("metadata/descriptive/quyết-định.xml") && p.message().contains("missing")), problems::toString);
        // CSIP asks only SHOULD of listing every file; an E-ARK SIP with an unlisted file is reported, not refused
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("CSIP58") && !p.refuses()
                && p.file().equals("representations/rep1/data/extra.pdf") && p.message().contains("no METS.xml lists it")),
                problems::toString);
    }

    /** Checks every file and mdRef of a METS against the file it points at (relative to the METS's folder). */
    private static int checkedReferences(Path metsFile) throws Exception {
        NodeList located = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='file'] | //*[local-name()='mdRef']", parse(metsFile), XPathConstants.NODESET);
        for (int i = 0; i < located.getLength(); i++) {
            Element element = (Element) located.item(i);
            String href = element.getLocalName().equals("file")
                    ? ((Element) element.getElementsByTagNameNS(EarkSipPackager.METS, "FLocat").item(0))
                            .getAttributeNS(EarkSipPackager.XLINK, "href")
                    : element.getAttributeNS(EarkSipPackager.XLINK, "href");
            Path file = metsFile.getParent().resolve(java.net.URI.create(href).getPath());
            assertEquals("SHA-256", element.getAttribute("CHECKSUMTYPE"));
            assertEquals(Fixity.sha256(file), element.getAttribute("CHECKSUM"), href);
            assertEquals(Long.toString(Files.size(file)), element.getAttribute("SIZE"), href);
            assertEquals("2025-01-01T07:00:00+07:00", element.getAttribute("CREATED"), href);
        }
        return located.getLength();
    }

    private static Path sip(Path convertOutput, Path destination) throws Exception {
        Files.createDirectories(destination.getParent());
        try (StagedDirectory staged = StagedDirectory.beside(destination)) {
            new EarkSipPackager().build(ConvertedFolder.read(convertOutput), staged.path(), OPTIONS);
            staged.commit();
        }
        return destination;
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(xml)));
    }

    private static String xpath(Document document, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, document);
    }

    @Test
    void descriptionsAreTypedByWhatTheyAreAndTheirSchemasTravelWithThem() throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("out"));
        Files.writeString(out.resolve("quyết-định.xml"), """
                <simpledc xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Quyết định</dc:title></simpledc>""");
        Files.writeString(out.resolve("a/bao-cao.xml"), "<simpledc><docId/><docCode/></simpledc>");
        Path sip = sip(out, work.resolve("sip"));
        Document mets = parse(sip.resolve("METS.xml"));
        assertEquals("DC", xpath(mets, "string(//*[local-name()='mdRef'][contains(@*[local-name()='href'], 'quy')]/@MDTYPE)"));
        assertEquals("EAD_doc", xpath(mets, "string(//*[local-name()='mdRef'][contains(@*[local-name()='href'], 'bao-cao.xml')]/@OTHERMDTYPE)"));
        for (String schema : List.of("earchive-simpledc.xsd", "dc.xsd", "dcterms.xsd", "dcmitype.xsd", "xml.xsd",
                "earchive-tt05-ead-doc.xsd")) {
            assertTrue(Files.isRegularFile(sip.resolve("schemas").resolve(schema)), schema + " travels with the descriptions");
        }
    }
}
