package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonLinesCarryClassPagesEncryptionAndSignaturesForEveryFile() throws Exception {
        Cli cli = Cli.run("detect", Fixtures.root().resolve("detect"), "--json");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), "an encrypted and a damaged PDF are in the folder: " + cli);
        Map<String, JsonNode> byName = byName(cli.out());
        assertEquals(25, byName.size(), cli::toString);
        for (JsonNode line : byName.values()) {
            for (String key : List.of("path", "mime", "puid", "class", "pages", "encrypted", "signed", "status", "pageClasses")) {
                assertTrue(line.has(key), key + " missing in " + line);
            }
        }
        JsonNode stamped = byName.get("scanned-page-number-stamp.pdf");
        assertEquals("scanned", stamped.get("class").asText());
        assertEquals("[\"scanned\",\"scanned\"]", stamped.get("pageClasses").toString());
        assertTrue(stamped.get("pageEvidence").get(0).get("visibleChars").asInt() > 0, stamped::toString);

        JsonNode locked = byName.get("encrypted-password.pdf");
        assertEquals("encrypted", locked.get("status").asText());
        assertTrue(locked.get("encrypted").asBoolean());
        assertTrue(locked.get("message").asText().contains("password"), locked::toString);

        JsonNode signed = byName.get("signed.pdf");
        assertTrue(signed.get("signed").asBoolean());
        assertEquals("Nguyễn Văn An", signed.get("signatures").get(0).get("signer").asText());

        assertEquals("hybrid", byName.get("hybrid-invisible-text.pdf").get("class").asText());
        assertEquals("mixed", byName.get("mixed.pdf").get("class").asText());
        assertEquals("corrupt", byName.get("damaged.pdf").get("status").asText());
    }

    @Test
    void csvOpensInASpreadsheetWithVietnameseIntact() throws Exception {
        Cli cli = Cli.run("detect", Fixtures.samples(), "--csv");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli::toString);
        assertTrue(cli.out().startsWith("\uFEFF"), "a byte-order mark tells Excel the file is UTF-8");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out().substring(1))).getRecords();
        long files;
        try (var walk = Files.walk(Fixtures.samples())) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, rows.size());
        CSVRecord legacy = rows.stream().filter(row -> row.get("path").endsWith("cong-van-windows-1258.txt")).findFirst().orElseThrow();
        assertEquals("windows-1258", legacy.get("encoding"));
        assertEquals("vi", legacy.get("language"));
        assertEquals("born-digital", legacy.get("class"));
        CSVRecord g4 = rows.stream().filter(row -> row.get("path").endsWith("bao-cao-300dpi-g4.tif")).findFirst().orElseThrow();
        assertEquals("2", g4.get("scanned_pages"));
    }

    @Test
    void theTableEndsWithASummaryAClerkCanPlanWith() {
        Cli cli = Cli.run("detect", Fixtures.root().resolve("detect"));
        assertTrue(cli.out().lines().findFirst().orElseThrow().startsWith("PATH"), cli::toString);
        String summary = cli.out().lines().reduce((first, second) -> second).orElseThrow();
        assertTrue(summary.startsWith("25 files:"), summary);
        assertTrue(summary.contains("scanned (need OCR)"), summary);
        assertTrue(summary.contains("1 encrypted"), summary);
        assertTrue(summary.contains("3 corrupt"), summary);
    }

    @Test
    void aFolderOfHostileAndBrokenFilesFinishesWithAStatusForEach() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        Cli cli = Cli.run("detect", corpus, "--json");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), cli.err());
        Map<String, JsonNode> byName = byName(cli.out());
        long files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, byName.keySet().stream().filter(path -> !path.contains("#")).count(), "a line for every file");
        // a message saved with its mbox "From " line is a mailbox to convert, so detect opens it too
        assertEquals("ok", byName.get("testEmailWithPNGAtt.eml#message-1.eml").get("status").asText());
        for (JsonNode line : byName.values()) {
            assertFalse(line.get("status").asText().equals("failed"), "no file may trip earchive itself: " + line);
            if (!line.get("status").asText().equals("ok")) {
                assertFalse(line.get("message").isNull(), line::toString);
            }
        }
        assertEquals("encrypted", byName.get("testWORD_protected_passtika.docx").get("status").asText());
        assertEquals("corrupt", byName.get("invalid.pdf").get("status").asText());
        assertEquals("scanned", byName.get("cardinal.pdf").get("class").asText());
        assertEquals("vi", byName.get("30_2020_ND_CP.docx").get("language").asText());
    }

    @Test
    void jsonAndCsvTogetherIsAUsageError() {
        Cli cli = Cli.run("detect", Fixtures.samples(), "--json", "--csv");
        assertEquals(ExitCodes.USAGE, cli.exitCode(), cli::toString);
    }

    private static Map<String, JsonNode> byName(String jsonLines) {
        return jsonLines.lines().map(DetectIT::json).collect(Collectors.toMap(node -> node.get("path").asText().replaceAll(".*/", ""), node -> node));
    }

    @Test
    void anArchiveIsListedWithTheFilesConvertWouldTakeOutOfIt(@TempDir Path folder) throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("ho-so.zip")))) {
            zip.putNextEntry(new ZipEntry("bao-cao.txt"));
            zip.write(Files.readAllBytes(Fixtures.samples().resolve("bao-cao-tong-ket.txt")));
            zip.putNextEntry(new ZipEntry("thong-bao.txt"));
            zip.write(Files.readAllBytes(Fixtures.samples().resolve("thong-bao-utf16.txt")));
        }

        Cli table = Cli.run("--lang", "vi", "detect", in);
        assertEquals(ExitCodes.OK, table.exitCode(), table::toString);
        String archiveRow = table.out().lines().filter(line -> line.startsWith("ho-so.zip ")).findFirst().orElseThrow();
        assertTrue(archiveRow.contains("chứa 2 tệp"), archiveRow);
        assertFalse(table.out().contains("unsupported"), "convert opens ZIP archives: detect must not call them unsupported");
        assertTrue(table.out().lines().anyMatch(line -> line.startsWith("ho-so.zip#thong-bao.txt") && line.contains("UTF-16LE")),
                table::toString);

        List<JsonNode> lines = Cli.run("detect", in, "--json").out().lines().map(DetectIT::json).toList();
        assertEquals(List.of("ho-so.zip", "ho-so.zip#bao-cao.txt", "ho-so.zip#thong-bao.txt"),
                lines.stream().map(line -> line.get("path").asText()).toList());
        assertTrue(lines.get(0).get("container").asBoolean());
        assertEquals(2, lines.get(0).get("members").asInt());
        assertEquals("x-fmt/111", lines.get(1).get("puid").asText());

        Cli plan = Cli.run("convert", in, "--out", folder.resolve("out"), "--dry-run");
        assertTrue(plan.out().contains("what it holds is taken out and each converted"), plan::toString);
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
