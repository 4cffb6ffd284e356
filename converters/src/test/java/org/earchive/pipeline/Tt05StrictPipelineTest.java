package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.image.ImageToPdfaConverter;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.TikaDetector;
import org.earchive.fixtures.ImageFiles;
import org.earchive.fixtures.PageImages;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --tt05-strict a valid PDF/A of a 150 dpi scan is still not fit to archive: not-compliant, and marked. */
class Tt05StrictPipelineTest {

    @TempDir
    Path work;

    @Test
    void scanBelowTheMinimumIsNotCompliantAndKeptUnderAMarkedName() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Path tiff = in.resolve("giay-moi.tif");
        ImageFiles.writeTiff(tiff, List.of(PageImages.page("Giấy mời", 105, 74, 150, BufferedImage.TYPE_BYTE_GRAY,
                Color.BLACK, Color.WHITE)), "Deflate", 150);
        SourceDocument document = new SourceDocument(tiff, Path.of("giay-moi.tif"));
        OutputLayout layout = new OutputLayout(work.resolve("out"), List.of(document));
        DocumentPipeline pipeline = new DocumentPipeline(layout,
                Pdfs.CONTEXT.withTt05Strict(true).withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")), new TikaDetector(),
                registry(new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())), new VeraPdfValidator(), null);

        DocumentResult result = pipeline.process(document);

        assertEquals(DocumentStatus.NOT_COMPLIANT, result.status());
        assertTrue(result.message().startsWith("The PDF meets PDF/A-2b but not the rules this run enforces: The page is"
                + " scanned at 150 dpi, below the 200 dpi minimum of Thông tư 05/2025/TT-BNV, Điều 8"), result.message());
        assertEquals(List.of("giay-moi.NOT-COMPLIANT.pdf"), result.outputs());
        assertTrue(result.failedRules().isEmpty(), "veraPDF found nothing wrong");
        assertFalse(Files.exists(layout.pdf(document)), "never under the plain name");
    }

    private static org.earchive.convert.ConverterRegistry registry(org.earchive.convert.Converter... converters) {
        org.earchive.convert.ConverterRegistry.Builder builder = org.earchive.convert.ConverterRegistry.builder();
        for (org.earchive.convert.Converter converter : converters) {
            builder.register(converter, org.earchive.convert.ConverterRegistry.Rank.PREFERRED);
        }
        return builder.build();
    }
}
