package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher sizes Java's heap from the documents converted at once (docs/cost.md): 2 GB for one or two, 768 MB
 * more for each beyond, never over half the machine's memory; EARCHIVE_JAVA_OPTS replaces it. Read from the JVM's
 * own final flags, as the launcher started it.
 */
class LauncherHeapIT {

    private static final Path LAUNCHER = Fixtures.root().getParent().resolve("earchive");
    private static final long MB = 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void theHeapGrowsWithTheJobsUpToHalfTheMachine() throws Exception {
        long half = machineMegabytes() / 2;
        assertAbout(Math.min(2048, Math.max(1024, half)), heapMegabytes(null, "--jobs", "1"));
        assertAbout(Math.min(2048 + 4 * 768, Math.max(1024, half)), heapMegabytes(null, "--jobs=6"));
        assertAbout(Math.min(2048 + 768, Math.max(1024, half)), heapMegabytes(null, "-j", "3"));
    }

    @Test
    void earchiveJavaOptsReplacesTheLaunchersHeap() throws Exception {
        assertEquals(700, heapMegabytes("-Xmx700m", "--jobs", "6"));
    }

    /** The JVM rounds the heap up to its alignment (a few megabytes). */
    private static void assertAbout(long expectedMegabytes, long megabytes) {
        assertTrue(megabytes >= expectedMegabytes && megabytes <= expectedMegabytes + 4,
                "heap " + megabytes + " MB, expected " + expectedMegabytes);
    }

    /** The launcher run on an empty folder with {@code jobs}; the JVM prints its final flags first. */
    private long heapMegabytes(String javaOpts, String... jobs) throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString(), "detect", in.toString()));
        command.addAll(List.of(jobs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal");
        builder.environment().remove("EARCHIVE_JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("EARCHIVE_JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher ended");
        Matcher heap = Pattern.compile("\\bMaxHeapSize\\s+=\\s+(\\d+)").matcher(out);
        assertTrue(heap.find(), out);
        return Long.parseLong(heap.group(1)) / MB;
    }

    /** The machine's memory, or the container's limit when lower, as the launcher reads them. */
    private static long machineMegabytes() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the launcher sizes the heap on Linux only");
        long megabytes = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElseThrow();
        Path limit = Path.of("/sys/fs/cgroup/memory.max");
        if (Files.isReadable(limit) && Files.readString(limit).trim().matches("\\d+")) {
            megabytes = Math.min(megabytes, Long.parseLong(Files.readString(limit).trim()) / MB);
        }
        return megabytes;
    }
}
