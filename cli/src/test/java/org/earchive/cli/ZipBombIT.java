package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.fixtures.HostileFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCX of about a megabyte whose document.xml inflates to a gigabyte, honest about it or lying in its ZIP
 * directory, through detect and convert in a JVM with the launcher's default heap (-Xmx2g): each gets the
 * status corrupt and a sentence naming the zip bomb, and nothing runs out of memory.
 */
class ZipBombIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static Path in;

    @BeforeAll
    static void makeBombs() throws Exception {
        in = Files.createDirectories(work.resolve("in"));
        try (OutputStream out = Files.newOutputStream(in.resolve("bom-1gb.docx"))) {
            HostileFiles.docxZipBomb(out, 1L << 30, false);
        }
        try (OutputStream out = Files.newOutputStream(in.resolve("bom-noi-doi.docx"))) {
            HostileFiles.docxZipBomb(out, 1L << 30, true);
        }
    }

    @Test
    void detectNamesTheBombsWithinTheDefaultHeap() throws Exception {
        Run run = inChildJvm("detect", in.toString(), "--json");

        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, run.exitCode(), run::toString);
        assertFalse(run.output().contains("OutOfMemoryError") || run.output().contains("report it as a bug"), run::toString);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.output().split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertEquals(2, lines.size(), run::toString);
        for (JsonNode line : lines) {
            assertEquals("corrupt", line.get("status").asText(), line::toString);
            assertTrue(line.get("message").asText().contains("zip bomb"), line::toString);
        }
    }

    @Test
    void convertRefusesTheBombsBeforeAnyEngineWithinTheDefaultHeap() throws Exception {
        Path out = work.resolve("out");
        Run run = inChildJvm("convert", in.toString(), "--out", out.toString(), "--quiet");

        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        int seen = 0;
        for (JsonNode document : report.get("documents")) {
            assertEquals("corrupt", document.get("status").asText(), document::toString);
            assertTrue(document.get("message").asText().contains("zip bomb"), document::toString);
            seen++;
        }
        assertEquals(2, seen, report::toString);
        try (var left = Files.list(out)) {
            assertEquals(List.of(".earchive"), left.map(p -> p.getFileName().toString()).toList(), "no PDF, nothing half-written");
        }
    }

    @Test
    void theMetadataTemplateReadsNoPropertiesFromTheBombs() throws Exception {
        Path csv = work.resolve("metadata.csv");
        Run run = inChildJvm("metadata", "template", in.toString(), "--out", csv.toString());

        assertFalse(run.output().contains("OutOfMemoryError"), run::toString);
        assertTrue(Files.readString(csv).contains("bom-1gb.docx"), run::toString);
    }

    private record Run(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /** earchive as the launcher runs it: its own JVM, -Xmx2g. */
    private static Run inChildJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        // not a timing assertion: the limit only stops a broken build from hanging
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
