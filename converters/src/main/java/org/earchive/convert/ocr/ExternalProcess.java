package org.earchive.convert.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program to completion or until its time is up, whichever comes first. A program that
 * overstays is destroyed (with any children it started), never left running behind the batch.
 */
final class ExternalProcess {

    /** What the program printed (standard output and error together) and how it ended. */
    record Outcome(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** The last non-blank line, which is where command-line tools put their complaint. */
        String lastLine() {
            List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
    }

    /** The program did not finish within its time and was stopped. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut(Duration limit) {
            super("did not finish within " + limit.toSeconds() + " s and was stopped");
        }
    }

    /** Programs running now: stopped if the JVM goes down first (Ctrl-C), so none outlives earchive. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ExternalProcess::destroy),
                "earchive-stop-external-programs"));
    }

    private ExternalProcess() {
    }

    /**
     * Runs the program under a small shell that kills it if earchive's JVM dies first. The shutdown hook above
     * stops programs on Ctrl-C, but {@code kill -9} or the out-of-memory killer runs no hook, and a Tesseract
     * reading a large page would live on under init. The shell waits for the program (its exit code is the
     * program's); beside it, a subshell reads the shell's standard input, a pipe whose other end only earchive
     * holds: it blocks until earchive ends, however it ends (the system closes the pipe), then kills the program.
     * A pipe rather than a loop that sleeps and looks: each {@code sleep} a killed loop leaves behind outlives it as
     * an orphan, a zombie for ever where process 1 does not reap (a container). Where there is no POSIX shell or
     * /proc, the program runs directly. For programs known to be installed (a missing one would be the shell's exit
     * code 127, not an IOException).
     */
    static Outcome runDyingWithEarchive(List<String> command, Map<String, String> environment, Duration limit)
            throws IOException, TimedOut, InterruptedException {
        if (!Files.isDirectory(Path.of("/proc/self")) || !Files.isExecutable(Path.of("/bin/sh"))) {
            return run(command, environment, limit, ProcessBuilder.Redirect.from(nullDevice()));
        }
        List<String> guarded = new java.util.ArrayList<>(List.of("/bin/sh", "-c", GUARD, "earchive-guard"));
        guarded.addAll(command);
        return run(guarded, environment, limit, ProcessBuilder.Redirect.PIPE);
    }

    /**
     * The pipe is kept as file descriptor 3 (an asynchronous list's own standard input is /dev/null); the program
     * gets neither. Killing the guard ends its {@code read}, a builtin: no process of the guard is left to reap.
     */
    private static final String GUARD = """
            exec 3<&0
            "$@" </dev/null 3<&- & child=$!
            ( read -r _ <&3; kill -9 "$child" 2>/dev/null ) &
            guard=$!
            wait "$child"; code=$?
            kill "$guard" 2>/dev/null; wait "$guard" 2>/dev/null
            exit "$code"
            """;

    /**
     * @param environment variables added to the inherited environment
     * @throws IOException when the program cannot be started (not installed, not executable)
     */
    static Outcome run(List<String> command, Map<String, String> environment, Duration limit)
            throws IOException, TimedOut, InterruptedException {
        return run(command, environment, limit, ProcessBuilder.Redirect.from(nullDevice()));
    }

    /** @param input the program's standard input: /dev/null, or a pipe earchive holds open until the program ends */
    private static Outcome run(List<String> command, Map<String, String> environment, Duration limit,
                               ProcessBuilder.Redirect input) throws IOException, TimedOut, InterruptedException {
        // Output goes to a file, not a pipe: a chatty program can never block on a full pipe buffer.
        Path output = Files.createTempFile("earchive-process", ".txt");
        Process process = null;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(input);
            builder.environment().putAll(environment);
            process = builder.start();
            RUNNING.add(process);
            if (!process.waitFor(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS)) {
                throw new TimedOut(limit);
            }
            return new Outcome(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } finally {
            if (process != null) {
                if (process.isAlive()) {
                    destroy(process);
                    process.waitFor(5, TimeUnit.SECONDS);
                }
                RUNNING.remove(process);
            }
            Files.deleteIfExists(output);
        }
    }

    /**
     * Kills the program and everything it started. The children go first: a guard shell whose program was killed
     * reaps it and ends by itself, whereas a guard killed first would leave the program a zombie for process 1 to
     * reap, which in a container may never happen (and it would look alive to anyone checking).
     */
    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
