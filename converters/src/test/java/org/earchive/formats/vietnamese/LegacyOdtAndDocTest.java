package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fixtures/legacy's ODT and DOC files (made by LibreOffice from the hand-written RTFs): the ODT's Unicode copy
 * and the DOC's words put into Tika's reading give the Công văn's text, each part of the mixed one right.
 */
class LegacyOdtAndDocTest {

    @TempDir
    Path folder;

    private static String congVan() throws Exception {
        return flat(Normalizer.normalize(Fixtures.sourceText("cong-van.txt"), Normalizer.Form.NFC));
    }

    @Test
    void odtCopiesReadAsTheUnicodeText() throws Exception {
        for (String name : new String[] {"cong-van-tcvn3.odt", "cong-van-vni.odt", "cong-van-mixed.odt"}) {
            Path copy = folder.resolve(name);
            LegacyRuns runs = LegacyOdt.convert(Fixtures.root().resolve("legacy").resolve(name), copy);
            assertEquals(name.contains("vni") ? LegacyEncoding.VNI : LegacyEncoding.TCVN3, runs.encoding(), name);
            assertEquals(congVan(), flat(tika(copy)), name);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                assertEquals("mimetype", zip.entries().nextElement().getName(), "ODF wants the mimetype entry first");
                String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(content.contains("svg:font-family=\".VnTime"), "the legacy faces are declared as Unicode ones");
            }
        }
    }

    @Test
    void docWordsPutIntoTikasReadingGiveTheUnicodeText() throws Exception {
        for (String name : new String[] {"cong-van-tcvn3.doc", "cong-van-vni.doc", "cong-van-mixed.doc"}) {
            Path doc = Fixtures.root().resolve("legacy").resolve(name);
            LegacyDoc words = LegacyDoc.read(doc);
            assertEquals(name.contains("vni") ? LegacyEncoding.VNI : LegacyEncoding.TCVN3, words.runs().encoding(), name);
            assertEquals(0, words.ambiguous(), name);
            assertEquals(congVan(), flat(words.apply(tika(doc))), name);
        }
    }

    @Test
    void aUnicodeDocumentIsNotCopied() throws Exception {
        Path copy = folder.resolve("copy.docx");
        assertNull(new LegacyDocx().convert(Fixtures.root().resolve("office/cong-van-times-new-roman.docx"), copy));
        assertFalse(Files.exists(copy));
    }

    private static String tika(Path file) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        org.apache.tika.parser.ParseContext context = new org.apache.tika.parser.ParseContext();
        org.apache.tika.parser.ocr.TesseractOCRConfig noOcr = new org.apache.tika.parser.ocr.TesseractOCRConfig();
        noOcr.setSkipOcr(true); // an ODT's thumbnail picture is not its text
        context.set(org.apache.tika.parser.ocr.TesseractOCRConfig.class, noOcr);
        try (InputStream in = Files.newInputStream(file)) {
            new AutoDetectParser().parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
