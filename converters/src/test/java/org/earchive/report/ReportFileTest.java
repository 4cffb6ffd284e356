package org.earchive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json is read by packaging, scripts and other tools: its bytes are a contract. The example file was
 * written by the hand-built JSON tree this class replaced; the records must give it byte for byte, and read it
 * back to the same values.
 */
class ReportFileTest {

    @TempDir
    Path work;

    @Test
    void writesTheRecordedBytesAndReadsThemBack() throws Exception {
        String expected = new String(ReportFileTest.class.getResourceAsStream("report-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
        ReportFile file = ReportWriter.file(example());

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        file.writeTo(written);
        assertEquals(expected, written.toString(StandardCharsets.UTF_8));
        assertEquals(expected, file.toPrettyString(), "--json prints what the file holds");

        Path copy = Files.writeString(work.resolve("report.json"), expected);
        assertEquals(file, ReportFile.read(copy));
        assertEquals(Map.of("converted", 2, "corrupt", 1), ReportFile.read(copy).summary().byStatus());
    }

    @Test
    void aReportFromAnotherVersionWithFieldsThisOneDoesNotKnowIsStillRead() throws Exception {
        Path report = Files.writeString(work.resolve("report.json"), "{\"tool\":\"earchive 9\",\"comingSoon\":1,"
                + "\"documents\":[{\"source\":\"a.txt\",\"status\":\"converted\",\"outputs\":[\"a.pdf\"],\"new\":[1]}]}");

        ReportFile file = ReportFile.read(report);

        assertEquals("a.txt", file.documents().get(0).source());
        assertEquals(List.of("a.pdf"), file.documents().get(0).outputs());
        assertEquals(List.of(), file.documents().get(0).warnings());
    }

    /** Unicode, quotes and a control character, nulls, facts out of order, a large duration, a count per status. */
    private static BatchReport example() {
        DocumentResult converted = new DocumentResult("thư/công văn.txt", DocumentStatus.CONVERTED,
                "Converted \"ok\" \u0001", "born-digital", "text/plain", "x-fmt/111", "PDF/A-2u", 3,
                List.of("thư/công văn.pdf", "thư/công văn.xml"), List.of("w1", "w2"), List.of(),
                Map.of("z", "1", "a", "ư", "m", "q"), "abc", 12345678901L, true);
        DocumentResult corrupt = new DocumentResult("x.bin", DocumentStatus.CORRUPT, "bad", null, null, null, null, 0,
                List.of(), List.of(), List.of("6.1.2-1"), Map.of(), null, 0);
        return new BatchReport("earchive t", Instant.parse("2026-01-02T03:04:05.123456789Z"),
                Instant.parse("2026-01-02T03:04:06Z"), List.of(converted, corrupt, converted));
    }
}
