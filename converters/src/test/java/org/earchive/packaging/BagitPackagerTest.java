package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagitPackagerTest {

    private static final BagOptions OPTIONS = new BagOptions("Chi cục Văn thư - Lưu trữ", LocalDate.of(2025, 1, 2), "earchive test");

    @TempDir
    Path work;

    @Test
    void bagHoldsOnlyConvertedDocumentsAndVerifiesWithTheReferenceLibrary() throws Exception {
        Path bag = bag(ConvertOutputs.sample(work.resolve("out")), work.resolve("bag"));

        assertTrue(Files.isRegularFile(bag.resolve("data/quyết-định.pdf")));
        assertTrue(Files.isRegularFile(bag.resolve("data/a/bao-cao.premis.xml")));
        assertFalse(Files.exists(bag.resolve("data/hong.NOT-COMPLIANT.pdf")), "only documents that converted are packaged");
        assertFalse(Files.exists(bag.resolve("data/.earchive")), "the batch state is not payload");
        for (String tag : List.of("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt")) {
            assertTrue(Files.isRegularFile(bag.resolve(tag)), tag);
        }
        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
                Files.readString(bag.resolve("bagit.txt"), StandardCharsets.UTF_8));
        String info = Files.readString(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8);
        assertTrue(info.contains("Source-Organization: Chi cục Văn thư - Lưu trữ"), info);
        assertTrue(info.contains("Bagging-Date: 2025-01-02"), info);
        assertTrue(info.contains("Payload-Oxum: 41.6"), info);

        Bag read = new BagReader().read(bag);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(read, false);
        }
        assertEquals(List.of(), new BagChecker().check(bag));
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("out"));
        Path first = bag(out, work.resolve("one/bag"));
        Path second = bag(out, work.resolve("two/bag"));
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
        }
    }

    @Test
    void everyDamagedOrMissingFileIsNamed() throws Exception {
        Path bag = bag(ConvertOutputs.sample(work.resolve("out")), work.resolve("bag"));
        Files.writeString(bag.resolve("data/quyết-định.pdf"), "%PDF-1.7 tampered");
        Files.delete(bag.resolve("data/a/bao-cao.xml"));

        List<PackageProblem> problems = new BagChecker().check(bag);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("data/quyết-định.pdf") && p.message().contains("checksum")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("data/a/bao-cao.xml") && p.message().contains("missing")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("bag-info.txt") && p.message().contains("Payload-Oxum")),
                problems::toString);
    }

    @Test
    void refusesAFolderThatIsNotAConvertOutputAndAnExistingDestination() throws Exception {
        Path plain = Files.createDirectories(work.resolve("plain"));
        PackageInputException notConverted = assertThrows(PackageInputException.class, () -> ConvertedFolder.read(plain));
        assertTrue(notConverted.getMessage().contains("report.json"), notConverted.getMessage());
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> StagedDirectory.beside(plain));
    }

    @Test
    void aFailedBuildLeavesNothingBehind() throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("out"));
        Files.delete(out.resolve("quyết-định.pdf"));
        assertThrows(PackageInputException.class, () -> bag(out, work.resolve("pkg/bag")));
        try (Stream<Path> left = Files.list(work.resolve("pkg"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static Path bag(Path convertOutput, Path destination) throws Exception {
        Files.createDirectories(destination.getParent());
        ConvertedFolder folder;
        try (StagedDirectory staged = StagedDirectory.beside(destination)) {
            folder = ConvertedFolder.read(convertOutput);
            new BagitPackager().build(folder, staged.path(), OPTIONS);
            staged.commit();
        }
        return destination;
    }

    static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
