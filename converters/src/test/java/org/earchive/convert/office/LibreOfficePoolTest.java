package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.earchive.fixtures.Fixtures;
import org.jodconverter.core.office.OfficeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pool does when LibreOffice's process ends in the middle of a document (a crash, the kernel's
 * out-of-memory killer, a crowded machine): JODConverter restarts the process and reports the task as
 * "cancelled". Such a document used to go straight to the Java engine, laid out unlike its neighbours.
 */
class LibreOfficePoolTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path work;

    @Test
    void aDocumentWhoseLibreOfficeProcessIsKilledIsConvertedOnTheFreshProcess() throws Exception {
        LibreOfficePool found = LibreOfficeToPdfaConverterTest.requireLibreOffice();
        Path longDocument = manyPages(work.resolve("long.docx"));
        try (LibreOfficePool pool = found) {
            // started and past its first-start restart, so the process killed below is the one converting
            pool.toPdf(Fixtures.root().resolve("detect/bao-cao.docx"), DOCX, work.resolve("warm.pdf"));
            Thread killer = killTheLibreOfficeProcessOnceItWorks();

            Path target = work.resolve("long.pdf");
            pool.toPdf(longDocument, DOCX, target);
            killer.join(Duration.ofMinutes(1).toMillis());

            assertEquals(1, pool.processesLost(), "the process was killed while it converted the document");
            assertTrue(Files.size(target) > 0, "the document was converted again on the restarted process");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
                assertTrue(pdf.getNumberOfPages() > 20, "the whole document: " + pdf.getNumberOfPages() + " pages");
            }
        }
        assertFalse(ProcessHandle.current().descendants().anyMatch(p -> p.isAlive()
                && p.info().command().orElse("").contains("soffice")), "no LibreOffice process is left behind");
    }

    @Test
    void aDocumentThatTakesLibreOfficeDownTwiceIsRefusedWithASentenceNotJodConvertersTask() {
        LibreOfficePool pool = new LibreOfficePool(new File("/nowhere"), 1, 300_000);
        AtomicInteger attempts = new AtomicInteger();

        IOException refused = assertThrows(IOException.class, () -> pool.exportGivingOneMoreChance(false, () -> {
            attempts.incrementAndGet();
            throw new OfficeException("Task was cancelled: LocalConversionTask{source=...}", new CancellationException());
        }));

        assertEquals(2, attempts.get(), "given once more, not more");
        assertEquals(2, pool.processesLost());
        assertTrue(refused.getMessage().startsWith("LibreOffice stopped twice while converting the document"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("LocalConversionTask"), refused.getMessage());
    }

    @Test
    void aProcessLostOnceThenAConversionThatWorksIsNoFailure() throws IOException {
        LibreOfficePool pool = new LibreOfficePool(new File("/nowhere"), 1, 300_000);
        AtomicInteger attempts = new AtomicInteger();

        pool.exportGivingOneMoreChance(false, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OfficeException("Task was cancelled: LocalConversionTask{}", new CancellationException());
            }
        });

        assertEquals(2, attempts.get());
        assertEquals(1, pool.processesLost());
    }

    @Test
    void otherFailuresAreNotRepeatedAndSayWhatHappenedInAClerksWords() {
        LibreOfficePool pool = new LibreOfficePool(new File("/nowhere"), 1, 300_000);
        AtomicInteger attempts = new AtomicInteger();

        IOException timedOut = assertThrows(IOException.class, () -> pool.exportGivingOneMoreChance(false, () -> {
            attempts.incrementAndGet();
            throw new OfficeException("Task did not complete within timeout (300000 ms): LocalConversionTask{}",
                    new TimeoutException());
        }));
        IOException failed = assertThrows(IOException.class, () -> pool.exportGivingOneMoreChance(true, () -> {
            attempts.incrementAndGet();
            throw new OfficeException("Task did not complete: LocalConversionTask{source=x}", new IOException("x"));
        }));

        assertEquals(2, attempts.get(), "a time limit or an error is not a lost process: no second try");
        assertEquals("LibreOffice did not finish the document within the 5 minute(s) allowed and was stopped",
                timedOut.getMessage());
        assertEquals("LibreOffice could not convert the document to DOCX (Task did not complete)", failed.getMessage());
        assertEquals(0, pool.processesLost());
    }

    /** A DOCX long enough to keep LibreOffice busy for a while on any machine. */
    private static Path manyPages(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            for (int i = 0; i < 3000; i++) {
                document.createParagraph().createRun().setText("Đoạn " + i + ": văn bản hành chính được lưu trữ lâu dài"
                        + " theo Luật Lưu trữ 2024, từng trang được kiểm tra trước khi nộp lưu vào kho.");
            }
            document.write(out);
        }
        return target;
    }

    /**
     * Kills this test's LibreOffice process once it has used a third of a CPU-second more than when the thread
     * started: it is then converting the document, not idle (only this JVM's own children are looked at).
     */
    private static Thread killTheLibreOfficeProcessOnceItWorks() {
        Map<Long, Duration> before = new java.util.HashMap<>();
        offices().forEach(p -> before.put(p.pid(), cpu(p)));
        Thread killer = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                for (ProcessHandle office : offices().toList()) {
                    Duration start = before.getOrDefault(office.pid(), Duration.ZERO);
                    if (cpu(office).minus(start).toMillis() > 330) {
                        office.destroyForcibly();
                        return;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "kill-libreoffice");
        killer.start();
        return killer;
    }

    private static java.util.stream.Stream<ProcessHandle> offices() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().command().orElse("").contains("soffice.bin"));
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
