package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RTF read back by Tika's RTF parser, as the Java engine reads it, after the rewrite. */
class LegacyRtfTest {

    private static final String HEAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}"
            + "{\\f1\\froman{\\*\\panose 02020603050405020304}.VnTime;}{\\f2 .VnTimeH;}{\\f3 VNI-Times;}}\n";

    @TempDir
    Path folder;

    @Test
    void eachRunIsReadInItsFontsCodeAndUnicodeRunsAreLeftAlone() throws Exception {
        String rtf = HEAD
                + "\\pard\\plain\\f2 " + tcvn3("cộng hòa") + "\\par\n"                       // .VnTimeH: capitals
                + "\\pard\\plain\\f1 " + tcvn3("trước") + " {\\f2 " + tcvn3("ủ") + "}y ban\\par\n" // Ủ typed in .VnTimeH
                + "\\pard\\plain\\f0 Hà N\\u7897?i caf\\'e9\\par\n"                   // Unicode and Latin-1 in Times
                + "\\pard\\plain\\f3 " + escaped(LegacyEncoding.VNI.encode("Cộng hòa")) + "\\par\n"
                + "\\pard\\plain caf\\'e9\\par}";                                     // \plain: back to \deff0
        assertTrue(rtf.contains("\\'ad"), "TCVN3's ư is the soft hyphen byte");
        Result result = convert(rtf);
        assertEquals("CỘNG HÒA\ntrước Ủy ban\nHà Nội café\nCộng hòa\ncafé", result.text.strip());
        assertEquals(java.util.Set.of(".VnTime", ".VnTimeH", "VNI-Times"), result.runs.fonts());
        assertFalse(result.rtf.contains(".Vn"), result.rtf);
        assertFalse(result.rtf.contains("VNI-Times"), result.rtf);
    }

    @Test
    void picturesAndBinaryDataAreCopiedByteForByte() throws Exception {
        String picture = "{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}";
        String binary = "{\\*\\blob\\bin4 \u00ad\u00e9{}}";
        String rtf = HEAD + "\\pard\\plain\\f1 " + picture + binary + tcvn3("Công") + "\\par}";
        Result result = convert(rtf);
        assertTrue(result.rtf.contains(picture), result.rtf);
        assertTrue(result.rtf.contains(binary), result.rtf);
        assertTrue(result.text.contains("Công"), result.text);
    }

    @Test
    void aDocumentWithNoLegacyFontIsNotCopied() throws Exception {
        Path source = folder.resolve("plain.rtf");
        Files.writeString(source, "{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}}\\f0 caf\\'e9\\par}", StandardCharsets.ISO_8859_1);
        Path copy = folder.resolve("copy.rtf");
        assertNull(LegacyRtf.convert(source, copy));
        assertFalse(Files.exists(copy));
    }

    @Test
    void theCongVanFixtureReadsAsTheUnicodeText() throws Exception {
        Path source = org.earchive.fixtures.Fixtures.root().resolve("legacy/cong-van-tcvn3.rtf");
        Path copy = folder.resolve("copy.rtf");
        LegacyRuns runs = LegacyRtf.convert(source, copy);
        assertEquals(LegacyEncoding.TCVN3, runs.encoding());
        String expected = java.text.Normalizer.normalize(org.earchive.fixtures.Fixtures.sourceText("cong-van.txt"),
                java.text.Normalizer.Form.NFC);
        assertEquals(expected.replaceAll("\\s+", " ").strip(), tika(copy).replaceAll("\\s+", " ").strip());
    }

    private static String tcvn3(String unicode) {
        return escaped(LegacyEncoding.TCVN3.encode(unicode));
    }

    /** Bytes above 0x7F as RTF hex escapes. */
    private static String escaped(String legacy) {
        StringBuilder out = new StringBuilder();
        for (char c : legacy.toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : String.format("\\'%02x", (int) c));
        }
        return out.toString();
    }

    private record Result(String rtf, String text, LegacyRuns runs) {
    }

    private Result convert(String rtf) throws Exception {
        Path source = folder.resolve("in.rtf");
        Files.write(source, rtf.getBytes(StandardCharsets.ISO_8859_1));
        Path copy = folder.resolve("out.rtf");
        LegacyRuns runs = LegacyRtf.convert(source, copy);
        return new Result(Files.readString(copy, StandardCharsets.ISO_8859_1), tika(copy), runs);
    }

    static String tika(Path rtf) throws Exception {
        BodyContentHandler text = new BodyContentHandler();
        try (InputStream in = Files.newInputStream(rtf)) {
            new AutoDetectParser().parse(in, text, new Metadata());
        }
        return text.toString();
    }
}
