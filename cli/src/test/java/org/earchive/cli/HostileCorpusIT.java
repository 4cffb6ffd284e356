package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.fixtures.HostileCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (fixtures' {@link HostileCorpus}: bombs, lying counts, deep nesting, every format cut short,
 * odd names, encrypted files, a FIFO and links) through detect, convert, validate and package, each in a JVM of its
 * own with a 1 GB heap (half the launcher's): every file gets a status and a sentence, nothing runs out of memory or
 * stack or asks to be reported as a bug, no output PDF keeps an action the archival table removes, and no output
 * holds a line of /etc/passwd.
 */
class HostileCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What must never be printed or written: the JVM giving up, or earchive calling a file's outcome its own bug. */
    private static final List<String> NEVER = List.of("OutOfMemoryError", "StackOverflowError", "report it as a bug",
            "report this as a bug", "Exception in thread");

    @TempDir
    Path work;

    @Test
    void everyHostileFileGetsAStatusAndASentenceInEveryCommand() throws Exception {
        Path in = work.resolve("in");
        List<HostileCorpus.Case> cases = HostileCorpus.write(in, 19, HostileCorpus.Scale.TEST);

        Run detect = Run.of(work, "detect", "--json", in.toString());
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, detect.exitCode(), detect::toString);
        Set<String> detected = new HashSet<>();
        for (String line : detect.out().lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode file = JSON.readTree(line);
            detected.add(file.get("path").asText());
            String status = file.get("status").asText();
            assertFalse(status.isBlank() || "failed".equals(status), line);
            if (!"ok".equals(status)) {
                assertTrue(file.hasNonNull("message") && !file.get("message").asText().isBlank(), "no sentence: " + line);
            }
        }
        for (HostileCorpus.Case c : cases) {
            // detect leaves hidden files out, as folders' clutter; convert lists them as skipped (below)
            if (isFileToRead(in.resolve(c.name())) && !c.name().startsWith(".")) {
                assertTrue(detected.contains(c.name()), "detect says nothing of " + c.name() + " (" + c.what() + ")\n" + detect);
            }
        }

        Path out = work.resolve("out");
        Run convert = Run.of(work, "convert", in.toString(), "--out", out.toString(), "--jobs", "2", "--timeout", "2m");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, convert.exitCode(), convert::toString);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        Set<String> reported = new HashSet<>();
        for (JsonNode document : report.get("documents")) {
            String source = document.get("source").asText();
            reported.add(source);
            String status = document.get("status").asText();
            assertFalse("failed".equals(status), "earchive failed on " + document);
            if (!"converted".equals(status)) {
                assertTrue(document.hasNonNull("message") && !document.get("message").asText().isBlank(), "no sentence: " + document);
            }
            for (String never : NEVER) {
                assertFalse(document.toString().contains(never), never + " in " + document);
            }
        }
        for (HostileCorpus.Case c : cases) {
            if (isFileToRead(in.resolve(c.name())) || Files.isSymbolicLink(in.resolve(c.name()))) {
                assertTrue(reported.contains(c.name()), "the report says nothing of " + c.name() + " (" + c.what() + ")");
            }
        }

        List<String> actionsLeft = new ArrayList<>();
        List<String> passwdLeaks = new ArrayList<>();
        for (Path output : outputs(out)) {
            String name = output.getFileName().toString();
            if (name.endsWith(".pdf")) {
                for (PdfActionsLeft action : PdfActionsLeft.in(output)) {
                    if (!action.allowed()) {
                        actionsLeft.add(out.relativize(output) + " " + action);
                    }
                }
                if (textOf(output).contains("root:x:0:0")) {
                    passwdLeaks.add(out.relativize(output).toString());
                }
            } else if (Files.readString(output, StandardCharsets.ISO_8859_1).contains("root:x:0:0")) {
                passwdLeaks.add(out.relativize(output).toString());
            }
        }
        assertEquals(List.of(), actionsLeft, "actions the archival table removes, left in the outputs");
        assertEquals(List.of(), passwdLeaks, "outputs holding /etc/passwd");

        Run validateIn = Run.of(work, "validate", "--json", in.toString());
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, validateIn.exitCode(), validateIn::toString);
        assertEveryLineAVerdict(validateIn);
        Run validateOut = Run.of(work, "validate", "--json", out.toString());
        assertTrue(validateOut.exitCode() == ExitCodes.OK || validateOut.exitCode() == ExitCodes.SOME_DOCUMENTS_FAILED,
                validateOut::toString);
        assertEveryLineAVerdict(validateOut);

        Run pack = Run.of(work, "package", out.toString(), "--profile", "eark-sip", "--organization", "UBND xã Hòa Bình",
                "--out", work.resolve("sip").toString());
        // what is packed depends on what converted; what must never happen is a crash or a refused command line
        assertTrue(pack.exitCode() != ExitCodes.INTERNAL_ERROR && pack.exitCode() != ExitCodes.USAGE, pack::toString);

        for (Run run : List.of(detect, convert, validateIn, validateOut, pack)) {
            for (String never : NEVER) {
                assertFalse(run.out().contains(never), never + " in\n" + run);
            }
        }
    }

    /** A regular file earchive is to read (not the folder named .pdf, a link or the link loop's folder). */
    private static boolean isFileToRead(Path path) {
        return !Files.isSymbolicLink(path) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static void assertEveryLineAVerdict(Run validate) throws IOException {
        for (String line : validate.out().lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode file = JSON.readTree(line);
            boolean verdict = file.path("compliant").asBoolean(false) || file.path("valid").asBoolean(false)
                    || !file.path("problem").asText("").isBlank() || file.path("failedRules").size() > 0
                    || file.path("findings").size() > 0;
            assertTrue(verdict, "no verdict: " + line);
        }
    }

    private static List<Path> outputs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(out.resolve(".earchive"))).toList();
        }
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** One earchive command in a JVM of its own with a 1 GB heap, its output in a file. */
    record Run(String command, int exitCode, String out) {

        static Run of(Path work, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Path log = Files.createTempFile(work, args[0], ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // UTF-8, or Java reads every non-ASCII file name as question marks; English whatever the machine's language
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put("EARCHIVE_LANG", "en");
            builder.environment().put("HOME", work.toString()); // no config file of the machine's user
            Process process = builder.start();
            // not a timing assertion: the limit only stops a broken build from hanging
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("earchive " + String.join(" ", args) + " did not finish");
            }
            return new Run(String.join(" ", args), process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "earchive " + command + ": exit " + exitCode + "\n" + out;
        }
    }
}
