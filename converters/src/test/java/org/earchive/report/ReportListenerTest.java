package org.earchive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.DescriptionProfile;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RunContext;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.Engines;
import org.earchive.pipeline.OutputBusyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports a clerk and a script read after a batch, as the front ends get them: by registering
 * {@link ReportListener} with the batch (the batch alone writes none).
 */
class ReportListenerTest {

    private static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");

    @TempDir
    Path work;

    @Test
    void theReportsAndTheGoodDocumentsPictureAreAllThatIsWrittenBesideItsFiles() throws Exception {
        Path out = work.resolve("out");

        runner().run(List.of(Fixtures.bad(), Fixtures.samples().resolve("cong-van-windows-1258.txt")), out,
                new ReportListener());

        try (Stream<Path> files = Files.walk(out)) {
            List<String> written = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .map(p -> p.startsWith(".earchive/thumbs/") ? ".earchive/thumbs/(picture of the PDF)" : p).sorted().toList();
            assertEquals(List.of(".earchive/journal.jsonl", ".earchive/lock", ".earchive/report.csv", ".earchive/report.html",
                    ".earchive/report.json", ".earchive/thumbs/(picture of the PDF)", "cong-van-windows-1258.pdf",
                    "cong-van-windows-1258.premis.xml", "cong-van-windows-1258.xml"),
                    written, "only the good document's PDF, its metadata and the reports; no scratch files");
        }
    }

    @Test
    void reportJsonTellsAScriptWhatHappened() throws Exception {
        Path out = work.resolve("out");
        runner().run(List.of(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), Fixtures.bad().resolve("empty.txt")),
                out, new ReportListener());
        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(2, report.get("summary").get("documents").asInt());
        JsonNode good = report.get("documents").get(0);
        assertEquals("bao-cao-tong-ket.txt", good.get("source").asText());
        assertEquals("converted", good.get("status").asText());
        assertEquals("born-digital", good.get("class").asText());
        assertEquals("PDF/A-2u", good.get("pdfaLevel").asText());
        assertEquals("bao-cao-tong-ket.pdf", good.get("outputs").get(0).asText());
        assertTrue(good.get("durationMs").isNumber());
        assertTrue(good.get("warnings").isArray());
        JsonNode empty = report.get("documents").get(1);
        assertEquals("empty-file", empty.get("status").asText());
        assertTrue(empty.get("pdfaLevel").isNull());
        String csv = Files.readString(out.resolve(".earchive/report.csv"));
        assertTrue(csv.startsWith("\uFEFFsource,status,"), "CSV starts with a BOM and a header");

        ReportFile typed = ReportFile.read(out.resolve(".earchive/report.json"));
        assertEquals(List.of("bao-cao-tong-ket.pdf", "bao-cao-tong-ket.xml", "bao-cao-tong-ket.premis.xml"),
                typed.documents().get(0).outputs(), "read back through the class that wrote it");
    }

    @Test
    void aReRunSaysWhichDocumentsWereCarriedOverUnchanged() throws Exception {
        Path in = Files.createDirectories(work.resolve("in/a"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thong-bao.txt"));
        Files.copy(Fixtures.bad().resolve("empty.txt"), in.resolve("empty.txt"));
        Path out = work.resolve("out");
        runner().run(List.of(work.resolve("in")), out, new ReportListener());

        runner().run(List.of(work.resolve("in")), out, new ReportListener());

        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(1, report.get("summary").get("unchanged").asInt());
        assertEquals("a/thong-bao.txt", report.get("documents").get(1).get("source").asText());
        assertTrue(report.get("documents").get(1).get("unchanged").asBoolean());
        assertFalse(report.get("documents").get(0).get("unchanged").asBoolean(), "a failure is tried again");
    }

    @Test
    void anEmailsAttachmentsAreListedAfterItEachWithItsOwnStatus() throws Exception {
        Path in = Files.createDirectories(work.resolve("in/mail"));
        Files.copy(Fixtures.root().resolve("mail/thu-co-dinh-kem.eml"), in.resolve("thu.eml"));
        Path out = work.resolve("out");
        try (Engines engines = Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH)
                .withDescription(DescriptionProfile.DC).withOfficeEngine(OfficeEngine.JAVA),
                new MetadataSettings(DescriptionProfile.DC, ClerkMetadata.none()), TesseractOcr.off(), 1)) {
            new BatchRunner(engines, BatchOptions.defaults(1), Clock.systemUTC())
                    .run(List.of(work.resolve("in")), out, new ReportListener());
        }

        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        List<String> sources = new ArrayList<>();
        report.get("documents").forEach(d -> sources.add(d.get("source").asText()));
        assertEquals("mail/thu.eml", sources.get(0));
        assertEquals(4, report.get("summary").get("documents").asInt());
        assertEquals(1, report.get("summary").get("corrupt").asInt());
        String csv = Files.readString(out.resolve(".earchive/report.csv"));
        assertTrue(csv.contains("mail/thu.eml#hong.docx,corrupt"), csv);
        assertTrue(Files.readString(out.resolve(".earchive/report.html")).contains("mail/thu.eml#bao-cao-kiem-tra.docx"));
    }

    @Test
    void aReportThatCannotBeWrittenEndsTheRunAsAnOutputThatTakesNoWritesWithTheDocumentsKept() throws Exception {
        Path out = work.resolve("out");
        // a folder where report.json must go: no file can be renamed over it
        Files.createDirectories(out.resolve(".earchive/report.json/in-the-way"));

        OutputBusyException failure = assertThrows(OutputBusyException.class, () -> runner().run(
                List.of(Fixtures.samples().resolve("bao-cao-tong-ket.txt")), out,
                BatchListener.all(List.of(new ReportListener()))));

        assertTrue(failure.getMessage().startsWith("The reports could not be written to "), failure.getMessage());
        assertTrue(failure.getMessage().contains("the PDFs and the journal are complete"), failure.getMessage());
        assertTrue(Files.isRegularFile(out.resolve("bao-cao-tong-ket.pdf")));
        try (Stream<Path> files = Files.list(out.resolve(".earchive"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written report stays");
        }
    }

    private static BatchRunner runner() {
        return new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH),
                MetadataSettings.defaults(), 1), 2, Clock.systemUTC());
    }
}
