package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.Detection;
import org.earchive.detect.TikaDetector;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's promise that a PDF veraPDF rejects is never passed off as PDF/A. No real converter
 * produces one on purpose, so this converter writes a PDF that claims PDF/A-2b with an unembedded font;
 * detection and validation are the real ones.
 */
class DocumentPipelineTest {

    @TempDir
    Path work;

    /** Claims 2b, but uses Helvetica without embedding it. */
    private static final class BrokenConverter implements Converter {
        @Override
        public String engine() {
            return "test";
        }

        @Override
        public java.util.Set<String> mediaTypes() {
            return java.util.Set.of("text/plain");
        }

        @Override
        public ConvertedPdf convert(ConversionRequest request) throws IOException {
            Pdfs.writeClaimingPdfaWithUnembeddedFont(request.target(), request.info());
            return new ConvertedPdf("born-digital", PdfaLevel.PDFA_2B, 1, List.of(), Map.of());
        }
    }

    @Test
    void aPdfThatFailsVeraPdfIsKeptUnderAMarkedNameWithItsRules() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path source = Files.writeString(in.resolve("bien-ban.txt"), "Biên bản");
        SourceDocument document = new SourceDocument(source, Path.of("bien-ban.txt"));
        OutputLayout layout = new OutputLayout(work.resolve("out"), List.of(document));
        DocumentPipeline pipeline = new DocumentPipeline(layout,
                Pdfs.CONTEXT.withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")), new TikaDetector(),
                registry(new BrokenConverter()), new VeraPdfValidator(), null);

        DocumentResult result = pipeline.process(document);

        assertEquals(DocumentStatus.NOT_COMPLIANT, result.status());
        assertNull(result.pdfaLevel(), "no level is claimed for a file that failed");
        assertTrue(result.failedRules().contains("6.2.11.4.1-1"), result.failedRules()::toString);
        assertEquals(List.of("bien-ban.NOT-COMPLIANT.pdf"), result.outputs());
        assertTrue(result.message().contains("must not be archived"), result.message());
        assertTrue(Files.exists(layout.notCompliantPdf(document)));
        assertFalse(Files.exists(layout.pdf(document)), "never under the plain name");
    }

    @Test
    void existingPdfsAreClassifiedAsDetectClassifiesThemAndLockedOrDamagedOnesSaySo() throws Exception {
        Map<String, String[]> expected = Map.of(
                "scanned-page-number-stamp.pdf", new String[] {"unsupported", "scanned"},
                "mixed.pdf", new String[] {"unsupported", "mixed"},
                "encrypted-password.pdf", new String[] {"encrypted", null},
                "damaged.pdf", new String[] {"corrupt", null});
        for (Map.Entry<String, String[]> entry : expected.entrySet()) {
            Path source = org.earchive.fixtures.Fixtures.root().resolve("detect").resolve(entry.getKey());
            SourceDocument document = new SourceDocument(source, Path.of(entry.getKey()));
            OutputLayout layout = new OutputLayout(work.resolve("out"), List.of(document));
            DocumentPipeline pipeline = new DocumentPipeline(layout, Pdfs.CONTEXT, new TikaDetector(),
                registry(), new VeraPdfValidator(), null);

            DocumentResult result = pipeline.process(document);

            assertEquals(entry.getValue()[0], result.status().id(), entry.getKey() + ": " + result.message());
            assertEquals(entry.getValue()[1], result.documentClass(), entry.getKey());
            assertTrue(result.outputs().isEmpty());
            if (entry.getValue()[1] != null) {
                assertTrue(result.message().contains(entry.getValue()[1]), result.message());
            }
        }
    }

    @Test
    void aLogIsConvertedAsTextAndATextNamedDocxSaysItsNameMisleads() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path log = Files.writeString(in.resolve("nhat-ky.log"), "Nhật ký\n");
        Path misnamed = Files.writeString(in.resolve("bao-cao.docx"), "hi");
        List<SourceDocument> documents = List.of(new SourceDocument(log, Path.of("nhat-ky.log")),
                new SourceDocument(misnamed, Path.of("bao-cao.docx")));
        OutputLayout layout = new OutputLayout(work.resolve("out"), documents);
        DocumentPipeline pipeline = new DocumentPipeline(layout, Pdfs.CONTEXT, new TikaDetector(),
                registry(new BrokenConverter()), new VeraPdfValidator(), null);

        DocumentResult logResult = pipeline.process(documents.get(0));
        DocumentResult misnamedResult = pipeline.process(documents.get(1));

        assertTrue(logResult.status() != DocumentStatus.UNSUPPORTED, "the text converter takes a log: " + logResult.message());
        assertTrue(logResult.warnings().isEmpty(), logResult.warnings()::toString);
        assertTrue(misnamedResult.warnings().stream().anyMatch(w -> w.startsWith("The name ends in .docx")),
                misnamedResult.warnings()::toString);
    }

    private static org.earchive.convert.ConverterRegistry registry(org.earchive.convert.Converter... converters) {
        org.earchive.convert.ConverterRegistry.Builder builder = org.earchive.convert.ConverterRegistry.builder();
        for (org.earchive.convert.Converter converter : converters) {
            builder.register(converter, org.earchive.convert.ConverterRegistry.Rank.PREFERRED);
        }
        return builder.build();
    }
}
