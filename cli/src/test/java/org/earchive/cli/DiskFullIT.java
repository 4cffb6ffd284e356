package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up under a run: the documents in flight are "disk-full" (not "failed", not a raw
 * IOException), nothing of them is left half-written, no further document starts, the reports are written and the
 * run ends with exit code 4 and a sentence saying where they are.
 *
 * <p>The full disk is real: a 256 KB tmpfs mounted over the output's one subfolder, inside a user and mount
 * namespace of the child run's own ({@code unshare -rm}, as any user may where the kernel allows it), so no root
 * is needed and nothing outside the test sees it. The state folder (journal, reports, scratch) stays on the test's
 * disk, where the reports can be read after the namespace is gone. Skipped where namespaces are not allowed.
 */
class DiskFullIT {

    @TempDir
    Path work;

    @Test
    void documentsInFlightAreDiskFullAndTheReportsAreWritten() throws Exception {
        assumeTrue(canMountInOwnNamespace(), "needs unshare -rm and tmpfs (a Linux user namespace) to fill a disk without root");
        Path in = Files.createDirectories(work.resolve("in/sub"));
        for (int i = 1; i <= 12; i++) {
            Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve(String.format("bao-cao-%02d.txt", i)));
        }
        Path out = work.resolve("out");
        Path tiny = Files.createDirectories(out.resolve("sub"));
        Path listing = work.resolve("sub-listing.txt");

        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", work.resolve("in").toString(), "--out", out.toString(), "--jobs", "2"));
        List<String> command = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o size=256k tmpfs \"$0\" || exit 99; \"$@\"; code=$?; ls -a \"$0\" > \"$LISTING\"; exit $code",
                tiny.toString()));
        command.addAll(java);
        Path log = work.resolve("convert.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // UTF-8, or Java reads every non-ASCII file name as question marks; English whatever the machine's language
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("EARCHIVE_LANG", "en");
        builder.environment().put("HOME", work.toString());
        builder.environment().put("LISTING", listing.toString());
        Process run = builder.start();
        // not a timing assertion: the limit only stops a broken build from hanging
        assertTrue(run.waitFor(20, TimeUnit.MINUTES), "the run did not end");
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        String shown = "exit " + run.exitValue() + "\n" + printed;

        assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, run.exitValue(), shown);
        assertTrue(printed.contains("The output disk filled up") && printed.contains("report.html"), shown);
        assertFalse(printed.contains("Exception") || printed.contains("report it as a bug"), shown);
        assertTrue(Files.isRegularFile(out.resolve(".earchive/report.html")), "no report.html\n" + shown);
        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        int diskFull = 0;
        int converted = 0;
        for (JsonNode document : report.get("documents")) {
            String status = document.get("status").asText();
            if ("disk-full".equals(status)) {
                diskFull++;
                assertTrue(document.get("message").asText().contains("disk is full"), document::toString);
                assertEquals(0, document.get("outputs").size(), document::toString);
            } else {
                assertEquals("converted", status, document::toString);
                converted++;
            }
        }
        assertTrue(diskFull >= 1, "no document was disk-full:\n" + report.toPrettyString());
        assertTrue(converted >= 1, "the disk held at least one document before it filled:\n" + report.toPrettyString());
        assertTrue(report.get("documents").size() < 12, "documents were still started on a full disk");

        List<String> left = Files.readAllLines(listing).stream().filter(name -> !name.equals(".") && !name.equals("..")).toList();
        for (String name : left) {
            assertTrue(name.matches("bao-cao-\\d\\d\\.(pdf|xml|premis\\.xml)"), "half-written or stray file on the full disk: " + left);
        }
        assertEquals(3 * converted, left.size(), "each converted document's three outputs, nothing else: " + left);
        Path scratch = out.resolve(".earchive/tmp");
        assertTrue(!Files.exists(scratch) || Files.list(scratch).findAny().isEmpty(), "scratch files left behind");
    }

    /** Whether this machine lets an ordinary process mount a tmpfs in a namespace of its own. */
    private boolean canMountInOwnNamespace() {
        try {
            Path probe = Files.createDirectories(work.resolve("probe"));
            Process process = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"",
                    probe.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
