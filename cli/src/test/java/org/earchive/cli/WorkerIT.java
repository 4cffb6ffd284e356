package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.earchive.core.Fixity;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm worker (docs/worker.md), through the launcher as a user runs it, in real processes with their own
 * socket folder: a job run by the worker gives what a run of its own gives (files, report, output, exit code), a
 * caller it cannot serve exactly runs in-process, Ctrl-C stops a job as it stops a run of its own, and no process
 * is left behind.
 */
class WorkerIT {

    private static final Path LAUNCHER = Fixtures.root().getParent().resolve("earchive");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path sockets;
    private final List<Long> workers = new ArrayList<>();

    @BeforeEach
    void ownSocketFolder() throws IOException {
        Path runtime = Files.createDirectory(work.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        sockets = runtime.resolve("earchive");
    }

    /** Every worker a test started is stopped, and gone with whatever it started. */
    @AfterEach
    void noProcessLeft() throws Exception {
        for (long pid : workers) {
            Optional<ProcessHandle> worker = ProcessHandle.of(pid);
            if (worker.isPresent()) {
                List<ProcessHandle> children = worker.get().descendants().toList();
                run(work, Map.of(), "worker", "stop");
                worker.get().onExit().get(1, TimeUnit.MINUTES);
                for (ProcessHandle child : children) {
                    child.onExit().get(1, TimeUnit.MINUTES);
                }
            }
        }
    }

    @Test
    void theSamplesThroughAWorkerGiveWhatAColdRunGives() throws Exception {
        long worker = start(work, "--idle", "10m");
        run(work, Map.of(), "detect", Fixtures.samples().resolve("quyet-dinh.html")); // warmed by another input
        assertEquals(1, jobs(work));

        Run warm = run(work, Map.of(), "convert", Fixtures.samples(), "--out", "warm");
        Run cold = run(work, Map.of("EARCHIVE_WORKER", "off"), "convert", Fixtures.samples(), "--out", "cold");

        assertEquals(2, jobs(work), "the warm run went through the worker, the cold one did not");
        assertEquals(cold.exitCode(), warm.exitCode());
        assertEquals(cold.out().replace("cold", "OUT"), warm.out().replace("warm", "OUT"));
        assertEquals(cold.err(), warm.err());
        assertEquals(hashes(work.resolve("cold")), hashes(work.resolve("warm")), "the same bytes, file by file");
        assertEquals(statuses(work.resolve("cold")), statuses(work.resolve("warm")), "the same report");
        assertTrue(ProcessHandle.of(worker).isPresent());
    }

    @Test
    void exitCodesAndRefusalsPassThrough() throws Exception {
        start(work);
        Files.writeString(work.resolve("text.txt"), "Báo cáo tổng kết năm 2025.", StandardCharsets.UTF_8);
        List<Object[]> commands = List.of(
                new Object[] {"validate", "no-such-file.pdf"},
                new Object[] {"convert", "text.txt"},
                new Object[] {"convert", "text.txt", "--out", "out", "--level", "9z"},
                new Object[] {"detect", "text.txt", "--json"});
        int served = 0;
        for (Object[] command : commands) {
            Run warm = run(work, Map.of(), command);
            served++;
            assertEquals(served, jobs(work), () -> "served: " + List.of(command));
            Run cold = run(work, Map.of("EARCHIVE_WORKER", "off"), command);
            assertEquals(cold.exitCode(), warm.exitCode(), warm::toString);
            assertEquals(withoutTimings(cold.out()), withoutTimings(warm.out()));
            assertEquals(cold.err(), warm.err());
        }
    }

    @Test
    void aCallerItCannotServeExactlyRunsInProcess() throws Exception {
        start(work);
        Path elsewhere = Files.createDirectory(work.resolve("elsewhere"));
        Path text = Files.writeString(work.resolve("text.txt"), "Báo cáo tổng kết năm 2025.", StandardCharsets.UTF_8);

        Run otherFolder = run(elsewhere, Map.of(), "detect", text);
        Run otherLanguage = run(work, Map.of("EARCHIVE_LANG", "vi"), "detect", text);
        Run otherEpoch = run(work, Map.of("SOURCE_DATE_EPOCH", "1600000000"), "detect", text);
        run(work, Map.of(), "doctor"); // not a command the worker runs
        Run off = run(work, Map.of("EARCHIVE_WORKER", "off"), "detect", text);

        for (Run each : List.of(otherFolder, otherLanguage, otherEpoch, off)) {
            assertEquals(0, each.exitCode(), each::toString);
        }
        assertEquals(0, jobs(work), "none of them reached the worker");
        run(work, Map.of(), "detect", text);
        assertEquals(1, jobs(work), "while a matching caller does");
    }

    @Test
    void aSecondCallerWhileTheWorkerIsBusyRunsInProcess() throws Exception {
        start(work);
        Path many = manyDocuments(300);
        Process first = launch("first", work, Map.of(), "convert", many, "--out", "out", "--jobs", "1");
        awaitJournal(work.resolve("out"), first);
        assertTrue(status(work).contains("Running a job now"), status(work));

        Run second = run(work, Map.of(), "detect", Fixtures.samples().resolve("quyet-dinh.html"));

        assertEquals(0, second.exitCode(), second::toString);
        assertTrue(second.out().contains("quyet-dinh.html"), second::toString);
        assertEquals(0, jobs(work), "the second ran by itself; the first is still the worker's");
        client(first).destroy(); // SIGTERM, passed on: convert stops as on Ctrl-C
        assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        assertEquals(ExitCodes.INTERRUPTED, first.exitValue());
    }

    @Test
    void ctrlCThroughTheClientLeavesWhatACtrlCInAColdRunLeaves() throws Exception {
        start(work);
        Path many = manyDocuments(300);
        Map<String, Interrupted> runs = new TreeMap<>();
        for (String mode : List.of("cold", "warm")) {
            Map<String, String> env = mode.equals("cold") ? Map.of("EARCHIVE_WORKER", "off") : Map.of();
            Process run = launch(mode, work, env, "convert", many, "--out", mode, "--jobs", "1");
            Path out = work.resolve(mode);
            awaitJournal(out, run);
            ProcessHandle java = mode.equals("cold") ? run.toHandle() : client(run);
            Runtime.getRuntime().exec(new String[] {"kill", "-INT", Long.toString(java.pid())}).waitFor();
            assertTrue(run.waitFor(5, TimeUnit.MINUTES), mode + " ended");
            runs.put(mode, new Interrupted(run.exitValue(), Files.readString(work.resolve(mode + ".err")), out));
        }
        for (Interrupted each : runs.values()) {
            assertEquals(ExitCodes.INTERRUPTED, each.exitCode(), each.err());
            assertTrue(each.err().contains("stopping: no new document is started"), each.err());
            assertTrue(each.err().contains("Run the same command again to finish"), each.err());
            JsonNode report = JSON.readTree(each.out().resolve(".earchive/report.json").toFile());
            List<String> journal = Files.readAllLines(each.out().resolve(".earchive/journal.jsonl"));
            assertEquals(journal.size(), report.get("documents").size(), "the report says what the journal kept");
            for (JsonNode document : report.get("documents")) {
                String stem = document.get("source").asText().replaceFirst("\\.html$", "");
                assertTrue(Files.isRegularFile(each.out().resolve(stem + ".pdf")), stem);
            }
            assertEquals(3 * journal.size(), hashes(each.out()).size(), "a PDF, its description and PREMIS, no half-written file");
        }
        assertTrue(status(work).contains("Jobs run: 1"), "the worker lives on after a stopped convert: " + status(work));
    }

    @Test
    void aWorkerKilledMidJobLeavesTheClientWithASentenceAndExitCode70() throws Exception {
        long worker = start(work);
        Process run = launch("killed", work, Map.of(), "convert", manyDocuments(300), "--out", "out", "--jobs", "1");
        awaitJournal(work.resolve("out"), run);

        ProcessHandle.of(worker).orElseThrow().destroyForcibly();

        assertTrue(run.waitFor(1, TimeUnit.MINUTES), "the client does not hang");
        assertEquals(ExitCodes.INTERNAL_ERROR, run.exitValue());
        String err = Files.readString(work.resolve("killed.err"));
        assertTrue(err.contains("the earchive worker (pid " + worker + ") ended in the middle of the job"), err);
        assertTrue(status(work).contains("No worker"), "a dead worker's socket answers no one");
        Run after = run(work, Map.of(), "detect", Fixtures.samples().resolve("quyet-dinh.html"));
        assertEquals(0, after.exitCode(), "and the next run runs in-process: " + after);
    }

    @Test
    void stopAndTheIdleTimeEndTheWorker() throws Exception {
        long idle = start(work, "--idle", "2s");
        assertTrue(ProcessHandle.of(idle).orElseThrow().onExit().get(1, TimeUnit.MINUTES) != null);
        assertTrue(status(work).contains("No worker"), status(work));
        try (Stream<Path> left = Files.list(sockets)) {
            assertFalse(left.anyMatch(file -> file.toString().endsWith(".sock")), "its socket is removed");
        }

        long stopped = start(work);
        Run stop = run(work, Map.of(), "worker", "stop");
        assertTrue(stop.out().contains("Worker " + stopped + " stopped"), stop::toString);
        assertFalse(ProcessHandle.of(stopped).map(ProcessHandle::isAlive).orElse(false));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sockets)),
                "the socket folder is the user's alone");
    }

    // ---- helpers

    private record Run(int exitCode, String out, String err) {
    }

    private record Interrupted(int exitCode, String err, Path out) {
    }

    private long start(Path folder, String... options) throws Exception {
        List<Object> args = new ArrayList<>(List.of("worker", "start"));
        args.addAll(List.of(options));
        Run started = run(folder, Map.of(), args.toArray());
        Matcher pid = Pattern.compile("pid (\\d+)").matcher(started.out());
        assertTrue(pid.find(), started::toString);
        long worker = Long.parseLong(pid.group(1));
        workers.add(worker);
        return worker;
    }

    private int jobs(Path folder) throws Exception {
        Matcher jobs = Pattern.compile("Jobs run: (\\d+)").matcher(status(folder));
        return jobs.find() ? Integer.parseInt(jobs.group(1)) : -1;
    }

    private String status(Path folder) throws Exception {
        return run(folder, Map.of(), "worker", "status").out();
    }

    private Run run(Path folder, Map<String, String> env, Object... args) throws Exception {
        Process process = launch("run", folder, env, args);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail("earchive " + List.of(args) + " did not finish in 10 minutes");
        }
        return new Run(process.exitValue(), Files.readString(work.resolve("run.out")), Files.readString(work.resolve("run.err")));
    }

    /**
     * The launcher as a terminal's foreground command starts it: Ctrl-C's signals at their default whatever this
     * JVM was started with, English, this test's socket folder and a fixed SOURCE_DATE_EPOCH.
     */
    private Process launch(String name, Path folder, Map<String, String> env, Object... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,TERM,HUP", LAUNCHER.toString()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(work.resolve(name + ".out").toFile()).redirectError(work.resolve(name + ".err").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(variable -> variable.startsWith("EARCHIVE_") || variable.startsWith("LC_")
                || variable.equals("LANGUAGE"));
        environment.put("LANG", "C.UTF-8");
        environment.put("XDG_RUNTIME_DIR", sockets.getParent().toString());
        environment.put("SOURCE_DATE_EPOCH", "1700000000");
        environment.putAll(env);
        return builder.start();
    }

    /** The client the launcher runs for a job the worker took. */
    private static ProcessHandle client(Process launcher) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<ProcessHandle> client = launcher.descendants().filter(p -> p.info().commandLine()
                    .map(line -> line.contains("WorkerClient")).orElse(false)).findFirst();
            if (client.isPresent()) {
                return client.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no client under the launcher");
    }

    private Path manyDocuments(int count) throws IOException {
        Path many = Files.createDirectories(work.resolve("many"));
        for (int i = 1; i <= count; i++) {
            Files.copy(Fixtures.samples().resolve("quyet-dinh.html"), many.resolve("d" + i + ".html"));
        }
        return many;
    }

    /** Until the batch has finished a document (and is well inside its 300). */
    private static void awaitJournal(Path out, Process run) throws Exception {
        Path journal = out.resolve(".earchive/journal.jsonl");
        for (int i = 0; i < 3000; i++) {
            if (Files.isRegularFile(journal) && !Files.readAllLines(journal).isEmpty()) {
                return;
            }
            assertTrue(run.isAlive(), "the run ended before its first document");
            Thread.sleep(100);
        }
        fail("no document finished in 5 minutes");
    }

    /** Every file under the folder with its SHA-256, the batch state (journal, reports with their timings) aside. */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString();
                if (!relative.startsWith(".earchive/")) {
                    hashes.put(relative, Fixity.sha256(file));
                }
            }
        }
        return hashes;
    }

    /** How long a document took is all that may differ between two runs' JSON. */
    private static String withoutTimings(String json) {
        return json.replaceAll("\"durationMs\":\\d+", "\"durationMs\":N");
    }

    /** Each document's source, status and sentence, as report.json gives them. */
    private static List<String> statuses(Path out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (JsonNode document : JSON.readTree(out.resolve(".earchive/report.json").toFile()).get("documents")) {
            rows.add(document.get("source").asText() + " " + document.get("status").asText() + " " + document.path("sentence").asText()
                    + " " + document.path("warnings"));
        }
        return rows;
    }
}
