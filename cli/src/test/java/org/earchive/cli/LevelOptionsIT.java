package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --level} and {@code --embed-original} on the command line: refused combinations, and a level asked again. */
class LevelOptionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void anOriginalOutsidePdfA3IsRefusedInTheClerksLanguageBeforeAnythingIsWritten() throws Exception {
        Path in = Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), work.resolve("bao-cao.txt"));
        Path out = work.resolve("out");
        Cli refused = Cli.run("--lang", "vi", "convert", in, "--out", out, "--level", "2b", "--embed-original");
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("bản gốc chỉ nhúng được vào PDF/A-3"), refused::toString);
        assertFalse(Files.exists(out), "nothing written");
        Cli unknown = Cli.run("convert", in, "--out", out, "--level", "4f");
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("1b, 2b, 2u, 2a, 3b, 3u, 3a"), unknown::toString);
    }

    @Test
    void anotherLevelOnTheSameOutputConvertsAgainAtThatLevel() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao.txt"));
        Path out = work.resolve("out");
        assertEquals(ExitCodes.OK, Cli.run("convert", in, "--out", out, "--quiet").exitCode());
        Cli again = Cli.run("convert", in, "--out", out, "--level", "1b", "--json");
        assertEquals(ExitCodes.OK, again.exitCode(), again::toString);
        JsonNode document = JSON.readTree(again.out()).get("documents").get(0);
        assertEquals("PDF/A-1b", document.get("pdfaLevel").asText(), document::toPrettyString);
        assertFalse(document.get("unchanged").asBoolean(), "a run asking for another level converts again");
        assertTrue(Files.readString(out.resolve("bao-cao.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-1.4"));
    }
}
