package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every documented exit code, driven by an input made to trigger it. */
class ExitCodeIT {

    @TempDir
    Path tmp;

    @Test
    void zeroWhenEverythingConvertsAndValidates() {
        Cli cli = Cli.run("convert", Fixtures.samples().resolve("thong-bao-utf16.txt"), "--out", tmp.resolve("out"));
        assertEquals(ExitCodes.OK, cli.exitCode(), cli::toString);
    }

    @Test
    void oneWhenSomeDocumentsFailAndTheRestStillConvert() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.bad().resolve("truncated.jpg"), in.resolve("truncated.jpg"));
        Files.copy(Fixtures.samples().resolve("cong-van-windows-1258.txt"), in.resolve("cong-van.txt"));
        Cli cli = Cli.run("convert", in, "--out", tmp.resolve("out"));
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("corrupt"), cli::toString);
        assertTrue(cli.out().contains("truncated"), "the clerk's sentence is printed: " + cli);
        assertTrue(Files.exists(tmp.resolve("out/cong-van.pdf")));
        assertFalse(Files.exists(tmp.resolve("out/truncated.pdf")));
    }

    @Test
    void oneWhenValidateFindsANonCompliantPdf() throws Exception {
        Path pdf = tmp.resolve("plain.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        Cli cli = Cli.run("validate", pdf, "--flavour", "2b");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("NOT compliant"), cli::toString);
    }

    @Test
    void twoForABadCommandLine() {
        assertEquals(ExitCodes.USAGE, Cli.run("convert", "--no-such-option").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("frobnicate").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run().exitCode());
        Cli badLevel = Cli.run("validate", tmp, "--flavour", "9z");
        assertEquals(ExitCodes.USAGE, badLevel.exitCode(), badLevel::toString);
        Cli missingOut = Cli.run("convert", tmp);
        assertEquals(ExitCodes.USAGE, missingOut.exitCode(), missingOut::toString);
        assertTrue(missingOut.err().contains("--out"), missingOut::toString);
    }

    @Test
    void threeForAMissingInput() {
        Path missing = tmp.resolve("no-such-folder");
        for (String command : new String[] {"convert", "validate", "detect"}) {
            Cli cli = command.equals("convert") ? Cli.run(command, missing, "--out", tmp.resolve("out")) : Cli.run(command, missing);
            assertEquals(ExitCodes.INPUT_MISSING, cli.exitCode(), command + ": " + cli);
            assertTrue(cli.err().contains("not found"), cli::toString);
        }
    }

    @Test
    void fourWhenTheOutputCannotBeWritten() throws Exception {
        Path notAFolder = tmp.resolve("out.txt");
        Files.writeString(notAFolder, "a file where the output folder should be");
        Cli cli = Cli.run("convert", Fixtures.samples().resolve("thong-bao-utf16.txt"), "--out", notAFolder);
        assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("cannot write"), cli::toString);
    }
}
