package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.DocumentStatus;
import org.earchive.core.RunContext;
import org.earchive.metadata.MetadataSettings;
import org.earchive.report.ReportTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 18-byte text named {@code .docx} converts as the text it is, and the report says, in the clerk's language, that
 * the name promised a Word document; the PRONOM id recorded is plain text's, not Word's. A PDF named {@code .jpg}
 * likewise. A name that promises nothing ({@code .bak}) gets no warning.
 */
class MislabelledFileTest {

    @TempDir
    Path work;

    @Test
    void aNameThatPromisesAnotherFormatIsAWarningInTheReport() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("bao-cao.docx"), "Báo cáo quý II\n", StandardCharsets.UTF_8); // 18 bytes
        Files.copy(org.earchive.fixtures.Fixtures.root().resolve("detect/born-digital.pdf"), in.resolve("anh-chup.jpg"));
        Files.writeString(in.resolve("ban-sao.bak"), "Bản sao lưu\n", StandardCharsets.UTF_8);

        RunContext context = RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2026-02-01T00:00:00Z"));
        BatchRunner runner = new BatchRunner(Engines.start(context, MetadataSettings.defaults(), TesseractOcr.off(), 1),
                1, Clock.systemUTC());
        BatchReport report = runner.run(List.of(in), work.resolve("out"), r -> { });

        DocumentResult docx = result(report, "bao-cao.docx");
        assertEquals(18, Files.size(in.resolve("bao-cao.docx")));
        assertEquals(DocumentStatus.CONVERTED, docx.status(), docx.message());
        assertEquals("x-fmt/111", docx.puid(), "plain text's PRONOM id, by what the file holds");
        String warning = docx.warnings().stream().filter(w -> w.startsWith("The name ends in .docx")).findFirst()
                .orElseThrow(() -> new AssertionError(docx.warnings().toString()));
        assertTrue(warning.contains("Plain Text File"), warning);
        String vietnamese = ReportTexts.of(Locale.forLanguageTag("vi"), ZoneId.of("Asia/Ho_Chi_Minh")).sentence(warning);
        assertTrue(vietnamese.startsWith("Tên tệp có đuôi .docx"), vietnamese);

        DocumentResult jpg = result(report, "anh-chup.jpg");
        assertTrue(jpg.warnings().stream().anyMatch(w -> w.startsWith("The name ends in .jpg") && w.contains("Portable Document Format")),
                jpg.warnings().toString());

        DocumentResult bak = result(report, "ban-sao.bak");
        assertTrue(bak.warnings().stream().noneMatch(w -> w.startsWith("The name ends in")), bak.warnings().toString());
    }

    private static DocumentResult result(BatchReport report, String source) {
        return report.documents().stream().filter(d -> d.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError(source + " not in " + report.documents()));
    }
}
