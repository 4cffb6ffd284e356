package org.earchive.convert.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes LibreOffice die with earchive, however earchive dies. A shutdown hook stops the pool on a normal exit
 * or Ctrl-C, but {@code kill -9} (or the out-of-memory killer) runs no hook, and LibreOffice then lives on,
 * re-parented to init, holding memory and its profile. So a small shell process watches earchive's process id;
 * when it is gone, it kills the LibreOffice processes whose ids earchive last wrote to a file, each only if it
 * still is a LibreOffice process (an id can be reused). The pool writes the file whenever its processes may
 * have changed (start, restart after a number of tasks, a task killed for taking too long).
 */
final class OrphanWatchdog implements AutoCloseable {

    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            for p in $(cat "$2" 2>/dev/null); do
              if grep -q soffice "/proc/$p/cmdline" 2>/dev/null; then kill -9 "$p" 2>/dev/null; fi
            done
            rm -f "$2"
            """;

    private final Path pidFile;
    private final Process watcher;
    private String written = "";

    private OrphanWatchdog(Path pidFile, Process watcher) {
        this.pidFile = pidFile;
        this.watcher = watcher;
    }

    /** @return a watchdog, or null where there is no POSIX shell and /proc (the hook alone then stops LibreOffice) */
    static OrphanWatchdog start() {
        if (!Files.isDirectory(Path.of("/proc/self")) || !Files.isExecutable(Path.of("/bin/sh"))) {
            return null;
        }
        try {
            Path pidFile = Files.createTempFile("earchive-libreoffice-", ".pids");
            Process watcher = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "earchive-watchdog",
                    Long.toString(ProcessHandle.current().pid()), pidFile.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            watcher.getOutputStream().close();
            return new OrphanWatchdog(pidFile, watcher);
        } catch (IOException e) {
            return null;
        }
    }

    /** The LibreOffice processes this JVM started (its descendants running soffice). */
    static List<ProcessHandle> officeProcesses() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().orElse("").contains("soffice"))
                .toList();
    }

    /** Records the current LibreOffice processes for the watcher, when they changed since last time. */
    synchronized void record() {
        String pids = officeProcesses().stream().map(process -> Long.toString(process.pid()))
                .collect(Collectors.joining("\n"));
        if (pids.equals(written)) {
            return;
        }
        try {
            Path next = pidFile.resolveSibling(pidFile.getFileName() + ".next");
            Files.writeString(next, pids + "\n", StandardCharsets.US_ASCII);
            Files.move(next, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = pids;
        } catch (IOException e) {
            // the next document tries again; the shutdown hook still stops the pool on an ordinary exit
        }
    }

    /** The pool stopped its processes itself: the watcher is not needed any more. */
    @Override
    public synchronized void close() {
        watcher.destroy();
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a temp file: the system's clean-up removes it
        }
    }
}
