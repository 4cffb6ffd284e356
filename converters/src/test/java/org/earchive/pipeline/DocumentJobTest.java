package org.earchive.pipeline;

import org.earchive.testing.Pdfs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.text.TextToPdfaConverter;
import org.earchive.detect.Detection;
import org.earchive.detect.TikaDetector;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are read-only to earchive, and it proves it: an input that changes during its conversion gets no PDF. */
class DocumentJobTest {

    @TempDir
    Path work;

    /** Converts for real, but something else writes to the source meanwhile (as a scanner or editor might). */
    private static final class ConverterWhileSomeoneWrites implements Converter {
        private final Converter real = new TextToPdfaConverter(new PdfaFinisher("earchive test"));

        @Override
        public String engine() {
            return "test";
        }

        @Override
        public java.util.Set<String> mediaTypes() {
            return java.util.Set.of("text/plain");
        }

        @Override
        public ConvertedPdf convert(ConversionRequest request) throws IOException, ConversionException {
            ConvertedPdf pdf = real.convert(request);
            Files.writeString(request.source(), "\nmột dòng nữa", StandardOpenOption.APPEND);
            return pdf;
        }
    }

    @Test
    void anInputChangedDuringConversionIsReportedAndGetsNoPdf() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        SourceDocument document = new SourceDocument(Files.writeString(in.resolve("bien-ban.txt"), "Biên bản họp"),
                Path.of("bien-ban.txt"));
        OutputLayout layout = new OutputLayout(work.resolve("out"), List.of(document));
        Files.createDirectories(layout.stateFolder());
        DocumentPipeline pipeline = new DocumentPipeline(layout,
                Pdfs.CONTEXT.withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")), new TikaDetector(),
                registry(new ConverterWhileSomeoneWrites()), new VeraPdfValidator(), null);
        try (Journal journal = Journal.open(layout.stateFolder())) {
            DocumentJob.Finished finished = new DocumentJob(layout, pipeline, journal, "options", false)
                    .run(document, new BatchListener() { });

            assertEquals(DocumentStatus.INPUT_CHANGED, finished.result().status());
            assertTrue(finished.result().message().contains("changed while it was being converted"), finished.result().message());
            assertTrue(finished.result().outputs().isEmpty());
            assertFalse(Files.exists(layout.pdf(document)), "no PDF of content that no longer exists");
            assertNotNull(finished.entry(), "journaled, so the next run tries again");
            assertEquals(List.of(), finished.entry().outputs());
            assertEquals("input-changed", finished.entry().status());
        }
    }

    private static org.earchive.convert.ConverterRegistry registry(org.earchive.convert.Converter... converters) {
        org.earchive.convert.ConverterRegistry.Builder builder = org.earchive.convert.ConverterRegistry.builder();
        for (org.earchive.convert.Converter converter : converters) {
            builder.register(converter, org.earchive.convert.ConverterRegistry.Rank.PREFERRED);
        }
        return builder.build();
    }
}
