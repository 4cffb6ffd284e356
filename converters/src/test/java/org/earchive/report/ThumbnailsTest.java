package org.earchive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.image.ImageToPdfaConverter;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.ImageOptimization;
import org.earchive.fixtures.AdministrativeScans;
import org.earchive.fixtures.SkewedScans;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's thumbnails: a scan's drawn from the page the converter held is the one drawn from its PDF. */
class ThumbnailsTest {

    @TempDir
    Path out;

    @Test
    void aScanPagesThumbnailFromMemoryIsThePdfsPixelForPixel() throws Exception {
        Path state = Files.createDirectories(out.resolve(".earchive"));
        ImageToPdfaConverter converter = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off());
        // the bench's six pages: grey LZW, bilevel G4 and colour JPEG scans at 200 and 300 dpi
        for (SkewedScans.Scan scan : AdministrativeScans.benchSet()) {
            Path source = SkewedScans.write(Files.createDirectories(out.resolve("in")), scan);
            String pdf = scan.name() + ".pdf";
            ConvertedPdf converted = converter.convert(Pdfs.request(source, out.resolve(pdf)));
            assertNotNull(converted.firstPage(), scan.name());
            try (PDDocument document = Pdfs.open(out.resolve(pdf))) {
                PDImageXObject stored = onlyImage(document);
                assertInstanceOf(PageInMemory.class, PageInMemory.standIn(stored, converted.firstPage()),
                        scan.name() + ": the page in memory stands in for " + stored.getCOSObject().getFilters());
            }
            // drawn from the PDF as before: a bilevel page from its G4 copy (--optimize 0), since PDFBox's JBIG2
            // decoder, asked for every n-th pixel, leaves the last row and column out (PDFBox: "premature EOF") and
            // the old thumbnail drew a grey line there; the page in memory has them
            String plain = scan.name() + "-plain.pdf";
            converter.convert(Pdfs.request(source, out.resolve(plain),
                    Pdfs.CONTEXT.withOcr(Pdfs.CONTEXT.ocr().withOptimize(ImageOptimization.NONE))));

            Thumbnails.render(state, plain, "decoded-" + scan.name());
            Thumbnails.render(state, pdf, "from-memory-" + scan.name(), converted.firstPage());

            BufferedImage decoded = ImageIO.read(Thumbnails.file(state, "decoded-" + scan.name()).toFile());
            BufferedImage fromMemory = ImageIO.read(Thumbnails.file(state, "from-memory-" + scan.name()).toFile());
            assertEquals(decoded.getWidth(), fromMemory.getWidth(), scan.name());
            assertEquals(decoded.getHeight(), fromMemory.getHeight(), scan.name());
            for (int y = 0; y < decoded.getHeight(); y++) {
                for (int x = 0; x < decoded.getWidth(); x++) {
                    assertEquals(decoded.getRGB(x, y), fromMemory.getRGB(x, y), scan.name() + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aPageStoredWithLossIsDecodedFromThePdf() throws Exception {
        SkewedScans.Scan scan = AdministrativeScans.benchSet().get(0); // grey: re-encoded as JPEG at --optimize 2
        Path source = SkewedScans.write(Files.createDirectories(out.resolve("in")), scan);
        ConvertedPdf converted = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off()).convert(Pdfs.request(source,
                out.resolve("lossy.pdf"), Pdfs.CONTEXT.withOcr(Pdfs.CONTEXT.ocr().withOptimize(ImageOptimization.LOSSY))));
        assertTrue(converted.facts().containsKey("lossyImages"), converted.facts().toString());
        assertNull(converted.firstPage(), "the stored samples are not the page's");
    }

    @Test
    void aPictureOfOtherSizeOrSamplesDoesNotStandIn() throws Exception {
        SkewedScans.Scan scan = AdministrativeScans.benchSet().get(1); // bilevel
        Path source = SkewedScans.write(Files.createDirectories(out.resolve("in")), scan);
        ConvertedPdf converted = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off())
                .convert(Pdfs.request(source, out.resolve("page.pdf")));
        try (PDDocument document = Pdfs.open(out.resolve("page.pdf"))) {
            PDImageXObject stored = onlyImage(document);
            BufferedImage page = converted.firstPage();
            BufferedImage smaller = page.getSubimage(0, 0, page.getWidth() - 1, page.getHeight());
            BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (BufferedImage other : List.of(smaller, grey)) {
                assertSame(stored, PageInMemory.standIn(stored, other));
            }
            assertSame(stored, PageInMemory.standIn(stored, null));
        }
    }

    private static PDImageXObject onlyImage(PDDocument document) throws java.io.IOException {
        var resources = document.getPage(0).getResources();
        return (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
    }
}
