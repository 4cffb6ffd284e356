package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PRONOM identifiers detect gives are the ones PRONOM's signatures give (DROID's code and signature files), for
 * the formats a records office sends: where a hand table had no id (ZIP) or the wrong one (Excel 95 called Excel 97,
 * every ODT called 1.2), and where the version lives in the bytes (PDF 1.4 against 1.7, a PDF/A-2b claim).
 */
class PronomIdentificationTest {

    private static final TikaDetector DETECTOR = new TikaDetector();

    @TempDir
    Path folder;

    @Test
    void aZipOfRecordsIsPronomsZipFormat() throws IOException {
        Path zip = folder.resolve("ho-so-2019.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("cong-van.txt"));
            out.write("Công văn số 12/UBND\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Detection detection = DETECTOR.detect(zip);
        assertEquals("x-fmt/263", detection.puid());
        assertEquals("ZIP Format", detection.formatName());
    }

    @Test
    void aWordDocumentIsIdentifiedByWhatItsContainerHolds() throws IOException {
        Detection detection = DETECTOR.detect(Fixtures.root().resolve("detect/bao-cao.docx"));
        assertEquals("fmt/412", detection.puid());
        assertEquals("Microsoft Word for Windows 2007 onwards", detection.formatName());
    }

    @Test
    void anOpenDocumentTextGetsTheIdOfItsVersion() throws IOException {
        assertEquals("fmt/291", DETECTOR.detect(odt("1.2")).puid(), "ODT 1.2");
        Detection newest = DETECTOR.detect(odt("1.3"));
        assertEquals("fmt/1756", newest.puid(), "ODT 1.3, known from the newer container signature file");
        assertEquals("Open Document Text 1.3", newest.formatName());
    }

    @Test
    void aPdfIsIdentifiedByTheVersionInItsHeader() throws IOException {
        assertEquals("fmt/18", DETECTOR.detect(pdf("1.4", 1.4f)).puid());
        Detection seventeen = DETECTOR.detect(pdf("1.7", 1.7f));
        assertEquals("fmt/276", seventeen.puid());
        assertEquals("Acrobat PDF 1.7 - Portable Document Format", seventeen.formatName());
    }

    @Test
    void aPdfClaimingPdfA2bInItsMetadataIsPdfA2b() throws IOException {
        Detection detection = DETECTOR.detect(Fixtures.root().resolve("detect/claims-pdfa-2b.pdf"));
        assertEquals("fmt/477", detection.puid());
        assertEquals("Acrobat PDF/A - Portable Document Format 2b", detection.formatName());
    }

    @Test
    void aPdfAEarchiveWroteIsWhatTikaAndDroidWouldSayOfIt() throws IOException {
        // the descriptions of a converted document name its PDF/A from the level veraPDF confirmed, without reading
        // the file again: the same media type, PRONOM id, name and version as reading it and taking its claim
        Path written = Fixtures.root().resolve("detect/claims-pdfa-2b.pdf");
        for (PdfaLevel level : PdfaLevel.values()) {
            Detection read = DETECTOR.detect(written).withPdfaClaim(level.label());
            Detection known = Detection.ofWrittenPdfa(level.label());
            assertNotNull(known, level.label());
            assertEquals(read.mime(), known.mime(), level.label());
            assertEquals(read.puid(), known.puid(), level.label());
            assertEquals(read.format(), known.format(), level.label());
            assertEquals(read.formatVersion(), known.formatVersion(), level.label());
        }
        assertEquals("fmt/478", Detection.ofWrittenPdfa("PDF/A-2u").puid());
        assertNull(Detection.ofWrittenPdfa("PDF/UA-1"), "not a PDF/A level: the file is read");
    }

    @Test
    void scansAreIdentifiedAsTheirImageFormat() throws IOException {
        assertEquals("fmt/353", DETECTOR.detect(Fixtures.root().resolve("samples/scans/bao-cao-300dpi-g4.tif")).puid());
        Detection jpeg = DETECTOR.detect(Fixtures.root().resolve("samples/scans/cong-van-200dpi.jpg"));
        assertTrue(jpeg.puid().matches("fmt/4[1-4]|fmt/645"), jpeg.puid());
        assertEquals("image/jpeg", jpeg.mime(), "the media type that routes it is Tika's, as before");
    }

    @Test
    void anExcel95WorkbookIsNotCalledExcel97() throws IOException {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        Detection excel95 = DETECTOR.detect(corpus.resolve("tika/testEXCEL_95.xls"));
        assertEquals("fmt/59", excel95.puid());
        assertTrue(excel95.formatName().startsWith("Microsoft Excel 5.0/95 Workbook"), excel95.formatName());
        assertEquals("fmt/61", DETECTOR.detect(corpus.resolve("tika/testEXCEL.xls")).puid(), "Excel 97 stays 97");
    }

    @Test
    void textIsIdentifiedByWhatItHoldsNotByAMisleadingName() throws IOException {
        Path named = Files.writeString(folder.resolve("bao-cao.docx"), "Báo cáo tổng kết\n", StandardCharsets.UTF_8);
        Detection detection = DETECTOR.detect(named);
        assertEquals("text/plain", detection.mime());
        assertEquals("x-fmt/111", detection.puid(), "PRONOM's plain text, not Word by the name");
        assertEquals("x-fmt/111", DETECTOR.detect(Files.writeString(folder.resolve("bao-cao.txt"), "Báo cáo\n")).puid());
    }

    @Test
    void aZipBombIsNotOpenedToBeIdentified() throws IOException {
        // its document part declares 100 MB from 100 KB: the container signatures would read it whole
        Detection detection = DETECTOR.detect(Fixtures.root().resolve("detect/hostile-zip-bomb.docx"));
        assertEquals("x-fmt/263", detection.puid(), "the binary signatures' answer (a ZIP), its members unread");
    }

    @Test
    void aFileNoSignatureOrExtensionNamesHasNoPuid() throws IOException {
        Path unknown = Files.write(folder.resolve("du-lieu"), new byte[] {0x13, 0x37, 0x00, 0x42, 0x7f});
        Detection detection = DETECTOR.detect(unknown);
        assertNull(detection.puid());
        assertNotNull(detection.formatName(), "a name a person can read is still given");
    }

    /** A minimal OpenDocument text of the given version, stored as ODF requires (mimetype first, uncompressed). */
    private Path odt(String version) throws IOException {
        Path file = folder.resolve("van-ban-" + version + ".odt");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            out.putNextEntry(first);
            out.write(mimetype);
            out.closeEntry();
            entry(out, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"" + version + "\">"
                    + "<office:body><office:text><text:p>Văn bản</text:p></office:text></office:body>"
                    + "</office:document-content>");
            entry(out, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\""
                    + version + "\"><manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" + version + "\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry"
                    + " manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        }
        return file;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private Path pdf(String name, float version) throws IOException {
        Path file = folder.resolve("v" + name + ".pdf");
        try (PDDocument document = new PDDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.addPage(new PDPage());
            document.getDocument().setVersion(version); // the header's version, which PDFBox otherwise keeps at 1.4
            document.save(out, CompressParameters.NO_COMPRESSION); // object streams would make PDFBox write 1.6
        }
        assertEquals("%PDF-" + name, new String(Files.readAllBytes(file), 0, 8, StandardCharsets.US_ASCII));
        return file;
    }
}
