package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Collectors;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpIT {

    @ParameterizedTest
    @ValueSource(strings = {"", "convert", "detect", "package", "validate", "doctor"})
    void everyCommandHasHelpListingTheExitCodes(String command) {
        Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("Usage: earchive"), cli::toString);
        assertTrue(cli.out().contains("Exit codes:"), cli::toString);
        assertTrue(cli.out().contains("130"), cli::toString);
    }

    @Test
    void versionNamesTheToolAndItsValidator() {
        Cli cli = Cli.run("--version");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().startsWith("earchive "), cli::toString);
        assertTrue(cli.out().contains("veraPDF"), cli::toString);
    }

    @Test
    void completionScriptIsGenerated() {
        Cli cli = Cli.run("generate-completion");
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("complete -F"), "a bash completion script");
    }

    @Test
    void doctorReportsBuiltInEngines() {
        Cli cli = Cli.run("doctor");
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(row(cli, "veraPDF").matches("veraPDF +built in +ok +1\\.30\\b.*"), cli::toString);
        assertTrue(row(cli, "PDFBox").matches("PDFBox +built in +ok +3\\.0\\.8\\b.*"), cli::toString);
        // where CI installed them, doctor must find them, and say so in the converters' table too
        if ("1".equals(System.getenv("EARCHIVE_REQUIRE_TESSERACT"))) {
            assertTrue(row(cli, "Tesseract").matches("Tesseract .* ok +tesseract \\d.*languages: .*\\bvie\\b.*"), cli::toString);
        }
        if ("1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            assertTrue(row(cli, "LibreOffice").matches("LibreOffice .* ok +LibreOffice \\d.*"), cli::toString);
            assertTrue(row(cli, "application/msword").matches("application/msword +LibreOffice +Java engine.*"),
                    cli::toString);
        }
        assertTrue(row(cli, "image/tiff").matches("image/tiff +Java engine \\(images\\).*"), cli::toString);
    }

    /** The first line of the output that starts with {@code first} and a space, or "" when none does. */
    private static String row(Cli cli, String first) {
        return cli.out().lines().filter(line -> line.startsWith(first + " ")).findFirst().orElse("");
    }

    @Test
    void detectNamesFormatsWithPronomIdentifiers() throws Exception {
        Cli cli = Cli.run("detect", Fixtures.samples(), "--json");
        assertEquals(0, cli.exitCode(), cli::toString);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byName = cli.out().lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).collect(Collectors.toMap(n -> n.get("path").asText().replaceAll(".*/", ""), n -> n));
        assertEquals("image/jpeg", byName.get("cong-van-200dpi.jpg").get("mime").asText());
        assertEquals("fmt/44", byName.get("cong-van-200dpi.jpg").get("puid").asText());
        assertEquals("fmt/353", byName.get("bao-cao-300dpi-g4.tif").get("puid").asText());
        assertEquals("text/plain", byName.get("cong-van-windows-1258.txt").get("mime").asText());
        assertEquals("x-fmt/111", byName.get("bao-cao-tong-ket.txt").get("puid").asText());
        assertEquals("text/html", byName.get("quyet-dinh.html").get("mime").asText());
        assertEquals(64, byName.get("quyet-dinh.html").get("sha256").asText().length());
    }
}
