package org.earchive.convert.image;

import org.earchive.core.RunContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.ImageFiles;
import org.earchive.fixtures.PageImages;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thông tư 05/2025/TT-BNV, Điều 8: scans of at least 200 dpi. A warning by default, a failure when strict. */
class Tt05ScanRulesTest {

    private static final RunContext STRICT = Pdfs.CONTEXT.withTt05Strict(true);

    @TempDir
    Path out;

    @Test
    void scanBelow200DpiIsAWarningNamingTheRule() throws Exception {
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())
                .convert(Pdfs.request(scanAt(150), out.resolve("low.pdf")));
        assertEquals(List.of("The page is scanned at 150 dpi, below the 200 dpi minimum of Thông tư 05/2025/TT-BNV,"
                + " Điều 8: scan again at 200 dpi or more."), result.warnings());
        assertTrue(result.unmet().isEmpty());
    }

    @Test
    void strictMakesItARequirementTheOutputFails() throws Exception {
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())
                .convert(Pdfs.request(scanAt(150), out.resolve("low.pdf"), STRICT));
        assertEquals(1, result.unmet().size(), result::toString);
        assertTrue(result.unmet().get(0).contains("Điều 8"), result.unmet()::toString);
        assertTrue(result.warnings().isEmpty(), result.warnings()::toString);
    }

    @Test
    void scanAt200DpiMeetsItAndOneWithoutResolutionCannotBeConfirmed() throws Exception {
        ConvertedPdf enough = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())
                .convert(Pdfs.request(scanAt(200), out.resolve("ok.pdf"), STRICT));
        assertTrue(enough.unmet().isEmpty(), enough::toString);

        ConvertedPdf unknown = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())
                .convert(Pdfs.request(Fixtures.samples().resolve("scans/phieu-gui-khong-dpi.png"), out.resolve("unknown.pdf"), STRICT));
        assertEquals(List.of("The page records no resolution, so the 200 dpi minimum of Thông tư 05/2025/TT-BNV, Điều 8"
                + " cannot be confirmed."), unknown.unmet());
    }

    @Test
    void reportGivesOutputSizeAgainstInputSize() throws Exception {
        Path source = Fixtures.samples().resolve("scans/cong-van-200dpi.jpg");
        Path pdf = out.resolve("size.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off()).convert(Pdfs.request(source, pdf));
        assertEquals(Long.toString(java.nio.file.Files.size(source)), result.facts().get("inputBytes"));
        assertEquals(Long.toString(java.nio.file.Files.size(pdf)), result.facts().get("outputBytes"));
    }

    private Path scanAt(int dpi) throws Exception {
        BufferedImage page = PageImages.page("Giấy mời họp", 105, 74, dpi, BufferedImage.TYPE_BYTE_GRAY, Color.BLACK, Color.WHITE);
        // TIFF, because the JDK's PNG writer records a wrong resolution (127 pixels per metre for 200 dpi)
        Path tiff = out.resolve("scan-" + dpi + ".tif");
        ImageFiles.writeTiff(tiff, List.of(page), "Deflate", dpi);
        return tiff;
    }
}
