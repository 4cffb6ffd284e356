package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.ImageOptimization;
import org.earchive.core.RunContext;
import org.earchive.fixtures.ImageFiles;
import org.earchive.fixtures.PageImages;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --optimize}: what each level stores for page images that are not the scanner's own bytes. */
class ImageOptimizationTest {

    private final ImageToPdfaConverter converter = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off());

    @TempDir
    Path out;

    @Test
    void aBlackAndWhitePageSavedAsGreyPngIsStoredAsJbig2WithEveryPixelKept() throws Exception {
        BufferedImage page = PageImages.page("Biên bản bàn giao tài liệu lưu trữ năm 2025", 148, 105, 200,
                BufferedImage.TYPE_BYTE_BINARY, Color.BLACK, Color.WHITE);
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        Path png = out.resolve("two-tone.png");
        ImageFiles.write(png, grey, "png", 200);

        Path optimised = convert(png, "1.pdf", ImageOptimization.LOSSLESS);
        Path plain = convert(png, "0.pdf", ImageOptimization.NONE);

        assertEquals(COSName.JBIG2_DECODE, filter(optimised));
        assertTrue(samePixels(grey, imageOf(optimised)), "lossless: the decoded page is the PNG's");
        assertEquals(COSName.FLATE_DECODE, filter(plain), "level 0: as before");
        assertTrue(Files.size(optimised) < Files.size(plain), Files.size(optimised) + " vs " + Files.size(plain));
    }

    @Test
    void aColourPageWithFewColoursIsStoredAsAnIndexedImageWithEveryPixelKept() throws Exception {
        // a form drawn in flat colours, as a PNG: black text, a red stamp, a blue rule (no anti-aliasing)
        BufferedImage page = new BufferedImage(827, 583, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 28));
        g.drawString("Phiếu gửi hồ sơ số 12/PG-VP", 60, 100);
        g.setColor(new Color(0xC8102E));
        g.drawOval(500, 250, 200, 200);
        g.setColor(new Color(0x1F3A93));
        g.fillRect(60, 140, 700, 3);
        g.dispose();
        Path png = out.resolve("form.png");
        ImageFiles.write(png, page, "png", 100);

        Path optimised = convert(png, "1.pdf", ImageOptimization.LOSSLESS);
        Path plain = convert(png, "0.pdf", ImageOptimization.NONE);

        try (PDDocument document = Pdfs.open(optimised)) {
            assertEquals("Indexed", onlyImage(document).getColorSpace().getName());
        }
        assertTrue(samePixels(page, imageOf(optimised)), "lossless: the decoded page is the PNG's");
        assertTrue(Files.size(optimised) < Files.size(plain), Files.size(optimised) + " vs " + Files.size(plain));
        Pdfs.assertCompliant(optimised, PdfaLevel.PDFA_2B);
    }

    @Test
    void aSixteenBitGreyPageHoldingEightBitValuesIsStoredInEightBitsAndARealOneInSixteen() throws Exception {
        BufferedImage scaled = sixteenBitGrey(false);
        BufferedImage real = sixteenBitGrey(true);
        Path scaledPng = out.resolve("scaled.png");
        Path realPng = out.resolve("real.png");
        ImageFiles.write(scaledPng, scaled, "png", 200);
        ImageFiles.write(realPng, real, "png", 200);

        Path scaledPdf = convert(scaledPng, "scaled.pdf", ImageOptimization.LOSSLESS);
        Path realPdf = convert(realPng, "real.pdf", ImageOptimization.LOSSLESS);

        try (PDDocument document = Pdfs.open(scaledPdf)) {
            PDImageXObject image = onlyImage(document);
            assertEquals(8, image.getBitsPerComponent());
            byte[] stored;
            try (var samples = image.getStream().createInputStream()) {
                stored = samples.readAllBytes();
            }
            int[] expected = scaled.getRaster().getPixels(0, 0, scaled.getWidth(), scaled.getHeight(), (int[]) null);
            assertEquals(expected.length, stored.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i] / 257, stored[i] & 0xFF, "sample " + i);
            }
        }
        try (PDDocument document = Pdfs.open(realPdf)) {
            assertEquals(16, onlyImage(document).getBitsPerComponent(), "a real 16-bit value keeps 16 bits");
        }
        Pdfs.assertCompliant(scaledPdf, PdfaLevel.PDFA_2B);
    }

    @Test
    void aGreyPngKeepsItsOwnSampleValues() throws Exception {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                grey.getRaster().setSample(x, y, 0, (x * 9 + y) % 256);
            }
        }
        Path png = out.resolve("grey.png");
        ImageFiles.write(png, grey, "png", 200);
        for (ImageOptimization level : ImageOptimization.values()) {
            if (level == ImageOptimization.LOSSY) {
                continue;
            }
            try (PDDocument document = Pdfs.open(convert(png, level + ".pdf", level))) {
                PDImageXObject image = onlyImage(document);
                assertEquals("DeviceGray", image.getColorSpace().getName());
                byte[] stored;
                try (var samples = image.getStream().createInputStream()) {
                    stored = samples.readAllBytes();
                }
                // 9 stays 9 (PDFBox's own factory stored it as 53: Java's linear grey turned into sRGB)
                int[] expected = grey.getRaster().getPixels(0, 0, grey.getWidth(), grey.getHeight(), (int[]) null);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], stored[i] & 0xFF, level + ": sample " + i);
                }
            }
        }
    }

    /** A grey gradient in 16 bits: every value v × 257, or (real) with one sample that uses the low byte. */
    private static BufferedImage sixteenBitGrey(boolean real) {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.getRaster().setSample(x, y, 0, ((x + y) % 256) * 257);
            }
        }
        if (real) {
            image.getRaster().setSample(10, 10, 0, 1000);
        }
        return image;
    }

    @Test
    void lossyOnlyAtLevelTwoAndThenSaid() throws Exception {
        Path tiff = org.earchive.fixtures.Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif");
        Path pdf = out.resolve("2.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(tiff, pdf, context(ImageOptimization.LOSSY)));

        assertEquals(COSName.DCT_DECODE, filter(pdf));
        assertEquals("page 1 (JPEG quality " + LossyJpeg.QUALITY + ")", result.facts().get("lossyImages"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Stored with loss to save space (--optimize 2)")),
                result.warnings()::toString);
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);

        ConvertedPdf lossless = converter.convert(Pdfs.request(tiff, out.resolve("1.pdf"), context(ImageOptimization.LOSSLESS)));
        assertFalse(lossless.facts().containsKey("lossyImages"));
    }

    @Test
    void aScannersJpegIsKeptAtEveryLevel() throws Exception {
        Path jpeg = org.earchive.fixtures.Fixtures.samples().resolve("scans/cong-van-200dpi.jpg");
        for (ImageOptimization level : ImageOptimization.values()) {
            Path pdf = out.resolve(level + ".pdf");
            ConvertedPdf result = converter.convert(Pdfs.request(jpeg, pdf, context(level)));
            assertFalse(result.facts().containsKey("lossyImages"), level.toString());
            // a Flate layer may wrap it (level 1 and up, when smaller); under it are the JPEG's own bytes
            try (PDDocument document = Pdfs.open(pdf);
                 var dct = new org.apache.pdfbox.pdmodel.common.PDStream(onlyImage(document).getCOSObject())
                         .createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(jpeg), dct.readAllBytes()), level.toString());
            }
        }
    }

    private Path convert(Path source, String name, ImageOptimization level) throws Exception {
        Path pdf = out.resolve(name);
        converter.convert(Pdfs.request(source, pdf, context(level)));
        return pdf;
    }

    private static RunContext context(ImageOptimization level) {
        return Pdfs.CONTEXT.withOcr(Pdfs.CONTEXT.ocr().withOptimize(level));
    }

    private static PDImageXObject onlyImage(PDDocument document) throws Exception {
        var resources = document.getPage(0).getResources();
        return (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
    }

    private static COSName filter(Path pdf) throws Exception {
        try (PDDocument document = Pdfs.open(pdf)) {
            return onlyImage(document).getCOSObject().getCOSName(COSName.FILTER);
        }
    }

    private static BufferedImage imageOf(Path pdf) throws Exception {
        try (PDDocument document = Pdfs.open(pdf)) {
            return onlyImage(document).getImage();
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }
}
