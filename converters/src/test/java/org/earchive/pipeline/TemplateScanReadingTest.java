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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * Tesseract once for both when they share the OCR cache ({@code EARCHIVE_OCR_CACHE}); for an image scan and for a
 * scanned PDF. One Tesseract reading each.
 */
class TemplateScanReadingTest {

    @TempDir
    Path work;

    @Test
    void aScansRowIsFilledAndConvertAfterwardsDoesNotReadThePageAgain() throws Exception {
        TesseractForTests.require();
        Path in = Files.createDirectories(work.resolve("in"));
        TemplateThenConvert run = templateThenConvert(
                Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.jpg")));

        assertEquals("607", run.row().metadata().valueOrNull(MetadataField.CODE_NUMBER), "read from the OCR'd công văn");
        assertEquals("SNV-VTLT", run.row().metadata().valueOrNull(MetadataField.CODE_NOTATION));
        assertTrue(run.row().metadata().field(MetadataField.CODE_NUMBER).orElseThrow().evidence().startsWith("OCR text"),
                "the confidence the sheet shows is the one measured for OCR'd numbers");
        assertTrue(run.description().contains("<codeNumber>607</codeNumber>"), run.description());
        assertTrue(run.description().contains("<codeNotation>SNV-VTLT</codeNotation>"), run.description());
    }

    /**
     * A scanned PDF (the same công văn as one 200-dpi JPEG page in a PDF): its row is filled from the OCR of its page,
     * as convert reads it; convert afterwards takes the page from the cache, and weighs what it reads by the words'
     * confidences as the template did, so the description holds every value the row shows, with the same confidence.
     */
    @Test
    void aScannedPdfsRowIsFilledAndConvertWritesTheSameValues() throws Exception {
        TesseractForTests.require();
        Path in = Files.createDirectories(work.resolve("in"));
        TemplateThenConvert run = templateThenConvert(
                scannedPdf(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.pdf")));

        MetadataTemplate.Row row = run.row();
        assertEquals("607", row.metadata().valueOrNull(MetadataField.CODE_NUMBER), "read from the OCR'd page");
        assertEquals("SNV-VTLT", row.metadata().valueOrNull(MetadataField.CODE_NOTATION));
        assertTrue(row.metadata().field(MetadataField.CODE_NUMBER).orElseThrow().evidence().startsWith("OCR text"));
        for (MetadataField field : List.of(MetadataField.CODE_NUMBER, MetadataField.CODE_NOTATION,
                MetadataField.ORGAN_NAME, MetadataField.SUBJECT)) {
            row.metadata().field(field).ifPresent(value -> assertTrue(
                    run.description().contains(">" + value.value().replace("&", "&amp;") + "<"),
                    field + " " + value + " written by convert as the template shows it: " + run.description()));
        }
        assertTrue(row.metadata().field(MetadataField.SUBJECT).isPresent()
                        || row.metadata().field(MetadataField.ORGAN_NAME).isPresent(),
                "a name or subject, weighed by its words' confidences, is there to compare: " + row.metadata().asMap());
    }

    /** The template's row for the one scan in its folder, and the description convert then wrote for it. */
    private record TemplateThenConvert(MetadataTemplate.Row row, String description) {
    }

    /**
     * Builds the scan's template row, then converts its folder, both with Tesseract behind a script that notes each
     * page it is asked to read and sharing one OCR cache; checks what both must always do: the template leaves no
     * scratch behind, read the page at least once, and convert read it no more.
     */
    private TemplateThenConvert templateThenConvert(Path scan) throws Exception {
        Path calls = work.resolve("calls.txt");
        Path counting = work.resolve("tesseract");
        Files.writeString(counting, "#!/bin/sh\ncase \"$*\" in *hocr*) echo \"$*\" >> '" + calls + "';; esac\n"
                + "exec tesseract \"$@\"\n");
        Files.setPosixFilePermissions(counting, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(Tesseract.EXECUTABLE_VARIABLE, counting.toString());
        environment.put("EARCHIVE_OCR_CACHE", work.resolve("ocr-cache").toString());
        RunContext context = RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z"));

        TemplateBuilder template = new TemplateBuilder(new TikaDetector(), ClerkMetadata.none(),
                new ScanOcrReading(context, TesseractOcr.start(OcrSettings.defaults(1), environment), work.resolve("tmp")));
        MetadataTemplate.Row row = template.row(scan, scan.getFileName().toString());
        int readings = Files.readAllLines(calls).size();
        assertTrue(readings >= 1, "the template read the page");
        try (var scratch = Files.list(work.resolve("tmp"))) {
            assertEquals(List.of(), scratch.toList(), "no scratch PDF or page image left behind");
        }

        Path out = work.resolve("out");
        BatchRunner convert = new BatchRunner(Engines.start(context, MetadataSettings.defaults(),
                TesseractOcr.start(OcrSettings.defaults(1), environment), 1), 1, Clock.systemUTC());
        DocumentResult result = convert.run(List.of(scan.getParent()), out, r -> { }).documents().get(0);
        assertEquals(DocumentStatus.CONVERTED, result.status(), result.message());
        assertEquals(readings, Files.readAllLines(calls).size(), "convert took the page from the cache");
        String stem = scan.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new TemplateThenConvert(row, Files.readString(out.resolve(stem + ".xml")));
    }

    /** One page holding the JPEG as a scanner's PDF does: the image's own bytes, the page its size at its 200 dpi. */
    private static Path scannedPdf(Path jpeg, Path pdf) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromFile(jpeg.toString(), document);
            PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 200, image.getHeight() * 72f / 200));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }
}
