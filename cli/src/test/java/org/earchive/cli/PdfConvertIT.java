package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earchive.fixtures.Fixtures;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Existing PDFs through the whole command: classified, repaired, validated, reported. */
class PdfConvertIT {

    @TempDir
    Path work;

    @Test
    void aFolderOfPdfsConvertsAndTheLockedAndBrokenOnesSaySo() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        for (String name : List.of("born-digital.pdf", "scanned-page-number-stamp.pdf", "signed.pdf",
                "unembedded-standard-fonts.pdf", "encrypted-password.pdf", "damaged.pdf")) {
            Files.copy(Fixtures.root().resolve("detect").resolve(name), in.resolve(name));
        }
        Path out = work.resolve("out");

        Cli cli = Cli.run("convert", in, "--out", out, "--quiet");

        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), cli::toString);
        Map<String, JsonNode> results = results(out);
        assertEquals("converted", results.get("born-digital.pdf").get("status").asText());
        assertEquals("PDF/A-2u", results.get("born-digital.pdf").get("pdfaLevel").asText());
        assertEquals("scanned", results.get("scanned-page-number-stamp.pdf").get("class").asText());
        assertEquals("PDF/A-2b", results.get("scanned-page-number-stamp.pdf").get("pdfaLevel").asText());
        assertEquals("encrypted", results.get("encrypted-password.pdf").get("status").asText());
        assertEquals("corrupt", results.get("damaged.pdf").get("status").asText());
        assertTrue(results.get("signed.pdf").get("warnings").toString().contains("Nguyễn Văn An"), results.get("signed.pdf")::toString);
        for (String name : List.of("born-digital.pdf", "scanned-page-number-stamp.pdf", "signed.pdf", "unembedded-standard-fonts.pdf")) {
            String level = results.get(name).get("pdfaLevel").asText();
            assertTrue(new VeraPdfValidator().validate(out.resolve(name), org.earchive.pdfa.PdfaLevel.parse(level)).compliant(), name);
        }
        byte[] signed = Files.readAllBytes(in.resolve("signed.pdf"));
        byte[] archival = Files.readAllBytes(out.resolve("signed.pdf"));
        assertTrue(archival.length > signed.length && java.util.Arrays.equals(signed, 0, signed.length, archival, 0, signed.length),
                "the PDF/A is the signed original, byte for byte, with PDF/A's needs appended after it");
        assertEquals("a2-appended-to-signed", results.get("signed.pdf").get("facts").get("pdfa-rung").asText());
        assertFalse(results.get("signed.pdf").get("outputs").toString().contains("signed.signed-original.pdf"),
                "nothing to keep beside: the signed bytes are inside the PDF/A");
        assertFalse(Files.exists(out.resolve("encrypted-password.pdf")));
        assertFalse(Files.exists(out.resolve("damaged.pdf")));

        Cli again = Cli.run("convert", in.resolve("encrypted-password.pdf"), "--out", work.resolve("out2"),
                "--password=mat-khau", "--quiet");
        assertEquals(ExitCodes.OK, again.exitCode(), again::toString);
        assertTrue(Files.exists(work.resolve("out2/encrypted-password.pdf")));
    }

    private static Map<String, JsonNode> results(Path out) throws Exception {
        JsonNode report = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        Map<String, JsonNode> bySource = new HashMap<>();
        report.get("documents").forEach(document -> bySource.put(document.get("source").asText(), document));
        return bySource;
    }
}
