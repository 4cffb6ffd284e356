package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named "a\b.txt" on Linux is one file; its outputs "a\b.pdf", "a\b.xml", "a\b.premis.xml" must stay one file
 * each in every package, not become a folder "a" (as Windows, unzip and the BagIt library's manifests would make of
 * a backslash), and every package must still check out.
 */
class BackslashNamesTest {

    @TempDir
    Path work;

    @Test
    void aBagHoldsTheFileUnderAPortableNameAndItsManifestsAgree() throws Exception {
        Path bag = work.resolve("bag");
        try (StagedDirectory staged = StagedDirectory.beside(bag)) {
            new BagitPackager().build(ConvertedFolder.read(convertOutput()), staged.path(),
                    new BagOptions("UBND xã Hòa Bình", LocalDate.of(2025, 1, 2), "earchive test"));
            staged.commit();
        }

        assertTrue(Files.isRegularFile(bag.resolve("data/a\uFF3Cb.pdf")));
        assertFalse(Files.exists(bag.resolve("data/a")), "no folder made of the name");
        assertTrue(Files.readString(bag.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8).contains(" data/a\uFF3Cb.pdf\n"));
        assertEquals(List.of(), new BagChecker().check(bag));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(new BagReader().read(bag), false);
        }
    }

    @Test
    void anEarkSipListsTheFileUnderThePortableNameAndZipsItAsOneEntry() throws Exception {
        Path sip = work.resolve("sip");
        try (StagedDirectory staged = StagedDirectory.beside(sip)) {
            new EarkSipPackager().build(ConvertedFolder.read(convertOutput()), staged.path(),
                    new SipOptions("UBND xã Hòa Bình", Instant.parse("2025-01-01T00:00:00Z"), "earchive", "test"));
            staged.commit();
        }
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/data/a\uFF3Cb.pdf")));
        assertFalse(Files.exists(sip.resolve("representations/rep1/data/a")));
        String mets = Files.readString(sip.resolve("METS.xml"), StandardCharsets.UTF_8);
        assertFalse(mets.contains("a%5Cb") || mets.contains("a/b."), "the METS names the files as they are in the package");
        List<PackageProblem> refusals = new MetsChecker().check(sip, "").problems().stream()
                .filter(PackageProblem::refuses).toList();
        assertEquals(List.of(), refusals, "every file the METS lists is there with its checksum");

        Path zip = work.resolve("sip.zip");
        PackageZip.write(sip, zip, "sip", Instant.parse("2025-01-01T00:00:00Z"));
        try (ZipFile read = new ZipFile(zip.toFile())) {
            List<String> names = Collections.list(read.entries()).stream().map(e -> e.getName()).toList();
            assertTrue(names.contains("sip/representations/rep1/data/a\uFF3Cb.pdf"), names.toString());
            assertTrue(names.stream().noneMatch(name -> name.contains("\\") || name.contains("/data/a/")), names.toString());
        }
    }

    private Path convertOutput() throws Exception {
        return ConvertOutputs.oneDocument(work.resolve("out"), "a\\b.txt", "a\\b");
    }
}
