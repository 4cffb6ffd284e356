package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.DocumentStatus;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.detect.TikaDetector;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataField;
import org.earchive.metadata.MetadataSettings;
import org.earchive.metadata.MetadataTemplate;
import org.earchive.metadata.TemplateBuilder;
import org.earchive.testing.TesseractForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk's template for a scan (issue 18): filled from the scan's OCR as convert reads it, and the page read by
 * Tesseract once for both when they share the OCR cache ({@code EARCHIVE_OCR_CACHE}). One Tesseract reading.
 */
class TemplateScanReadingTest {

    @TempDir
    Path work;

    @Test
    void aScansRowIsFilledAndConvertAfterwardsDoesNotReadThePageAgain() throws Exception {
        TesseractForTests.require();
        // Tesseract behind a script that notes each page it is asked to read, then runs the real one
        Path calls = work.resolve("calls.txt");
        Path counting = work.resolve("tesseract");
        Files.writeString(counting, "#!/bin/sh\ncase \"$*\" in *hocr*) echo \"$*\" >> '" + calls + "';; esac\n"
                + "exec tesseract \"$@\"\n");
        Files.setPosixFilePermissions(counting, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(Tesseract.EXECUTABLE_VARIABLE, counting.toString());
        environment.put("EARCHIVE_OCR_CACHE", work.resolve("ocr-cache").toString());
        Path in = Files.createDirectories(work.resolve("in"));
        Path scan = Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.jpg"));
        RunContext context = RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z"));

        TemplateBuilder template = new TemplateBuilder(new TikaDetector(), ClerkMetadata.none(),
                new ScanOcrReading(context, TesseractOcr.start(OcrSettings.defaults(1), environment), work.resolve("tmp")));
        MetadataTemplate.Row row = template.row(scan, "scan.jpg");
        assertEquals("607", row.metadata().valueOrNull(MetadataField.CODE_NUMBER), "read from the OCR'd công văn");
        assertEquals("SNV-VTLT", row.metadata().valueOrNull(MetadataField.CODE_NOTATION));
        assertTrue(row.metadata().field(MetadataField.CODE_NUMBER).orElseThrow().evidence().startsWith("OCR text"),
                "the confidence the sheet shows is the one measured for OCR'd numbers");
        int readings = Files.readAllLines(calls).size();
        assertTrue(readings >= 1, "the template read the page");
        try (var scratch = Files.list(work.resolve("tmp"))) {
            assertEquals(List.of(), scratch.toList(), "no scratch PDF or page image left behind");
        }

        Path out = work.resolve("out");
        BatchRunner convert = new BatchRunner(Engines.start(context, MetadataSettings.defaults(),
                TesseractOcr.start(OcrSettings.defaults(1), environment), 1), 1, Clock.systemUTC());
        DocumentResult result = convert.run(List.of(in), out, r -> { }).documents().get(0);
        assertEquals(DocumentStatus.CONVERTED, result.status(), result.message());
        assertEquals(readings, Files.readAllLines(calls).size(), "convert took the page from the cache");
        String description = Files.readString(out.resolve("scan.xml"));
        assertTrue(description.contains("<codeNumber>607</codeNumber>"), description);
        assertTrue(description.contains("<codeNotation>SNV-VTLT</codeNotation>"), description);
    }
}
