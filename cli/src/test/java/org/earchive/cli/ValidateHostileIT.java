package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One hostile PDF in a folder is that file's verdict: the others are still checked, the exit code is 1. */
class ValidateHostileIT {

    @TempDir
    Path in;

    @Test
    void aPdfNestedTooDeepAndAPlainPdfEachGetAVerdictAndTheBatchGoesOn() throws Exception {
        Files.write(in.resolve("a-long-nhau.pdf"), HostileFiles.pdfWithDeepNesting(100_000));
        Files.copy(Fixtures.root().resolve("detect/born-digital.pdf"), in.resolve("b-thuong.pdf"));
        Files.write(in.resolve("c-trang-gia.pdf"), HostileFiles.pdfWithLyingPageTree(true));

        Cli plain = Cli.run("validate", in);
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, plain.exitCode(), plain::toString);
        assertEquals(2, plain.out().lines().filter(line -> line.contains("not PDF/A (no claim)")).count(), plain::toString);
        assertTrue(plain.out().lines().anyMatch(line -> line.contains("c-trang-gia.pdf") && line.contains("loop")),
                "veraPDF refuses the looped page tree, and says so: " + plain);

        Cli against2b = Cli.run("validate", in, "--flavour", "2b");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, against2b.exitCode(), against2b::toString);
        assertTrue(against2b.out().contains("nests its objects deeper than any real document"), against2b::toString);
        assertTrue(against2b.out().lines().anyMatch(line -> line.contains("b-thuong.pdf") && line.contains("NOT compliant")),
                against2b::toString);
        assertTrue(against2b.out().contains("c-trang-gia.pdf"), against2b::toString);
        assertFalse((against2b.out() + against2b.err()).contains("Exception"), against2b::toString);
    }
}
