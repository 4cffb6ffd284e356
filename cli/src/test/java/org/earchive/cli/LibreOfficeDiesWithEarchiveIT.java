package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of earchive in the middle of a batch runs no shutdown hook: the LibreOffice and Tesseract processes it
 * started must still go, and not live on under init. Only the processes this earchive started are looked at, so a user's
 * own LibreOffice open beside the build changes nothing.
 */
class LibreOfficeDiesWithEarchiveIT {

    @TempDir
    Path work;

    @Test
    void theLibreOfficeProcessesOfAKilledRunEndWithIt() throws Exception {
        LibreOfficePool installed = LibreOfficePool.find(1, 60_000);
        if (installed == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            fail("CI installs LibreOffice, but it was not found");
        }
        assumeTrue(installed != null, "LibreOffice is not installed here");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "the watchdog needs /proc (Linux)");
        Path in = Files.createDirectories(work.resolve("in"));
        for (int i = 1; i <= 20; i++) {
            Files.copy(Fixtures.root().resolve("detect/bao-cao.docx"), in.resolve("bao-cao-" + i + ".docx"));
        }
        Process earchive = ResumeAfterKillIT.earchiveInChildJvm("convert", in.toString(), "--out",
                work.resolve("out").toString(), "--engine", "libreoffice", "--jobs", "1");
        List<ProcessHandle> office = awaitFirstPdf(earchive, work.resolve("out"));

        earchive.destroyForcibly(); // SIGKILL: no shutdown hook runs
        earchive.waitFor();

        // not a timing assertion: the watchdog looks once a second; the limit only stops a broken build from hanging
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp) && office.stream().anyMatch(LibreOfficeDiesWithEarchiveIT::running)) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), office.stream().filter(LibreOfficeDiesWithEarchiveIT::running).map(ProcessHandle::pid).toList(),
                "LibreOffice processes left running after earchive was killed");
    }

    /**
     * The same for Tesseract: a page being read when earchive is killed is not read to its end under init. Each
     * Tesseract runs under a small shell that kills it once earchive's process is gone (ExternalProcess).
     */
    @Test
    void theTesseractProcessesOfAKilledRunEndWithIt() throws Exception {
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found() && "1".equals(System.getenv("EARCHIVE_REQUIRE_TESSERACT"))) {
            fail("CI installs Tesseract, but it was not found: " + lookup.problem());
        }
        assumeTrue(lookup.found(), "Tesseract is not installed here");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "the guard needs /proc (Linux)");
        Path in = Files.createDirectories(work.resolve("scans"));
        for (int i = 1; i <= 10; i++) {
            Files.copy(Fixtures.samples().resolve("scans/bao-cao-300dpi-g4.tif"), in.resolve("bao-cao-" + i + ".tif"));
        }
        Process earchive = ResumeAfterKillIT.earchiveInChildJvm("convert", in.toString(), "--out",
                work.resolve("scans-out").toString(), "--jobs", "2");
        List<ProcessHandle> tesseract = List.of();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (tesseract.isEmpty() && earchive.isAlive() && Instant.now().isBefore(giveUp)) {
            tesseract = earchive.toHandle().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("tesseract")).toList();
            Thread.sleep(50);
        }
        earchive.destroyForcibly(); // SIGKILL: no shutdown hook runs
        earchive.waitFor();
        assertFalse(tesseract.isEmpty(), "earchive never started Tesseract");

        // not a timing assertion: the guard looks once a second; the limit only stops a broken build from hanging
        Instant gone = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(gone) && tesseract.stream().anyMatch(LibreOfficeDiesWithEarchiveIT::running)) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), tesseract.stream().filter(LibreOfficeDiesWithEarchiveIT::running).map(ProcessHandle::pid).toList(),
                "Tesseract processes left running after earchive was killed");
    }

    /**
     * The LibreOffice processes the child started, once LibreOffice has converted a document (so the run is
     * well inside its batch, and its pool has written down its processes for the watchdog).
     */
    private static List<ProcessHandle> awaitFirstPdf(Process earchive, Path out) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp) && earchive.isAlive()) {
            boolean converted;
            try (var files = Files.list(out)) {
                converted = files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
            } catch (java.nio.file.NoSuchFileException notYet) {
                converted = false;
            }
            List<ProcessHandle> office = earchive.toHandle().descendants()
                    .filter(p -> p.info().command().orElse("").contains("soffice")).toList();
            if (converted && !office.isEmpty()) {
                return office;
            }
            Thread.sleep(100);
        }
        earchive.destroyForcibly();
        fail("earchive never converted a document with LibreOffice");
        return List.of();
    }

    /** Alive and not a zombie: a killed process whose new parent (init in a container) never reaps it is gone. */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }
}
