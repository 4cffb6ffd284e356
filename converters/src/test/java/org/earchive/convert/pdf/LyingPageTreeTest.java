package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.fixtures.HostileFiles;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page tree that states two billion pages (and, looped, lists itself among its kids) has one real page:
 * detect says one page and convert makes a one-page PDF/A, neither sizing anything by the stated count.
 */
class LyingPageTreeTest {

    @org.junit.jupiter.api.io.TempDir
    Path work;

    @ParameterizedTest(name = "looped: {0}")
    @ValueSource(booleans = {false, true})
    void theRealPagesAreCountedNotTheStatedOnes(boolean looped) throws Exception {
        Path source = work.resolve("lying.pdf");
        Files.write(source, HostileFiles.pdfWithLyingPageTree(looped));

        FileInspection inspection = new FileInspector(new TikaDetector()).inspect(source, "lying.pdf");
        assertEquals("ok", inspection.status(), inspection::message);
        assertEquals(1, inspection.pages());

        Path target = work.resolve("lying.pdfa.pdf");
        ConversionRequest base = Pdfs.request(source, target);
        ConvertedPdf pdf = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(), null, TesseractOcr.off()).convert(
                Pdfs.with(base, target, DocumentClass.BORN_DIGITAL, Pdfs.CONTEXT));
        assertEquals(1, pdf.pages());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(1, Pdfs.pages(target));
    }
}
