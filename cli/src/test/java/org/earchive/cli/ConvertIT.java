package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end: the sample folder converts, and every output stands up to veraPDF. */
class ConvertIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void samplesConvertToValidPdfAAndTheReportSaysSo() throws Exception {
        Cli convert = Cli.run("convert", Fixtures.samples(), "--out", out, "--jobs", 2);
        assertEquals(0, convert.exitCode(), convert::toString);
        assertTrue(convert.out().contains("9 document(s)"), convert::toString);

        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals(9, report.get("documents").size());
        for (JsonNode document : report.get("documents")) {
            assertEquals("converted", document.get("status").asText(), document.toString());
            String expectedLevel = document.get("class").asText().equals("scanned") ? "PDF/A-2b" : "PDF/A-2u";
            assertEquals(expectedLevel, document.get("pdfaLevel").asText(), document.toString());
        }
        assertTrue(Files.isRegularFile(out.resolve("scans/bao-cao-300dpi-g4.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("anh/con-dau.pdf")));

        Cli validate = Cli.run("validate", out, "--json");
        assertEquals(0, validate.exitCode(), validate::toString);
        List<String> lines = validate.out().lines().toList();
        assertEquals(9, lines.size(), validate::toString);
        for (String line : lines) {
            assertTrue(JSON.readTree(line).get("compliant").asBoolean(), line);
        }
    }

    @Test
    void textOfTheConvertedReportEqualsTheSource() throws Exception {
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("bao-cao-tong-ket.txt"), "--out", out, "--quiet");
        assertEquals(0, convert.exitCode(), convert::toString);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao-tong-ket.pdf").toFile())) {
            assertEquals(PdfText.comparable(Fixtures.sourceText("bao-cao-tong-ket.txt")),
                    PdfText.comparable(PdfText.extract(pdf)));
            assertEquals("PDF/A", pdf.getDocumentCatalog().getMetadata() == null ? "none" : "PDF/A");
        }
    }

    @Test
    void jsonOptionPrintsTheReportForScripts() throws Exception {
        Cli convert = Cli.run("convert", Fixtures.bad().resolve("empty.txt"), "--out", out, "--json");
        assertEquals(1, convert.exitCode(), convert::toString);
        JsonNode report = JSON.readTree(convert.out());
        assertEquals("empty-file", report.get("documents").get(0).get("status").asText());
    }
}
