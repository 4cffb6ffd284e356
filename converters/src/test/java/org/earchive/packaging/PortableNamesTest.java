package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package made on Linux from a source named CON.txt would unpack on Windows without that document. */
class PortableNamesTest {

    @TempDir
    Path work;

    @Test
    void namesWindowsCannotWriteAreNamedAndOrdinaryVietnameseNamesAreNot() {
        assertTrue(PortableNames.problem("CON.pdf").contains("CON is a device name"));
        assertTrue(PortableNames.problem("lpt1.premis.xml").contains("LPT1"));
        assertTrue(PortableNames.problem("a\nb.pdf").contains("control character"));
        assertTrue(PortableNames.problem("QĐ: 12.pdf").contains("':'"));
        assertTrue(PortableNames.problem("bao-cao.").contains("ends with a dot"));
        assertNull(PortableNames.problem("Quyết định số 142-QĐ-UBND.pdf"));
        assertNull(PortableNames.problem("console.pdf"));
        assertNull(PortableNames.problem("CONG-VAN.pdf"));
    }

    @Test
    void validateSaysSoWithoutRefusingThePackage() throws Exception {
        Path bag = work.resolve("bag");
        try (StagedDirectory staged = StagedDirectory.beside(bag)) {
            new BagitPackager().build(ConvertedFolder.read(convertOutput()), staged.path(),
                    new BagOptions("UBND xã Hòa Bình", LocalDate.of(2025, 1, 2), "earchive test"));
            staged.commit();
        }
        List<PackageProblem> portability = new PackageValidator().validate(bag).problems().stream()
                .filter(problem -> problem.rule().equals("PORTABLE-NAME")).toList();
        assertEquals(List.of("data/CON.pdf", "data/CON.premis.xml", "data/CON.xml"),
                portability.stream().map(PackageProblem::file).sorted().toList());
        assertTrue(portability.stream().noneMatch(PackageProblem::refuses), "a SHOULD: said, the package still passes");
    }

    private Path convertOutput() throws Exception {
        return ConvertOutputs.oneDocument(work.resolve("out"), "CON.txt", "CON");
    }
}
