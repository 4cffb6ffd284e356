package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fixtures/legacy/ as a clerk would convert it, as the done-when matrix: every kind (TXT, HTML, DOCX, DOC,
 * RTF, PDF, and ODT, XLS/XLSX, e-mail) in every legacy code (TCVN3, VNI, VISCII) comes out as Unicode text — word
 * recall at least 0.98 against the Công văn in both PDFBox's and pdftotext's reading, no word that is not the
 * Công văn's — with the same số, ký hiệu, ngày and trích yếu as the Unicode Công văn and the PREMIS encoding
 * event; the French and German Windows-1252 letters are left alone. The folder is converted once with the Java
 * engine and, where LibreOffice is installed, the office files once more with it (one run, one pool).
 */
class LegacyVietnameseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final List<String> KINDS = List.of("txt", "html", "docx", "doc", "rtf", "pdf");
    private static final List<String> CODES = List.of("tcvn3", "vni", "viscii");
    /** Beyond the matrix: ODT, a document half Unicode half TCVN3, spreadsheets, e-mails. */
    private static final Map<String, String> MORE = Map.ofEntries(
            Map.entry("cong-van-tcvn3.odt", "tcvn3"), Map.entry("cong-van-vni.odt", "vni"),
            Map.entry("cong-van-viscii.odt", "viscii"), Map.entry("cong-van-mixed.docx", "tcvn3"),
            Map.entry("cong-van-mixed.rtf", "tcvn3"), Map.entry("cong-van-mixed.doc", "tcvn3"),
            Map.entry("cong-van-mixed.odt", "tcvn3"), Map.entry("so-cong-van-tcvn3.xls", "tcvn3"),
            Map.entry("so-cong-van-tcvn3.xlsx", "tcvn3"), Map.entry("thu-tcvn3.eml", "tcvn3"),
            Map.entry("thu-viscii.eml", "viscii"), Map.entry("cong-van-tcvn3-gop-y.doc", "tcvn3"));
    /** Western-European letters, and the text each must keep. */
    private static final Map<String, String> WESTERN = Map.of(
            "lettre-windows-1252.txt", "french", "lettre-windows-1252.html", "french",
            "brief-windows-1252.txt", "german", "brief-windows-1252.rtf", "german", "brief-windows-1252.doc", "german");
    private static final Map<String, String> CODE_NAMES = Map.of("tcvn3", "TCVN3", "vni", "VNI", "viscii", "VISCII");
    private static final String OFFICE = ".*\\.(docx?|rtf|odt|xlsx?)$";

    @TempDir
    static Path runs;
    private static Run javaRun;
    private static Run officeRun;
    private static Map<String, String> unicodeMetadata;

    @TempDir
    Path out;

    /** One engine's conversion of a folder: the report's documents by source name, where the outputs are. */
    private record Run(Path out, Map<String, JsonNode> documents) {
    }

    static Stream<Arguments> legacyDocuments() {
        List<Arguments> rows = new ArrayList<>();
        for (String kind : KINDS) {
            for (String code : CODES) {
                String name = "cong-van-" + code + "." + kind;
                rows.add(Arguments.of(name, code, "java"));
                if (name.matches(OFFICE)) {
                    rows.add(Arguments.of(name, code, "libreoffice"));
                }
            }
        }
        new TreeMap<>(MORE).forEach((name, code) -> {
            rows.add(Arguments.of(name, code, "java"));
            if (name.matches(OFFICE)) {
                rows.add(Arguments.of(name, code, "libreoffice"));
            }
        });
        return rows.stream();
    }

    static Stream<Arguments> westernDocuments() {
        List<Arguments> rows = new ArrayList<>();
        new TreeMap<>(WESTERN).forEach((name, language) -> {
            rows.add(Arguments.of(name, language, "java"));
            if (name.matches(OFFICE)) {
                rows.add(Arguments.of(name, language, "libreoffice"));
            }
        });
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} ({2} engine)")
    @MethodSource("legacyDocuments")
    void becomesUnicodeTextWithTheUnicodeDocumentsMetadata(String name, String code, String engine) throws Exception {
        Run run = run(engine);
        JsonNode document = converted(run, name);
        boolean mail = name.endsWith(".eml"); // kept whole in a PDF/A-3, described by its headers
        assertEquals(mail ? "PDF/A-3u" : "PDF/A-2u", document.get("pdfaLevel").asText(), document.toString());
        if (engine.equals("libreoffice")) {
            assertTrue(document.get("facts").get("engine").asText().startsWith("LibreOffice"), document.toString());
        }
        assertEquals(code, document.get("facts").path("legacyEncoding").asText(), document.toString());
        assertBothReadingsHaveTheWords(name, run.out().resolve(outputEndingWith(document, ".pdf")),
                Fixtures.sourceText("cong-van.txt"));
        if (!mail) {
            assertEquals(unicodeMetadata(), describedFields(run.out().resolve(outputEndingWith(document, ".xml"))), name);
        }
        String premis = Files.readString(run.out().resolve(outputEndingWith(document, ".premis.xml", true)));
        assertTrue(premis.contains("<premis:eventType>migration</premis:eventType>"), name + ": " + premis);
        assertTrue(premis.contains("character encoding " + CODE_NAMES.get(code) + " -&gt; Unicode"), name);
    }

    /**
     * A TCVN3 Word 97-2003 file with a review comment ("Kiem tra lai so lieu ..."): LibreOffice copied it to DOCX
     * with a view, where Writer drew the comment and Debian's Writer without its dialogs crashed, twice, and the
     * Java engine took the file. Now it is copied without a view, laid out by LibreOffice, its comment the PDF's own.
     */
    @Test
    void aLegacyWordFileWithACommentIsLaidOutByLibreOfficeItsCommentThePdfsOwn() throws Exception {
        Run run = run("libreoffice");
        JsonNode document = converted(run, "cong-van-tcvn3-gop-y.doc");
        assertTrue(document.get("facts").get("engine").asText().startsWith("LibreOffice"), document.toString());
        assertEquals("1", document.get("facts").path("comments").asText(), document.toString());
        assertEquals(0, document.get("warnings").size(), document.toString());
        Path pdf = run.out().resolve(outputEndingWith(document, ".pdf"));
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var notes = read.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText).toList();
            assertEquals(1, notes.size());
            assertEquals("Kiem tra lai so lieu truoc khi ban hanh", notes.get(0).getContents());
        }
    }

    /** 0 Western-European files changed: no code named, no encoding event, the letter's own words. */
    @ParameterizedTest(name = "{0} ({2} engine)")
    @MethodSource("westernDocuments")
    void westernEuropeanTextIsLeftAlone(String name, String language, String engine) throws Exception {
        Run run = run(engine);
        JsonNode document = converted(run, name);
        assertFalse(document.get("facts").has("legacyEncoding"), document.toString());
        assertBothReadingsHaveTheWords(name, run.out().resolve(outputEndingWith(document, ".pdf")),
                Fixtures.westernLetter(language));
        String premis = Files.readString(run.out().resolve(outputEndingWith(document, ".premis.xml", true)));
        assertFalse(premis.contains("character encoding"), name);
    }

    /** The document's row of the report, converted. */
    private static JsonNode converted(Run run, String name) {
        JsonNode document = run.documents().get(name);
        assertNotNull(document, name + " is not in the report");
        assertEquals("converted", document.get("status").asText(), document.toString());
        return document;
    }

    /** PDFBox's and (where installed) poppler's readings of the PDF both have the source's words, and no other. */
    private static void assertBothReadingsHaveTheWords(String name, Path pdf, String sourceText) throws Exception {
        Map<String, Integer> source = words(sourceText);
        assertSameWords(name + " (PDFBox)", PdfText.extract(pdf), source);
        String poppler = pdftotext(pdf);
        if (poppler != null) {
            assertSameWords(name + " (pdftotext)", poppler, source);
        }
    }

    /** Every file of fixtures/legacy is converted (a fixture added without a row here still must convert). */
    @Test
    void everyLegacyFixtureConverts() throws Exception {
        Run run = run("java");
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("legacy"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".mbox")) {
                    // a mailbox is a container since issue 26: unpacked, each message converted on its own row
                    assertEquals("unpacked", run.documents().get(name).get("status").asText(), name);
                    continue;
                }
                converted(run, name);
                assertTrue(MORE.containsKey(name) || WESTERN.containsKey(name) || name.endsWith(".mbox")
                        || name.equals("thu-bang-chung-yeu.eml")
                        || name.matches("cong-van-(tcvn3|vni|viscii)\\.(txt|html|docx|doc|rtf|pdf)"), name + " has no row");
            }
        }
    }

    /** An e-mail body with a few TCVN3-looking words among others is left as it is, with a warning. */
    @Test
    void weakEvidenceInAnEmailIsLeftAloneAndSaid() throws Exception {
        JsonNode document = converted(run("java"), "thu-bang-chung-yeu.eml");
        assertFalse(document.get("facts").has("legacyEncoding"), document.toString());
        assertTrue(document.get("warnings").toString().contains("the evidence is weak"), document.toString());
    }

    /**
     * The folder converted with {@code engine} (LibreOffice: its office files only), once for the whole class.
     * LibreOffice is given Unicode copies (a DOC through its own DOCX), never the mojibake.
     */
    private static synchronized Run run(String engine) throws Exception {
        if (engine.equals("java")) {
            if (javaRun == null) {
                javaRun = convert(Fixtures.root().resolve("legacy"), runs.resolve("java"), "java");
            }
            return javaRun;
        }
        if (officeRun == null) {
            LibreOfficePool installed = LibreOfficePool.find(1, 60_000);
            if (installed == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
                fail("CI installs LibreOffice, but it was not found");
            }
            assumeTrue(installed != null, "LibreOffice is not installed here");
            Path in = Files.createDirectories(runs.resolve("office-in"));
            try (Stream<Path> files = Files.list(Fixtures.root().resolve("legacy"))) {
                for (Path file : files.toList()) {
                    if (file.getFileName().toString().matches(OFFICE)) {
                        Files.copy(file, in.resolve(file.getFileName()));
                    }
                }
            }
            officeRun = convert(in, runs.resolve("office"), "libreoffice");
        }
        return officeRun;
    }

    private static Run convert(Path in, Path out, String engine) throws Exception {
        Cli convert = engine.equals("java")
                ? Cli.run("convert", in, "--out", out, "--engine", engine, "--quiet")
                : Cli.run("convert", in, "--out", out, "--engine", engine, "--jobs", "1", "--quiet");
        assertEquals(0, convert.exitCode(), convert::toString);
        Map<String, JsonNode> documents = new HashMap<>();
        for (JsonNode document : JSON.readTree(out.resolve(".earchive/report.json").toFile()).get("documents")) {
            documents.put(document.get("source").asText(), document);
        }
        return new Run(out, documents);
    }

    /** số, ký hiệu, ngày, trích yếu and cơ quan of the Unicode Công văn (the Windows-1258 sample). */
    private static synchronized Map<String, String> unicodeMetadata() throws Exception {
        if (unicodeMetadata == null) {
            Path out = runs.resolve("unicode");
            Cli unicode = Cli.run("convert", Fixtures.samples().resolve("cong-van-windows-1258.txt"), "--out", out, "--quiet");
            assertEquals(0, unicode.exitCode(), unicode::toString);
            unicodeMetadata = describedFields(out.resolve("cong-van-windows-1258.xml"));
            assertFalse(unicodeMetadata.get("codeNumber").isEmpty(), unicodeMetadata::toString);
        }
        return unicodeMetadata;
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

    /** Word recall of at least 0.98 against the source, and no word with non-ASCII letters it does not have. */
    private static void assertSameWords(String what, String text, Map<String, Integer> sourceWords) {
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
        assertTrue(strays.isEmpty(), what + ": words that are not the source's (mojibake): " + strays);
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
        assertEquals("vni", byName.get("cong-van-vni.pdf").path("legacyEncoding").asText());
        for (String name : new String[] {"cong-van-viscii.docx", "cong-van-viscii.html", "cong-van-viscii.pdf"}) {
            assertEquals("viscii", byName.get(name).path("legacyEncoding").asText(), name);
            assertTrue(byName.get(name).get("legacyEvidence").asText().contains("VI Times"), name);
        }
        // an mbox's messages are not laid out (for any mbox), so only detect says what its bodies hold
        assertEquals("tcvn3", byName.get("hop-thu-tcvn3.mbox").path("legacyEncoding").asText());
        for (String name : new String[] {"brief-windows-1252.txt", "brief-windows-1252.rtf", "lettre-windows-1252.html"}) {
            assertFalse(byName.get(name).has("legacyEncoding"), name);
        }
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
