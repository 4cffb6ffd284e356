package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ocr skip-text|redo|force} as an OCRmyPDF user would try them on PDFs that already carry text: a scan
 * OCR'd before (here by earchive itself, so it is valid PDF/A already) and a born-digital PDF.
 */
class OcrModesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    @TempDir
    Path work;

    @Test
    void redoReadsAnOcrdScanAgainThatTheDefaultKeepsByteForByte() throws Exception {
        requireTesseract();
        Path hybrid = ocrdScan();

        JsonNode kept = convert(hybrid, "kept");
        assertEquals("a-already-valid", kept.get("facts").get("pdfa-rung").asText(), kept::toString);
        assertArrayEquals(Files.readAllBytes(hybrid), Files.readAllBytes(work.resolve("kept/cong-van-200dpi.pdf")));

        JsonNode redone = convert(hybrid, "redo", "--ocr", "redo");
        JsonNode facts = redone.get("facts");
        assertEquals("converted", redone.get("status").asText(), redone::toString);
        assertEquals("page 1", facts.get("textLayerRemoved").asText(), redone::toString);
        assertEquals("page 1 text-layer-removed + ocr", facts.get("ocrSteps").asText());
        assertTrue(facts.get("ocrConfidence").asText().matches("page 1 \\d+"), facts::toString);
        Path pdf = work.resolve("redo/cong-van-200dpi.pdf");
        String text = PdfText.extract(pdf);
        assertEquals(1, occurrences(text, MOTTO), "the old layer is gone, the new one read once: " + text);
        String premis = Files.readString(work.resolve("redo/cong-van-200dpi.premis.xml"));
        assertTrue(premis.contains("earlier invisible OCR text layer removed"), premis);
        assertTrue(premis.contains("invisible text layer added by optical character recognition"), premis);
        assertTrue(premis.contains("<premis:agentName>Tesseract</premis:agentName>"), premis);
    }

    @Test
    void forceRedrawsATextPageAndReadsIt() throws Exception {
        requireTesseract();
        Path in = Files.createDirectories(work.resolve("in"));
        Cli made = Cli.run("convert", Fixtures.samples().resolve("quyet-dinh.html"), "--out", work.resolve("born"));
        assertEquals(ExitCodes.OK, made.exitCode(), made::toString);
        Path born = Files.copy(work.resolve("born/quyet-dinh.pdf"), in.resolve("quyet-dinh.pdf"));

        JsonNode forced = convert(born, "force", "--ocr", "force");
        JsonNode facts = forced.get("facts");
        assertEquals("converted", forced.get("status").asText(), forced::toString);
        assertEquals("PDF/A-2b", forced.get("pdfaLevel").asText(), "what is left is a picture of the page");
        assertEquals("force", facts.get("ocrMode").asText());
        assertTrue(facts.get("rasterised").asText().startsWith("page 1"), facts::toString);
        assertTrue(forced.get("warnings").toString().contains("--ocr force"), forced::toString);
        String text = PdfText.extract(work.resolve("force/quyet-dinh.pdf"));
        assertTrue(text.contains("QUYẾT ĐỊNH"), "read back by OCR: " + text);
        String premis = Files.readString(work.resolve("force/quyet-dinh.premis.xml"));
        assertTrue(premis.contains("pages with text redrawn as images"), premis);
    }

    @Test
    void anUnknownModeIsACommandLineError() {
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), "--out", work.resolve("x"),
                "--ocr", "always");
        assertEquals(ExitCodes.USAGE, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("skip-text, redo or force"), convert::toString);
        assertFalse(Files.exists(work.resolve("x/cong-van-200dpi.pdf")));
    }

    /** The colour JPEG sample made searchable PDF/A by earchive: a scan with an invisible text layer. */
    private Path ocrdScan() throws Exception {
        Cli made = Cli.run("convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), "--out", work.resolve("first"));
        assertEquals(ExitCodes.OK, made.exitCode(), made::toString);
        Path in = Files.createDirectories(work.resolve("in"));
        return Files.copy(work.resolve("first/cong-van-200dpi.pdf"), in.resolve("cong-van-200dpi.pdf"));
    }

    private JsonNode convert(Path pdf, String out, String... options) throws Exception {
        Object[] args = new Object[options.length + 5];
        args[0] = "convert";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = pdf;
        args[options.length + 2] = "--out";
        args[options.length + 3] = work.resolve(out);
        args[options.length + 4] = "--json";
        Cli convert = Cli.run(args);
        assertEquals(ExitCodes.OK, convert.exitCode(), convert::toString);
        return JSON.readTree(convert.out()).get("documents").get(0);
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            count++;
        }
        return count;
    }

    private static void requireTesseract() {
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        String problem = !lookup.found() ? lookup.problem()
                : lookup.tesseract().missingLanguages("vie+eng").isEmpty() ? null : "no vie or eng data";
        if (problem != null) {
            if ("1".equals(System.getenv("EARCHIVE_REQUIRE_TESSERACT"))) {
                fail("needs Tesseract with vie and eng: " + problem);
            }
            assumeTrue(false, "needs Tesseract with vie and eng: " + problem);
        }
    }
}
