package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real LibreOffice through JODConverter; CI installs it and sets EARCHIVE_REQUIRE_LIBREOFFICE=1. */
class LibreOfficeToPdfaConverterTest {

    @TempDir
    Path work;

    private static LibreOfficePool requireLibreOffice() {
        LibreOfficePool pool = LibreOfficePool.find(1, 120_000);
        if (pool == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            fail("CI installs LibreOffice, but it was not found");
        }
        assumeTrue(pool != null, "LibreOffice is not installed here");
        return pool;
    }

    @Test
    void aDocxIsLaidOutByLibreOfficeThenFinishedAndCheckedByEarchive() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            LibreOfficeToPdfaConverter converter = new LibreOfficeToPdfaConverter(pool,
                    new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator()), new OfficeToPdfaConverter(Pdfs.FINISHER));
            Path target = work.resolve("out.pdf");

            ConvertedPdf pdf = converter.convert(Pdfs.request(Fixtures.root().resolve("detect/bao-cao.docx"), target));

            assertEquals(PdfaLevel.PDFA_2U, pdf.level(), pdf.warnings()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertTrue(PdfText.comparable(Pdfs.text(target)).contains(PdfText.comparable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                    Pdfs.text(target));
            try (var scratch = Files.list(work)) {
                assertEquals(1, scratch.count(), "LibreOffice's intermediate PDF is removed");
            }
        }
        assertFalse(ProcessHandle.allProcesses().anyMatch(p -> p.info().command().orElse("").contains("soffice")),
                "closing the pool ends every LibreOffice process");
    }
}
