package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.SkewedScans;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans through the command line: searchable with Tesseract, image-only and said so without it. */
class ScanOcrIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void scanBecomesSearchableInVietnamese() throws Exception {
        requireTesseract();
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), "--out", out,
                "--ocr-lang", "vie+eng", "--json");
        assertEquals(ExitCodes.OK, convert.exitCode(), convert::toString);
        JsonNode document = JSON.readTree(convert.out()).get("documents").get(0);
        assertEquals("yes", document.get("facts").get("searchable").asText(), document::toString);
        assertTrue(document.get("facts").get("ocr").asText().endsWith("vie+eng"), document::toString);
        String text = PdfText.extract(out.resolve("cong-van-200dpi.pdf"));
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        // the page's quality, for a script that picks pages for a person to check
        String confidence = document.get("facts").get("ocrConfidence").asText();
        assertTrue(confidence.matches("page 1 \\d+") && Integer.parseInt(confidence.substring(7)) >= 80, confidence);
        assertEquals("page 1 ocr", document.get("facts").get("ocrSteps").asText());
        assertTrue(document.get("facts").path("needsAttention").isMissingNode(), document::toString);
        String premis = Files.readString(out.resolve("cong-van-200dpi.premis.xml"));
        assertTrue(premis.contains("invisible text layer added by optical character recognition (tesseract"), premis);
    }

    @Test
    void ocrLanguagesThatAreNotAListAreACommandLineError() {
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), "--out", out,
                "--ocr-lang", "vie, eng");
        assertEquals(ExitCodes.USAGE, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("like vie+eng"), convert::toString);
    }

    /** {@code --deskew}, as OCRmyPDF users type it: the page is stored straightened, and read so. */
    @Test
    void deskewStoresTheAskewPageStraightened() throws Exception {
        requireTesseract();
        SkewedScans.Scan scan = SkewedScans.scan("thong-bao", Fixtures.sourceText("thong-bao.txt"), 148, 210, 200,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY, java.awt.Color.WHITE, -3, 0);
        Path in = Files.createDirectories(out.resolveSibling(out.getFileName() + "-in"));
        Path tiff = SkewedScans.write(in, scan);
        Files.delete(in.resolve(scan.name() + ".txt"));
        Cli convert = Cli.run("convert", "--deskew", tiff, "--out", out, "--json");
        assertEquals(ExitCodes.OK, convert.exitCode(), convert::toString);
        JsonNode document = JSON.readTree(convert.out()).get("documents").get(0);
        assertTrue(document.get("facts").get("storedStraightened").asText().startsWith("page 1 -3"), document::toString);
        assertTrue(document.get("facts").path("readStraightened").isMissingNode(), "the stored page is level already");
        String text = PdfText.extract(out.resolve(scan.name() + ".pdf"));
        assertTrue(text.contains("Kết luận của Ban Thường vụ Đảng ủy"), text);
        assertTrue(document.get("facts").get("ocrSteps").asText().startsWith("page 1 stored-straightened -3"), document::toString);
        // the stored image is no longer the scanner's: the preservation record must say so
        String premis = Files.readString(out.resolve(scan.name() + ".premis.xml"));
        assertTrue(premis.contains("page images turned level before they were stored (--deskew)"), premis);
    }

    /** The environment variable can only be set for a new process: this runs the built jar, as a user would. */
    @Test
    void withTesseractMissingTheScanIsImageOnlyConvertedAndTheReportSaysWhatToInstall() throws Exception {
        Path jar = Fixtures.root().getParent().resolve("cli/target/earchive.jar");
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests run: " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-jar", jar.toString(),
                "convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg").toString(), "--out", out.toString(),
                "--json").redirectErrorStream(false).redirectOutput(out.resolveSibling(out.getFileName() + ".json").toFile());
        builder.environment().put(Tesseract.EXECUTABLE_VARIABLE, out.resolve("no-such-tesseract").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("earchive did not finish");
        }
        String stdout = Files.readString(out.resolveSibling(out.getFileName() + ".json"), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, process.exitValue(), stdout);
        JsonNode document = JSON.readTree(stdout).get("documents").get(0);
        assertEquals("converted", document.get("status").asText());
        assertEquals("PDF/A-2b", document.get("pdfaLevel").asText());
        assertEquals("no", document.get("facts").get("searchable").asText());
        List<String> warnings = JSON.convertValue(document.get("warnings"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Converted, not searchable:")
                && w.contains(Tesseract.EXECUTABLE_VARIABLE) && w.contains("install tesseract-ocr and tesseract-ocr-vie")),
                warnings::toString);
        assertTrue(PdfText.extract(out.resolve("cong-van-200dpi.pdf")).isBlank(), "image-only");
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
