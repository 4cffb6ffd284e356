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
        Path bag = bag(convertOutput(work.resolve("out")), work.resolve("bag"));

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
        Path out = convertOutput(work.resolve("out"));
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
        Path bag = bag(convertOutput(work.resolve("out")), work.resolve("bag"));
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
        Path out = convertOutput(work.resolve("out"));
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

    /** A convert output as the report describes it: two converted documents, one that was not compliant. */
    private static Path convertOutput(Path out) throws Exception {
        Files.createDirectories(out.resolve("a"));
        Files.createDirectories(out.resolve(".earchive"));
        write(out.resolve("quyết-định.pdf"), "%PDF-1.7 a");       // 10 bytes
        write(out.resolve("quyết-định.xml"), "<x/>");             // 4
        write(out.resolve("quyết-định.premis.xml"), "<premis/>"); // 9
        write(out.resolve("a/bao-cao.pdf"), "%PDF-1.7 b");        // 10
        write(out.resolve("a/bao-cao.xml"), "<y/>");              // 4
        write(out.resolve("a/bao-cao.premis.xml"), "<p/>");       // 4 -> 41 bytes, 6 files
        write(out.resolve("hong.NOT-COMPLIANT.pdf"), "%PDF bad");
        write(out.resolve(".earchive/report.json"), """
                {"tool":"earchive","documents":[
                 {"source":"quyết-định.html","status":"converted",
                  "outputs":["quyết-định.pdf","quyết-định.xml","quyết-định.premis.xml"]},
                 {"source":"hong.pdf","status":"not-compliant","outputs":["hong.NOT-COMPLIANT.pdf"]},
                 {"source":"a/bao-cao.txt","status":"converted",
                  "outputs":["a/bao-cao.pdf","a/bao-cao.xml","a/bao-cao.premis.xml"]}]}
                """);
        return out;
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
