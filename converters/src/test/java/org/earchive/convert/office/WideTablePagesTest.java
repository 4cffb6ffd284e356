package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WideTablePagesTest {

    private static final String W = WideTablePages.W;
    /** A4 portrait with NĐ 30/2020's margins: 3.5 cm left, 2 cm right; a first-page header and numbering from 1. */
    private static final String PORTRAIT = "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId9\"/><w:type w:val=\"oddPage\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:left=\"1985\" w:right=\"1134\" w:top=\"1418\" w:bottom=\"1134\""
            + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>";

    @TempDir
    Path work;

    @Test
    void aTableWiderThanItsPortraitPaperGetsLandscapePagesOfItsOwnBetweenTheSectionsParts() throws Exception {
        Document document = document(paragraph("Before the table") + table(14850) + paragraph("After the table"), PORTRAIT);

        List<String> turned = WideTablePages.turn(document);

        assertEquals(List.of("26.2 cm wide, on paper 21.0 cm wide (left margin 3.5 cm)"), turned);
        List<Element> sections = sections(document);
        assertEquals(3, sections.size());
        // the part before: portrait, still starting as the section did, with its first-page header and numbering
        assertEquals("Before the table", sections.get(0).getParentNode().getParentNode().getTextContent());
        assertEquals("11906", attribute(sections.get(0), "pgSz", "w"));
        assertEquals("oddPage", attribute(sections.get(0), "type", "val"));
        assertEquals("1", attribute(sections.get(0), "pgNumType", "start"));
        assertEquals(1, sections.get(0).getElementsByTagNameNS(W, "titlePg").getLength());
        // the table's part: landscape, the same margins and headers, a new page, numbering on
        Element landscape = sections.get(1);
        assertEquals("tbl", landscape.getParentNode().getParentNode().getPreviousSibling().getLocalName());
        assertEquals("16838", attribute(landscape, "pgSz", "w"));
        assertEquals("11906", attribute(landscape, "pgSz", "h"));
        assertEquals("landscape", attribute(landscape, "pgSz", "orient"));
        assertEquals("1985", attribute(landscape, "pgMar", "left"));
        assertEquals("nextPage", attribute(landscape, "type", "val"));
        assertEquals("", attribute(landscape, "pgNumType", "start"));
        assertEquals(0, landscape.getElementsByTagNameNS(W, "titlePg").getLength());
        assertEquals(1, landscape.getElementsByTagNameNS(W, "headerReference").getLength());
        // the rest: portrait again, a new page
        Element rest = sections.get(2);
        assertEquals("body", rest.getParentNode().getLocalName());
        assertEquals("11906", attribute(rest, "pgSz", "w"));
        assertEquals("nextPage", attribute(rest, "type", "val"));
        assertEquals(0, rest.getElementsByTagNameNS(W, "titlePg").getLength());
        assertEquals("Before the tableAfter the table", document.getDocumentElement().getTextContent().replace("cell", ""));
    }

    /** Phụ lục I's shape: the table opens its section, so the landscape part is the first, and keeps its start. */
    @Test
    void aWideTableThatOpensItsSectionTurnsWithoutAnEmptyPartBeforeIt() throws Exception {
        Document document = document(paragraph("Heading", PORTRAIT) + table(14850) + paragraph("After the table"), PORTRAIT);

        assertEquals(1, WideTablePages.turn(document).size());

        List<Element> sections = sections(document);
        assertEquals(3, sections.size(), "the heading's section, the table's, the rest");
        assertEquals("landscape", attribute(sections.get(1), "pgSz", "orient"));
        assertEquals("oddPage", attribute(sections.get(1), "type", "val"), "the table's part starts as the section did");
        assertEquals("1", attribute(sections.get(1), "pgNumType", "start"));
        assertEquals("nextPage", attribute(sections.get(2), "type", "val"));
        assertEquals("", attribute(sections.get(2), "pgNumType", "start"));
    }

    @Test
    void aWideTableThatEndsItsSectionTurnsTheSectionItself() throws Exception {
        Document document = document(paragraph("Before the table") + table(14850) + paragraph(""), PORTRAIT);

        WideTablePages.turn(document);

        List<Element> sections = sections(document);
        assertEquals(2, sections.size());
        assertEquals("", attribute(sections.get(0), "pgSz", "orient"), "the part before stays portrait");
        assertEquals("body", sections.get(1).getParentNode().getLocalName());
        assertEquals("landscape", attribute(sections.get(1), "pgSz", "orient"));
        assertEquals("nextPage", attribute(sections.get(1), "type", "val"));
    }

    @Test
    void onlyTablesOffTheirPortraitPaperThatFitLandscapePaperAreTurned() throws Exception {
        // into the right margin only: nothing of it is lost
        assertEquals(List.of(), WideTablePages.turn(document(table(9500), PORTRAIT)));
        // wider than the text, but moved left into the margin so that it stays on the paper (Phụ lục IV's tables)
        assertEquals(List.of(), WideTablePages.turn(document(table(10670).replace("</w:tblPr>",
                "<w:tblInd w:w=\"-923\" w:type=\"dxa\"/></w:tblPr>"), PORTRAIT)));
        // as wide, centred between the margins: off the paper on the right, on it in landscape
        assertEquals(1, WideTablePages.turn(document(table(12500).replace("</w:tblPr>",
                "<w:jc w:val=\"center\"/></w:tblPr>"), PORTRAIT)).size());
        // wider than landscape paper too: turning would not save it (the words check reports it)
        assertEquals(List.of(), WideTablePages.turn(document(table(20000), PORTRAIT)));
        String landscape = PORTRAIT.replace("w:w=\"11906\" w:h=\"16838\"", "w:w=\"16838\" w:h=\"11906\"");
        assertEquals(List.of(), WideTablePages.turn(document(table(14850), landscape)));
        assertEquals(List.of(), WideTablePages.turn(document(table(14850), "<w:sectPr/>")), "no paper size given");
    }

    @Test
    void theCopyIsWhatLibreOfficeIsGivenAndTheOriginalStaysAsItWas() throws Exception {
        Path original = docx(work.resolve("phu-luc.docx"), paragraph("Heading", PORTRAIT) + table(14850)
                + paragraph("After the table"), PORTRAIT);
        byte[] before = Files.readAllBytes(original);
        ConversionRequest request = Pdfs.request(original, work.resolve("out/phu-luc.pdf"));
        Files.createDirectories(work.resolve("out"));

        Path copy;
        try (WideTableCopy laidOut = WideTableCopy.of(request)) {
            copy = laidOut.request().source();
            assertNotEquals(original, copy);
            assertEquals("phu-luc.docx", copy.getFileName().toString(), "LibreOffice takes the title from the name");
            ConvertedPdf pdf = laidOut.withFacts(new ConvertedPdf("born-digital", PdfaLevel.PDFA_2U, 1, List.of(),
                    java.util.Map.of(), List.of(), null));
            assertEquals("26.2 cm wide, on paper 21.0 cm wide (left margin 3.5 cm)", pdf.facts().get(WideTableCopy.FACT));
            assertTrue(pdf.warnings().get(0).contains("landscape pages"), pdf.warnings()::toString);
            assertTrue(org.earchive.metadata.ProcessingEvents.from(pdf.facts()).stream()
                    .anyMatch(event -> event.key().equals("landscape-tables") && event.type().equals("modification")),
                    "the PREMIS record tells the layout was changed");
        }
        assertFalse(Files.exists(copy), "the copy is deleted on close");
        assertArrayEquals(before, Files.readAllBytes(original));
        try (var left = Files.list(work.resolve("out"))) {
            assertEquals(0, left.count(), "no scratch folder left");
        }
        // a document without wide tables is given as it is
        Path narrow = docx(work.resolve("narrow.docx"), table(8000), PORTRAIT);
        try (WideTableCopy laidOut = WideTableCopy.of(Pdfs.request(narrow, work.resolve("out/narrow.pdf")))) {
            assertEquals(narrow, laidOut.request().source());
        }
    }

    private static List<Element> sections(Document document) {
        NodeList found = document.getElementsByTagNameNS(W, "sectPr");
        List<Element> sections = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            sections.add((Element) found.item(i));
        }
        return sections;
    }

    private static String attribute(Element sectPr, String child, String name) {
        NodeList found = sectPr.getElementsByTagNameNS(W, child);
        return found.getLength() == 0 ? "" : ((Element) found.item(0)).getAttributeNS(W, name);
    }

    private static String paragraph(String text) {
        return paragraph(text, null);
    }

    private static String paragraph(String text, String sectPr) {
        return "<w:p>" + (sectPr == null ? "" : "<w:pPr>" + sectPr + "</w:pPr>")
                + (text.isEmpty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p>";
    }

    /** A two-column table of the given width in twips, with a row of text. */
    private static String table(int width) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\""
                + width / 2 + "\"/><w:gridCol w:w=\"" + (width - width / 2) + "\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl>";
    }

    private static String documentXml(String body, String bodySectPr) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + bodySectPr + "</w:body></w:document>";
    }

    private static Document document(String body, String bodySectPr) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                documentXml(body, bodySectPr).getBytes(StandardCharsets.UTF_8)));
    }

    private static Path docx(Path file, String body, String bodySectPr) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                    + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml(body, bodySectPr));
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
