package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names are data: a file named in bytes the system's encoding cannot decode (copied from an old Windows machine) and
 * one whose name holds control characters and an escape sequence convert like any other, their descriptions stay
 * valid XML, and the terminal is shown the escape sequence, never sent it.
 */
class OddFileNamesIT {

    @TempDir
    Path work;

    @Test
    void filesWithUndecodableOrControlCharacterNamesConvertAndPrintSafely() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to make names Java cannot spell");
        Path in = Files.createDirectories(work.resolve("in"));
        Path pdf = Fixtures.root().resolve("detect/born-digital.pdf");
        Path text = Fixtures.samples().resolve("bao-cao-tong-ket.txt");
        // Latin-1 bytes (not UTF-8) in two names, and a bell and an ESC colour sequence in a third
        Process make = new ProcessBuilder("/bin/sh", "-c", "cp \"$1\" \"$3/$(printf 'bao-cao-\\351\\350.pdf')\""
                + " && cp \"$2\" \"$3/$(printf 'tong-ket-\\377.txt')\" && cp \"$2\" \"$3/$(printf 'ctrl-\\001\\033[31m.txt')\"",
                "sh", pdf.toString(), text.toString(), in.toString()).inheritIO().start();
        assertEquals(0, make.waitFor());
        try (Stream<Path> made = Files.list(in)) {
            assertEquals(3, made.count());
        }

        Path out = work.resolve("out");
        Cli cli = Cli.run("convert", in, "--out", out);

        assertEquals(ExitCodes.OK, cli.exitCode(), cli::toString);
        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(3, report.get("documents").size());
        for (JsonNode document : report.get("documents")) {
            assertEquals("converted", document.get("status").asText(), document::toString);
        }
        try (Stream<Path> premis = Files.walk(out)) {
            List<Path> files = premis.filter(p -> p.getFileName().toString().endsWith(".premis.xml")).toList();
            assertEquals(3, files.size());
            boolean escaped = false;
            for (Path file : files) {
                String xml = Files.readString(file);
                escaped |= xml.contains("ctrl-\\u0001\\u001B[31m.txt");
            }
            assertTrue(escaped, "the control characters are written escaped in PREMIS's originalName");
        }
        Cli detect = Cli.run("detect", in);
        assertFalse(detect.out().contains("\u001b") || detect.err().contains("\u001b"), "no escape sequence reaches the terminal");
        assertTrue(detect.out().contains("ctrl-\\u0001\\u001B[31m.txt"), detect::toString);
        assertFalse(detect.out().contains("unreadable"), detect::toString);
    }

    /**
     * {@code java -jar} run by hand under the plain C locale: Java then spells file names in ASCII and cannot name
     * a Vietnamese one. The clerk is told how to run it instead of being shown a stack trace as a bug.
     */
    @Test
    void javaStartedUnderTheCLocaleSaysHowToRunEarchive() throws Exception {
        Path in = Files.createDirectories(work.resolve("c-locale"));
        Files.writeString(in.resolve("báo cáo.txt"), "Xin chào\n");
        List<String> command = new java.util.ArrayList<>(ResumeAfterKillIT.javaCommand());
        command.addAll(List.of("convert", in.toString(), "--out", work.resolve("c-out").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("EARCHIVE_LANG") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("LANG", "C");
        Process child = builder.start();
        String printed = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assumeTrue(!printed.contains("converted"), "this JVM reads file names as UTF-8 even under LANG=C: nothing to show");
        assertEquals(ExitCodes.INPUT_MISSING, child.exitValue(), printed);
        assertTrue(printed.contains("LANG=C.UTF-8") && printed.contains("./earchive"), printed);
        assertFalse(printed.contains("bug") || printed.contains("\tat "), printed);
    }
}
