package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.earchive.core.DocumentStatus;
import org.earchive.core.RunContext;
import org.earchive.metadata.MetadataSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document past its time limit is not only reported {@code timeout}: its thread stops working on it. The PDF here
 * has 2,000 pages of 150,000 drawing operators each (one shared content stream, so the file stays small): scanning
 * them takes minutes, far past the two seconds allowed and the ten the batch waits for given-up documents to stop.
 */
class GivenUpDocumentStopsTest {

    @TempDir
    Path work;

    @Test
    void theThreadOfATimedOutDocumentStopsAtTheNextOperator() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        writeEndlessPdf(in.resolve("nhieu-net-ve.pdf"));
        BatchOptions twoSeconds = new BatchOptions(1, Duration.ofSeconds(2), false, InputFilter.ALL,
                BatchOptions.DEFAULT_RESERVE_BYTES);

        BatchReport report = new BatchRunner(Engines.start(RunContext.defaults("earchive test"),
                MetadataSettings.defaults(), 1), twoSeconds, Clock.systemUTC()).run(List.of(in), work.resolve("out"), r -> { });

        assertEquals(DocumentStatus.TIMEOUT, report.documents().get(0).status());
        // the batch returns once its given-up threads end, or after its grace period if they do not; the pool counts
        // as ended when its last thread has said so, a moment before that thread is gone: a thread still working
        // on the document would not end in these five seconds either
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("earchive-worker-")) {
                thread.join(5_000);
            }
        }
        List<String> stillWorking = Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("earchive-worker-") && thread.getKey().isAlive())
                .map(thread -> thread.getKey().getName() + (thread.getKey().isInterrupted() ? " (interrupted)" : " (not interrupted)") + " at " + java.util.Arrays.stream(thread.getValue()).limit(60)
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining("\n  "))).toList();
        assertTrue(stillWorking.isEmpty(), "given-up document threads still running: " + stillWorking);
    }

    private static void writeEndlessPdf(Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] stroke = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 50_000; i++) {
                    out.write(stroke);
                }
            }
            for (int i = 0; i < 2_000; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                document.addPage(page);
            }
            document.save(file.toFile());
        }
    }
}
