package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guard shell Tesseract runs under leaves nothing behind: no process of its own outlives it, not even as a
 * zombie (process 1 does not reap them in a container). Only this JVM's own session is looked at, and in it only
 * orphans and this JVM's zombies, never the other programs of the machine.
 */
class ExternalProcessTest {

    @Test
    void theGuardedProgramsExitCodeAndOutputComeBackAndNoProcessOfTheGuardIsLeft() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")) && Files.isExecutable(Path.of("/bin/sh")), "needs /proc and /bin/sh");
        String session = statField(ProcessHandle.current().pid(), 5);
        Set<Long> before = processesOfSession(session);

        for (int run = 0; run < 3; run++) {
            ExternalProcess.Outcome outcome = ExternalProcess.runDyingWithEarchive(
                    List.of("/bin/sh", "-c", "echo trang " + run + "; exit 3"), Map.of(), Duration.ofSeconds(60));
            assertEquals(3, outcome.exitCode());
            assertEquals("trang " + run, outcome.lastLine());
        }
        Thread.sleep(1_500); // the old guard's last 'sleep 1' would have ended (and stayed a zombie) by now

        Set<Long> left = processesOfSession(session);
        left.removeAll(before);
        // what the guard could leave: an orphan (its parent gone, process 1 took it) or a zombie of this JVM's;
        // other programs of this session (a build beside the test) have parents of their own
        String self = Long.toString(ProcessHandle.current().pid());
        left.removeIf(pid -> !"1".equals(statField(pid, 3)) && !(self.equals(statField(pid, 3)) && isZombie(pid)));
        assertTrue(left.isEmpty(), "processes the guard left in this session: " + describe(left));
    }

    private static Set<Long> processesOfSession(String session) throws Exception {
        Set<Long> pids = new HashSet<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (session.equals(statField(pid, 5))) {
                    pids.add(pid);
                }
            }
        }
        return pids;
    }

    private static boolean isZombie(long pid) {
        return "Z".equals(statField(pid, 2));
    }

    /** A field of /proc/PID/stat, counting from 0 (pid), past the command name in parentheses; null if gone. */
    private static String statField(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return after[index - 2];
        } catch (Exception gone) {
            return null;
        }
    }

    private static String describe(Set<Long> pids) {
        StringBuilder text = new StringBuilder();
        for (long pid : pids) {
            try {
                text.append(pid).append(' ').append(Files.readString(Path.of("/proc/" + pid + "/stat")).strip()).append("; ");
            } catch (Exception gone) {
                text.append(pid).append(" (gone); ");
            }
        }
        return text.toString();
    }
}
