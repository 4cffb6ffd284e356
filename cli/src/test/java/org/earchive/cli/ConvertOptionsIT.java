package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch options of convert, as a clerk or a scheduled job uses them. */
class ConvertOptionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    Path in;
    Path out;

    @BeforeEach
    void inputs() throws IOException {
        in = work.resolve("in");
        out = work.resolve("out");
        Files.createDirectories(in.resolve("scans"));
        Files.createDirectories(in.resolve("nhap"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thong-bao.txt"));
        Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scans/cong-van.jpg"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("nhap/ban-nhap.txt"));
        Files.writeString(in.resolve("scans/Thumbs.db"), "clutter");
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws Exception {
        Cli plan = Cli.run("convert", in, "--out", out, "--dry-run");
        assertEquals(ExitCodes.OK, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("3 to convert (new)"), plan::toString);
        assertTrue(plan.out().contains("1 skipped"), plan::toString);
        assertTrue(plan.out().contains("2 text/plain"), plan::toString);
        assertTrue(plan.out().contains("1 image/jpeg"), plan::toString);
        assertFalse(Files.exists(out), "a dry run creates nothing, not even the output folder");

        assertEquals(ExitCodes.OK, Cli.run("convert", in, "--out", out, "--quiet").exitCode());
        Files.writeString(in.resolve("thong-bao.txt"), "Thông báo mới");
        JsonNode again = JSON.readTree(Cli.run("convert", in, "--out", out, "--dry-run", "--json").out());
        assertEquals(2, again.get("actions").get("unchanged").asInt(), again::toPrettyString);
        assertEquals(1, again.get("actions").get("convert-again").asInt(), again::toPrettyString);
        assertEquals(1, again.get("actions").get("skip").asInt(), again::toPrettyString);
    }

    @Test
    void includeAndExcludeChooseTheFiles() throws Exception {
        Cli cli = Cli.run("convert", in, "--out", out, "--include", "*.txt", "--include", "*.jpg", "--exclude", "nhap");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli::toString);
        assertTrue(Files.exists(out.resolve("thong-bao.pdf")));
        assertTrue(Files.exists(out.resolve("scans/cong-van.pdf")));
        assertFalse(Files.exists(out.resolve("nhap")), "the excluded folder is not converted");
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        List<String> sources = new ArrayList<>();
        report.get("documents").forEach(d -> sources.add(d.get("source").asText() + "=" + d.get("status").asText()));
        assertEquals(List.of("scans/cong-van.jpg=converted", "thong-bao.txt=converted"), sources,
                "what --include leaves out is not an input at all, so not even Thumbs.db is noted");
    }

    @Test
    void jsonLogWritesOneEventPerLineToTheLogFile() throws Exception {
        Files.copy(Fixtures.bad().resolve("empty.txt"), in.resolve("empty.txt"));
        Path log = work.resolve("logs/earchive.jsonl");
        Cli cli = Cli.run("convert", in, "--out", out, "--log-format", "json", "--log-file", log, "--quiet");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), cli::toString);
        assertFalse(cli.err().contains("{"), "events go to the file, not standard error: " + cli);

        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            events.add(JSON.readTree(line));
        }
        assertEquals("batch-started", events.get(0).get("event").asText());
        assertEquals(5, events.get(0).get("documents").asInt());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("batch-finished", last.get("event").asText());
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, last.get("exitCode").asInt());
        JsonNode failed = events.stream().filter(e -> e.get("event").asText().equals("failed")).findFirst().orElseThrow();
        assertEquals("empty.txt", failed.get("source").asText());
        assertEquals("empty-file", failed.get("status").asText());
        assertTrue(failed.get("message").asText().contains("empty"), failed::toString);
        assertEquals(3, events.stream().filter(e -> e.get("event").asText().equals("finished")
                && e.get("status").asText().equals("converted")).count());
        assertEquals(4, events.stream().filter(e -> e.get("event").asText().equals("started")).count());
    }

    @Test
    void badBatchOptionsAreUsageErrors() {
        Cli timeout = Cli.run("convert", in, "--out", out, "--timeout", "soon");
        assertEquals(ExitCodes.USAGE, timeout.exitCode(), timeout::toString);
        assertTrue(timeout.err().contains("90s, 10m or 2h"), timeout::toString);
        Cli glob = Cli.run("convert", in, "--out", out, "--include", "[abc");
        assertEquals(ExitCodes.USAGE, glob.exitCode(), glob::toString);
        assertTrue(glob.err().contains("not a valid glob"), glob::toString);
        assertFalse(Files.exists(out.resolve(".earchive")));
    }

    @Test
    void aTerminalGetsAProgressBarAndAPipeDoesNot() throws Exception {
        Cli piped = Cli.run("convert", in, "--out", out.resolve("piped"));
        assertEquals(ExitCodes.OK, piped.exitCode(), "skipped clutter is not a failure: " + piped);
        assertFalse(piped.err().contains("Converting"), "no bar without a terminal: " + piped);
        assertTrue(piped.out().contains("skipped       scans/Thumbs.db\n              A folder-settings file"),
                "clutter is noted with its reason: " + piped);
        assertFalse(piped.out().contains("thong-bao.txt"), "converted documents print nothing, only the summary: " + piped);

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) to give the run a terminal");
        String command = String.join(" ", ResumeAfterKillIT.javaCommand()) + " convert '" + in + "' --out '"
                + out.resolve("tty") + "' --jobs 1";
        Process terminal = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        String screen = new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, terminal.waitFor(), screen);
        assertTrue(screen.contains("Converting"), "the bar is drawn: " + screen);
        assertTrue(screen.contains("4/4 doc"), "documents done of all: " + screen);
        assertTrue(screen.contains("doc/s"), "the rate: " + screen);
        assertTrue(screen.contains("5 pages"), "pages so far: " + screen);
        assertTrue(screen.contains("4 document(s), 5 page(s): 3 converted, 1 skipped"), screen);
    }
}
