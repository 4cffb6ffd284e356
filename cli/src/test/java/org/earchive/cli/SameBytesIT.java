package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.fixtures.Fixtures;
import org.earchive.core.Fixity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job and the packages made from it give the same bytes as the recorded run: a refactoring
 * that changes what an archive receives fails here, file by file. Runs the built jar (SOURCE_DATE_EPOCH can only
 * be set for a new process) and compares every output's SHA-256 with {@code same-bytes.sha256}.
 *
 * <p>When a change is meant to alter outputs, record the new hashes with
 * {@code mvn -B verify -pl cli -am -Dit.test=SameBytesIT -Dearchive.sameBytes.record=true} and say why in the commit.
 * The recording names the Tesseract version it was made with: scans' text layers depend on it, so with another
 * version the comparison is skipped and says so.
 */
class SameBytesIT {

    private static final String EPOCH = "1700000000";
    private static final String ORGANIZATION = "UBND xã Hòa Bình";
    private static final Path RECORDED = Fixtures.root().getParent()
            .resolve("cli/src/test/resources/org/earchive/cli/same-bytes.sha256");

    @TempDir
    Path work;

    @Test
    void convertingTheSamplesAndPackagingThemGivesTheRecordedBytes() throws Exception {
        String tesseract = tesseractVersion();
        Path converted = work.resolve("out");
        earchive(0, "convert", Fixtures.samples(), "--out", converted, "--quiet");
        Path fileDefaults = Files.writeString(work.resolve("ho-so.properties"),
                "fileCode=H49.64.33.2025.160\ntitle=Hồ sơ mẫu\n", StandardCharsets.UTF_8);
        Path packages = work.resolve("packages");
        earchive(0, "package", converted, "--out", packages.resolve("eark-sip.zip"), "--profile", "eark-sip",
                "--organization", ORGANIZATION, "--zip");
        earchive(0, "package", converted, "--out", packages.resolve("bag"), "--bagit", "--organization", ORGANIZATION);
        earchive(0, "package", converted, "--out", packages.resolve("tt05-aip"), "--profile", "tt05-aip-hoso",
                "--file-defaults", fileDefaults, "--organization", ORGANIZATION, "--zip");
        earchive(0, "package", converted, "--out", packages.resolve("tt05-sip"), "--profile", "tt05-sip-hoso",
                "--file-defaults", fileDefaults, "--organization", ORGANIZATION);

        Map<String, String> actual = new TreeMap<>();
        hashAll(converted, "convert/", actual);
        hashAll(packages, "package/", actual);

        if (Boolean.getBoolean("earchive.sameBytes.record")) {
            StringBuilder lines = new StringBuilder("# tesseract " + tesseract + "\n");
            actual.forEach((path, sha256) -> lines.append(sha256).append("  ").append(path).append('\n'));
            Files.createDirectories(RECORDED.getParent());
            Files.writeString(RECORDED, lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> recordedLines = Files.readAllLines(RECORDED, StandardCharsets.UTF_8);
        String recordedTesseract = recordedLines.get(0).replaceFirst("^# tesseract ", "");
        assumeTrue(recordedTesseract.equals(tesseract), "the recording was made with Tesseract " + recordedTesseract
                + ", this machine has " + tesseract + ": scans' text layers differ, so bytes are not compared");
        Map<String, String> expected = new TreeMap<>();
        recordedLines.stream().skip(1).filter(line -> !line.isBlank())
                .forEach(line -> expected.put(line.substring(66), line.substring(0, 64)));

        List<String> differences = new ArrayList<>();
        for (String path : expected.keySet()) {
            if (!actual.containsKey(path)) {
                differences.add("missing: " + path);
            } else if (!actual.get(path).equals(expected.get(path))) {
                differences.add("changed: " + path);
            }
        }
        actual.keySet().stream().filter(path -> !expected.containsKey(path)).forEach(path -> differences.add("new: " + path));
        assertTrue(differences.isEmpty(), "outputs differ from the recorded run:\n  " + String.join("\n  ", differences)
                + "\n(if the change is meant, record again: see this class's comment)");
    }

    /** Every file under the folder, the batch state (journal, reports with their timings) aside. */
    private static void hashAll(Path root, String prefix, Map<String, String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".earchive/") && !relative.contains("/.earchive/")) {
                    into.put(prefix + relative, Fixity.sha256(file));
                }
            }
        }
    }

    private void earchive(int expectedExit, Object... args) throws Exception {
        Path jar = Fixtures.root().getParent().resolve("cli/target/earchive.jar");
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests run: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Path log = Files.createTempFile(work, "earchive-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail("earchive " + args[0] + " did not finish in 10 minutes");
        }
        assertEquals(expectedExit, process.exitValue(), () -> String.join(" ", command) + "\n" + readQuietly(log));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Scans are part of the samples: without Tesseract their outputs are image-only and cannot match. */
    private static String tesseractVersion() throws Exception {
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found()) {
            if ("1".equals(System.getenv("EARCHIVE_REQUIRE_TESSERACT"))) {
                fail("needs Tesseract: " + lookup.problem());
            }
            assumeTrue(false, "needs Tesseract to reproduce the samples' text layers: " + lookup.problem());
        }
        return lookup.tesseract().version();
    }
}
