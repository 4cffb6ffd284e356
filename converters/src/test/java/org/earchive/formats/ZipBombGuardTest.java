package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombGuardTest {

    @TempDir
    Path work;

    @Test
    void aGigabyteDocumentXmlIsRefusedFromTheDirectoryAlone() throws Exception {
        Path bomb = work.resolve("bomb.docx");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            HostileFiles.docxZipBomb(out, 1L << 30, false);
        }
        assertTrue(Files.size(bomb) < 2 << 20, "about a megabyte on disk");

        ZipBombGuard.Refusal refusal = ZipBombGuard.check(bomb, ZipBombGuard.Limits.DOCUMENT);

        assertEquals(ZipBombGuard.Kind.BOMB, refusal.kind());
        assertTrue(refusal.sentence().contains("'word/document.xml' expands 10"), refusal.sentence());
        assertTrue(refusal.sentence().contains("1024 MB"), refusal.sentence());
    }

    @Test
    void aBombWhoseDirectoryLiesIsStoppedWhereItsDeclaredSizeEnds() throws Exception {
        Path bomb = work.resolve("lying.docx");
        Files.write(bomb, HostileFiles.docxZipBomb(256L << 20, true));

        ZipBombGuard.Refusal refusal = ZipBombGuard.check(bomb, ZipBombGuard.Limits.IN_MEMORY_DOCUMENT);

        assertEquals(ZipBombGuard.Kind.BOMB, refusal.kind());
        assertTrue(refusal.sentence().contains("declares 4096 bytes but expands to more"), refusal.sentence());
    }

    @Test
    void aLargeButOrdinaryPartIsRefusedAsTooLargeOnlyWhereTheParserHoldsItInMemory() throws Exception {
        Path big = work.resolve("big.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] varied = new byte[1 << 20];
            new java.util.Random(19).nextBytes(varied); // incompressible: ratio 1, not a bomb
            for (int i = 0; i < 101; i++) {
                zip.write(varied);
            }
            zip.closeEntry();
        }
        ZipBombGuard.Refusal refusal = ZipBombGuard.check(big, ZipBombGuard.Limits.IN_MEMORY_DOCUMENT);
        assertEquals(ZipBombGuard.Kind.TOO_LARGE, refusal.kind());
        assertTrue(refusal.sentence().contains("refuses parts over 100 MB"), refusal.sentence());
        assertNull(ZipBombGuard.check(big, ZipBombGuard.Limits.DOCUMENT), "a streaming parser reads 101 MB safely");
    }

    @Test
    void tooManyEntriesAndATruncatedZipAreRefused() throws Exception {
        Path many = work.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 6; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        assertEquals(ZipBombGuard.Kind.TOO_LARGE,
                ZipBombGuard.check(many, new ZipBombGuard.Limits(5, 1 << 20, 1 << 20, 200)).kind());

        Path docx = Fixtures.root().resolve("detect").resolve("bao-cao.docx");
        Path truncated = work.resolve("truncated.docx");
        byte[] whole = Files.readAllBytes(docx);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(ZipBombGuard.Kind.DAMAGED, ZipBombGuard.check(truncated, ZipBombGuard.Limits.DOCUMENT).kind());
    }

    @Test
    void aPartNameThatIsNotUtf8IsRefusedAsDamagedNotAnError() throws Exception {
        // "hô sơ.txt" as a Windows tool stores it, in a single-byte code page, without the ZIP's UTF-8 flag
        Path legacy = work.resolve("legacy-names.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(legacy),
                java.nio.charset.Charset.forName("windows-1258"))) {
            zip.putNextEntry(new ZipEntry("h\u00f4 s\u01a1.txt"));
            zip.closeEntry();
        }
        ZipBombGuard.Refusal refusal = ZipBombGuard.check(legacy, ZipBombGuard.Limits.PACKAGE);
        assertEquals(ZipBombGuard.Kind.DAMAGED, refusal.kind());
        assertTrue(refusal.sentence().contains("not UTF-8"), refusal.sentence());
    }

    @Test
    void everyRealOfficeFileOfTheFixturesPasses() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().matches(".*\\.(docx|xlsx|pptx|odt|ods|odp)$"))
                    .filter(f -> !f.getFileName().toString().startsWith("hostile-"))::iterator) {
                assertNull(ZipBombGuard.check(file, ZipBombGuard.Limits.IN_MEMORY_DOCUMENT), file::toString);
            }
        }
    }
}
