package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power fails on Saturday: a run killed with SIGKILL (no shutdown hook, no cleanup) and then started again
 * with the same command ends with every document converted exactly once, nothing half-written, nothing
 * finished before the kill converted again; and while a run holds the output, a second one is refused.
 */
class ResumeAfterKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COPIES = 8;

    @TempDir
    Path work;

    @Test
    void aRunKilledMidwayResumesToACompleteConsistentResult() throws Exception {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        List<String> expectedPdfs = corpus(in);
        Path journal = out.resolve(".earchive/journal.jsonl");

        Process child = earchiveInChildJvm("convert", in.toString(), "--out", out.toString(), "--jobs", "1", "--quiet");
        try {
            awaitLines(journal, 2, child);

            Cli second = Cli.run("convert", in, "--out", out, "--quiet");
            assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, second.exitCode(), second::toString);
            assertTrue(second.err().contains("Another earchive run is already writing to"), second::toString);
            assertTrue(second.err().contains("pid " + child.pid()), "names the run holding it: " + second);

            assertTrue(child.isAlive(), "the batch is long enough to be killed in the middle");
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: the JVM gets no chance to clean up
            child.waitFor();
        }
        Set<String> finishedBeforeKill = sources(journal);
        assertTrue(finishedBeforeKill.size() < expectedPdfs.size(), "killed before the end: " + finishedBeforeKill);

        Cli resumed = Cli.run("convert", in, "--out", out, "--jobs", 2);

        assertEquals(ExitCodes.OK, resumed.exitCode(), "the kernel released the dead run's lock: " + resumed);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(expectedPdfs.size(), report.get("documents").size());
        for (JsonNode document : report.get("documents")) {
            String source = document.get("source").asText();
            assertEquals("converted", document.get("status").asText(), document::toString);
            assertEquals(finishedBeforeKill.contains(source), document.get("unchanged").asBoolean(),
                    "finished before the kill means carried over, not converted again: " + document);
        }
        java.util.TreeSet<String> expectedFiles = new java.util.TreeSet<>();
        for (String pdf : expectedPdfs) {
            String stem = pdf.substring(0, pdf.length() - ".pdf".length());
            expectedFiles.addAll(List.of(pdf, stem + ".xml", stem + ".premis.xml"));
        }
        assertEquals(expectedFiles, new java.util.TreeSet<>(filesUnder(out)),
                "each PDF and its metadata exactly once; no scratch, part or duplicate file");
        Cli validate = Cli.run("validate", out);
        assertEquals(ExitCodes.OK, validate.exitCode(), validate::toString);
    }

    @Test
    void aRunStoppedBySigtermSaysSoWritesItsReportAndTheSameCommandFinishes() throws Exception {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        List<String> expectedPdfs = corpus(in);
        Path journal = out.resolve(".earchive/journal.jsonl");
        Path stderr = work.resolve("stderr.txt");

        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("convert", in.toString(), "--out", out.toString(), "--jobs", "1", "--quiet"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().put("EARCHIVE_LANG", "en");
        Process child = builder.start();
        int exitCode;
        try {
            awaitLines(journal, 1, child);
            child.destroy(); // SIGTERM on Unix, as a service manager or a nightly job's timeout sends
            assertTrue(child.waitFor(3, java.util.concurrent.TimeUnit.MINUTES), "the run stops after its document in progress");
            exitCode = child.exitValue();
        } finally {
            child.destroyForcibly();
        }
        String said = Files.readString(stderr);
        assertEquals(ExitCodes.INTERRUPTED, exitCode, said);
        assertTrue(said.contains("stopping: no new document is started"), said);
        assertTrue(said.contains("Run the same command again to finish"), said);
        JsonNode stopped = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        Set<String> finished = sources(journal);
        assertEquals(finished.size(), stopped.get("documents").size(), "the report lists what was done: " + stopped);
        assertTrue(finished.size() < expectedPdfs.size(), "stopped before the end: " + finished);
        assertTrue(Files.isRegularFile(out.resolve(".earchive/report.html")));
        for (JsonNode document : stopped.get("documents")) {
            assertEquals("converted", document.get("status").asText(), "a stopped run finishes what it started: " + document);
        }

        Cli resumed = Cli.run("convert", in, "--out", out);

        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed::toString);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(expectedPdfs.size(), report.get("documents").size());
        for (JsonNode document : report.get("documents")) {
            assertEquals(finished.contains(document.get("source").asText()), document.get("unchanged").asBoolean(),
                    document::toString);
        }
    }

    /** Text and scans, each several times, so the batch takes long enough to be stopped in the middle. */
    private static List<String> corpus(Path in) throws IOException {
        Files.createDirectories(in.resolve("scans"));
        List<String> pdfs = new ArrayList<>();
        for (int i = 1; i <= COPIES; i++) {
            Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-" + i + ".txt"));
            Files.copy(Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif"), in.resolve("scans/thong-bao-" + i + ".tif"));
            pdfs.add("bao-cao-" + i + ".pdf");
            pdfs.add("scans/thong-bao-" + i + ".pdf");
        }
        pdfs.sort(null);
        return pdfs;
    }

    /** earchive in a JVM of its own, on the classpath this test runs with. */
    static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    static Process earchiveInChildJvm(String... args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits (not a timing assertion: the limit only stops a broken build from hanging) for the journal to grow. */
    private static void awaitLines(Path file, int lines, Process child) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp) && child.isAlive()) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= lines) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child run never journaled " + lines + " documents (alive: " + child.isAlive() + ")");
    }

    private static Set<String> sources(Path journal) throws IOException {
        Set<String> sources = new HashSet<>();
        for (String line : Files.readAllLines(journal)) {
            try {
                sources.add(JSON.readTree(line).get("source").asText());
            } catch (IOException torn) {
                // the kill may cut the last line short; that document counts as not finished
            }
        }
        return sources;
    }

    private static List<String> filesUnder(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.startsWith(".earchive/journal.jsonl") && !p.equals(".earchive/lock")
                            && !p.startsWith(".earchive/report.") && !p.startsWith(".earchive/thumbs/"))
                    .sorted().toList();
        }
    }
}
