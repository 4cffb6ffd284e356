package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.HostileFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlPartsCheckTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "xxe|true",
            "laughs|true",
            "<!DOCTYPE office:document-content SYSTEM \"http://example.invalid/x.dtd\">|true",
            "<!DOCTYPE office:document-content SYSTEM \"file:///etc/passwd\">|true",
            "<!DOCTYPE office:document-content PUBLIC \"-//x//y\" \"/etc/passwd\">|true",
            "<!DOCTYPE math:math PUBLIC \"-//OpenOffice.org//DTD Modified W3C MathML 1.01//EN\" \"math.dtd\">|false",
            "<!-- a comment, no DOCTYPE -->|false"})
    void doctypesThatDeclareEntitiesOrReachOutsideAreFound(String doctype, boolean hostile) throws Exception {
        String declared = switch (doctype) {
            case "xxe" -> HostileFiles.XXE_DOCTYPE;
            case "laughs" -> HostileFiles.LAUGHS_DOCTYPE;
            default -> doctype;
        };
        Path odt = work.resolve("t.odt");
        Files.write(odt, HostileFiles.odtWithDoctype(declared, false));
        assertEquals(hostile ? "content.xml" : null, XmlPartsCheck.partWithDoctype(odt));
    }

    @org.junit.jupiter.api.Test
    void xmlNestedDeeperThanAnyRealDocumentIsFoundAndARealDocumentPasses() throws Exception {
        Path deep = work.resolve("deep.docx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(deep))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"urn:w\">" + "<w:sdt>".repeat(5_000) + "</w:sdt>".repeat(5_000)
                    + "</w:document>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("word/document.xml " + (XmlPartsCheck.MAX_DEPTH + 1), XmlPartsCheck.partNestedTooDeep(deep));
        assertEquals(null, XmlPartsCheck.partNestedTooDeep(org.earchive.fixtures.Fixtures.root().resolve("detect/bao-cao.docx")));
    }

    @org.junit.jupiter.api.Test
    void partsThatAreNotXmlAtAllPassSilently() throws Exception {
        // an encrypted ODT: its parts keep their names, their bytes are ciphertext
        Path encrypted = work.resolve("encrypted.odt");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(encrypted))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(new byte[] {(byte) 0xcb, (byte) 0xf2, 0x12, (byte) 0x85, (byte) 0xb5, 0x00, 0x41});
            zip.closeEntry();
        }
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(null, XmlPartsCheck.partNestedTooDeep(encrypted), "the readers say what is wrong with it");
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing on the clerk's console");
    }
}
