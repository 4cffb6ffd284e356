package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fixtures/legacy/ as a clerk would convert it: every TCVN3, VNI and VISCII document comes out as Unicode text
 * (PDFBox's extraction has the Công văn's words), with the same metadata as the Unicode Công văn, and the
 * report saying which code was converted; the French letter is left alone. The Java engine, so the test
 * runs anywhere (LibreOffice is given the same Unicode copy of a DOCX).
 */
class LegacyVietnameseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("cong-van-tcvn3.txt", "tcvn3"), Map.entry("cong-van-vni.txt", "vni"),
            Map.entry("cong-van-viscii.txt", "viscii"), Map.entry("cong-van-tcvn3.html", "tcvn3"),
            Map.entry("cong-van-tcvn3.docx", "tcvn3"), Map.entry("cong-van-vni.docx", "vni"),
            Map.entry("cong-van-mixed.docx", "tcvn3"), Map.entry("cong-van-tcvn3.rtf", "tcvn3"),
            Map.entry("cong-van-vni.rtf", "vni"), Map.entry("cong-van-mixed.rtf", "tcvn3"),
            Map.entry("cong-van-tcvn3.doc", "tcvn3"), Map.entry("cong-van-vni.doc", "vni"),
            Map.entry("cong-van-mixed.doc", "tcvn3"), Map.entry("cong-van-tcvn3.odt", "tcvn3"),
            Map.entry("cong-van-vni.odt", "vni"), Map.entry("cong-van-mixed.odt", "tcvn3"),
            Map.entry("thu-tcvn3.eml", "tcvn3"), Map.entry("thu-viscii.eml", "viscii"),
            Map.entry("cong-van-tcvn3.pdf", "tcvn3"), Map.entry("so-cong-van-tcvn3.xls", "tcvn3"),
            Map.entry("so-cong-van-tcvn3.xlsx", "tcvn3"));
    private static final Map<String, String> CODE_NAMES = Map.of("tcvn3", "TCVN3", "vni", "VNI", "viscii", "VISCII");

    @TempDir
    Path out;

    @Test
    void everyLegacyDocumentBecomesUnicodeTextWithTheUnicodeDocumentsMetadata() throws Exception {
        Cli convert = Cli.run("convert", Fixtures.root().resolve("legacy"), "--out", out, "--engine", "java", "--quiet");
        assertEquals(0, convert.exitCode(), convert::toString);
        checkConverted(out, EXPECTED.size() + 1);
    }

    /** LibreOffice is given Unicode copies (a DOC through its own DOCX), never the mojibake. */
    @Test
    void libreOfficeLaysOutTheUnicodeCopies() throws Exception {
        LibreOfficePool installed = LibreOfficePool.find(1, 60_000);
        if (installed == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            fail("CI installs LibreOffice, but it was not found");
        }
        assumeTrue(installed != null, "LibreOffice is not installed here");
        Path in = Files.createDirectories(out.resolve("office-in"));
        for (String name : EXPECTED.keySet()) {
            if (name.matches(".*\\.(docx?|rtf|odt|xlsx?)$")) {
                Files.copy(Fixtures.root().resolve("legacy").resolve(name), in.resolve(name));
            }
        }
        Path converted = out.resolve("office-out");
        Cli convert = Cli.run("convert", in, "--out", converted, "--engine", "libreoffice", "--jobs", "1", "--quiet");
        assertEquals(0, convert.exitCode(), convert::toString);
        JsonNode report = checkConverted(converted, 14);
        for (JsonNode document : report.get("documents")) {
            assertTrue(document.get("facts").get("engine").asText().startsWith("LibreOffice"), document.toString());
        }
    }

    /** --legacy-encoding off converts nothing, and a rerun with auto converts again (the journal's fingerprint). */
    @Test
    void offLeavesTheBytesAndARerunWithAutoConvertsAgain() throws Exception {
        Path in = Files.createDirectories(out.resolve("off-in"));
        Files.copy(Fixtures.root().resolve("legacy/cong-van-tcvn3.rtf"), in.resolve("cong-van-tcvn3.rtf"));
        Path converted = out.resolve("off-out");
        Cli off = Cli.run("convert", in, "--out", converted, "--engine", "java", "--legacy-encoding", "off", "--quiet");
        assertEquals(0, off.exitCode(), off::toString);
        assertFalse(PdfText.extract(converted.resolve("cong-van-tcvn3.pdf")).contains("Cộng"));
        assertFalse(Files.readString(converted.resolve("cong-van-tcvn3.premis.xml")).contains("character encoding"));
        Cli auto = Cli.run("convert", in, "--out", converted, "--engine", "java", "--quiet");
        assertEquals(0, auto.exitCode(), auto::toString);
        assertTrue(PdfText.extract(converted.resolve("cong-van-tcvn3.pdf")).contains("CỘNG HÒA"));
        assertTrue(Files.readString(converted.resolve("cong-van-tcvn3.premis.xml"))
                .contains("character encoding TCVN3 -&gt; Unicode"));
        Cli bad = Cli.run("convert", in, "--out", converted, "--legacy-encoding", "latin1");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("auto, tcvn3, vni, viscii or off"), bad::toString);
    }

    private JsonNode checkConverted(Path out, int documents) throws Exception {
        Cli unicode = Cli.run("convert", Fixtures.samples().resolve("cong-van-windows-1258.txt"), "--out",
                out.resolve("unicode"), "--quiet");
        assertEquals(0, unicode.exitCode(), unicode::toString);
        Map<String, String> unicodeMetadata = describedFields(out.resolve("unicode/cong-van-windows-1258.xml"));
        assertFalse(unicodeMetadata.get("codeNumber").isEmpty(), unicodeMetadata::toString);

        String source = Fixtures.sourceText("cong-van.txt");
        Map<String, Integer> sourceWords = words(source);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(documents, report.get("documents").size());
        for (JsonNode document : report.get("documents")) {
            String name = document.get("source").asText();
            assertEquals("converted", document.get("status").asText(), document.toString());
            boolean mail = name.endsWith(".eml"); // kept whole in a PDF/A-3, described by its headers
            assertEquals(mail ? "PDF/A-3u" : "PDF/A-2u", document.get("pdfaLevel").asText(), document.toString());
            String pdf = outputEndingWith(document, ".pdf");
            String text = PdfText.extract(out.resolve(pdf));
            if (name.equals("lettre-windows-1252.txt")) {
                assertFalse(document.get("facts").has("legacyEncoding"), document.toString());
                String flowing = text.replaceAll("\\s+", " ");
                assertTrue(flowing.contains("Étaient présents") && flowing.contains("déjà pleins"), text);
                continue;
            }
            assertEquals(EXPECTED.get(name), document.get("facts").path("legacyEncoding").asText(), document.toString());
            assertTheCongVansWords(name + " (PDFBox)", text, sourceWords);
            String poppler = pdftotext(out.resolve(pdf));
            if (poppler != null) {
                assertTheCongVansWords(name + " (pdftotext)", poppler, sourceWords);
            }
            if (!mail) {
                assertEquals(unicodeMetadata, describedFields(out.resolve(outputEndingWith(document, ".xml"))), name);
            }
            String premis = Files.readString(out.resolve(outputEndingWith(document, ".premis.xml", true)));
            assertTrue(premis.contains("<premis:eventType>migration</premis:eventType>"), name + ": " + premis);
            assertTrue(premis.contains("character encoding " + CODE_NAMES.get(EXPECTED.get(name)) + " -&gt; Unicode"), name);
        }
        return report;
    }

    /** Word recall of at least 0.98 against the Công văn, and no word with non-ASCII letters it does not have. */
    private static void assertTheCongVansWords(String what, String text, Map<String, Integer> sourceWords) {
        Map<String, Integer> got = words(text);
        int total = 0;
        int found = 0;
        for (Map.Entry<String, Integer> word : sourceWords.entrySet()) {
            total += word.getValue();
            found += Math.min(word.getValue(), got.getOrDefault(word.getKey(), 0));
        }
        double recall = (double) found / total;
        assertTrue(recall >= 0.98, what + ": word recall " + recall + "\n" + text);
        Set<String> strays = got.keySet().stream()
                .filter(word -> word.chars().anyMatch(c -> c > 0x7F) && !sourceWords.containsKey(word))
                .collect(Collectors.toSet());
        assertTrue(strays.isEmpty(), what + ": words that are not the Công văn's: " + strays);
    }

    /** Poppler's reading of the PDF, as a second extractor; null where poppler-utils is not installed. */
    private static String pdftotext(Path pdf) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException notInstalled) {
            return null;
        }
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pdftotext failed on " + pdf);
        return text;
    }

    @Test
    void detectSaysWhichCodeAndWhy() throws Exception {
        Cli detect = Cli.run("detect", Fixtures.root().resolve("legacy"), "--json");
        assertEquals(0, detect.exitCode(), detect::toString);
        Map<String, JsonNode> byName = new HashMap<>();
        for (String line : detect.out().lines().toList()) {
            JsonNode node = JSON.readTree(line);
            byName.put(Path.of(node.get("path").asText()).getFileName().toString(), node);
        }
        assertEquals("tcvn3", byName.get("cong-van-tcvn3.txt").get("legacyEncoding").asText());
        assertTrue(byName.get("cong-van-tcvn3.txt").get("legacyEvidence").asText().contains("Vietnamese syllables"));
        assertEquals("vni", byName.get("cong-van-vni.txt").get("legacyEncoding").asText());
        assertEquals("viscii", byName.get("cong-van-viscii.txt").get("legacyEncoding").asText());
        assertEquals("tcvn3", byName.get("cong-van-tcvn3.html").get("legacyEncoding").asText());
        assertTrue(byName.get("cong-van-tcvn3.html").get("legacyEvidence").asText().contains(".VnTime"));
        assertFalse(byName.get("lettre-windows-1252.txt").has("legacyEncoding"));
        for (String name : new String[] {"cong-van-tcvn3.doc", "cong-van-mixed.rtf", "cong-van-tcvn3.odt",
                "cong-van-tcvn3.pdf", "thu-tcvn3.eml", "so-cong-van-tcvn3.xlsx"}) {
            assertEquals("tcvn3", byName.get(name).path("legacyEncoding").asText(), name);
            assertTrue(byName.get(name).get("legacyEvidence").asText().contains(".VnTime"), name);
        }
        assertEquals("vni", byName.get("cong-van-vni.doc").path("legacyEncoding").asText());
        Cli off = Cli.run("detect", Fixtures.root().resolve("legacy/cong-van-tcvn3.docx"), "--json",
                "--legacy-encoding", "off");
        assertFalse(off.out().contains("legacyEncoding"), off::toString);
    }

    private static String outputEndingWith(JsonNode document, String suffix) {
        return outputEndingWith(document, suffix, false);
    }

    private static String outputEndingWith(JsonNode document, String suffix, boolean premis) {
        for (JsonNode output : document.get("outputs")) {
            if (output.asText().endsWith(suffix) && (premis || !output.asText().endsWith(".premis.xml"))) {
                return output.asText();
            }
        }
        throw new AssertionError("no " + suffix + " output in " + document);
    }

    /** số, ký hiệu, ngày, trích yếu and cơ quan ban hành as the descriptive XML has them. */
    private static Map<String, String> describedFields(Path xml) throws Exception {
        String content = Files.readString(xml);
        Map<String, String> fields = new HashMap<>();
        for (String field : new String[] {"codeNumber", "codeNotation", "issuedDate", "subject", "organName"}) {
            Matcher value = Pattern.compile("<" + field + ">([^<]*)</" + field + ">").matcher(content);
            fields.put(field, value.find() ? value.group(1) : "");
        }
        return fields;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (word.find()) {
            counts.merge(word.group(), 1, Integer::sum);
        }
        return counts;
    }
}
