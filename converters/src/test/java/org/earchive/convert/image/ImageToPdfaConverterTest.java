package org.earchive.convert.image;

import org.earchive.convert.ocr.TesseractOcr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.ImageFiles;
import org.earchive.fixtures.PageImages;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageToPdfaConverterTest {

    private final ImageToPdfaConverter converter = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off());

    @TempDir
    Path out;

    /** What the image's DCTDecode filter is given: the JPEG's bytes, under any Flate layer around them. */
    private static InputStream jpegBytes(PDImageXObject image) throws IOException {
        return new org.apache.pdfbox.pdmodel.common.PDStream(image.getCOSObject())
                .createInputStream(List.of(COSName.DCT_DECODE.getName()));
    }

    @Test
    void jpegIsEmbeddedByteForByteOnAPageSizedFromItsResolution() throws Exception {
        Path jpeg = Fixtures.samples().resolve("scans/cong-van-200dpi.jpg");
        Path pdf = out.resolve("jpeg.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(jpeg, pdf));

        assertEquals(PdfaLevel.PDFA_2B, result.level());
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        try (PDDocument document = Pdfs.open(pdf)) {
            PDImageXObject image = onlyImage(document.getPage(0));
            assertEquals(List.of(COSName.FLATE_DECODE, COSName.DCT_DECODE), new org.apache.pdfbox.pdmodel.common.PDStream(image.getCOSObject()).getFilters(),
                    "the JPEG inside a Flate layer, which saves space on this one");
            try (InputStream raw = jpegBytes(image)) {
                assertArrayEquals(Files.readAllBytes(jpeg), raw.readAllBytes(), "JPEG bytes must be unchanged");
            }
            // 1165 x 1654 px at 200 dpi is A5: 148 x 210 mm
            assertEquals(1165 * 72 / 200f, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(1654 * 72 / 200f, document.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void multiPageG4TiffKeepsEveryPageBilevelAndLosslessInFewerBytes() throws Exception {
        Path tiff = Fixtures.samples().resolve("scans/bao-cao-300dpi-g4.tif");
        Path pdf = out.resolve("g4.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(tiff, pdf));
        Path kept = out.resolve("g4-kept.pdf");
        converter.convert(Pdfs.request(tiff, kept, Pdfs.CONTEXT.withOcr(Pdfs.CONTEXT.ocr()
                .withOptimize(org.earchive.core.ImageOptimization.NONE))));

        assertEquals(2, result.pages());
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        List<BufferedImage> originals = readAll(tiff);
        try (PDDocument document = Pdfs.open(pdf)) {
            for (int i = 0; i < 2; i++) {
                PDImageXObject image = onlyImage(document.getPage(i));
                assertEquals(COSName.JBIG2_DECODE, image.getCOSObject().getCOSName(COSName.FILTER));
                assertTrue(samePixels(originals.get(i), image.getImage()), "page " + (i + 1) + " pixels differ");
                assertEquals(595.3, document.getPage(i).getMediaBox().getWidth(), 0.5);
            }
        }
        try (PDDocument document = Pdfs.open(kept)) {
            assertEquals(COSName.CCITTFAX_DECODE, onlyImage(document.getPage(0)).getCOSObject().getCOSName(COSName.FILTER),
                    "--optimize 0 keeps the scanner's G4");
        }
        assertTrue(java.nio.file.Files.size(pdf) < 0.8 * java.nio.file.Files.size(kept),
                java.nio.file.Files.size(pdf) + " bytes against " + java.nio.file.Files.size(kept) + " with G4");
    }

    @Test
    void lzwTiffIsStoredFlateNeverLzw() throws Exception {
        Path tiff = Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif");
        Path pdf = out.resolve("lzw.pdf");
        converter.convert(Pdfs.request(tiff, pdf));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        try (PDDocument document = Pdfs.open(pdf)) {
            PDImageXObject image = onlyImage(document.getPage(0));
            assertEquals(COSName.FLATE_DECODE, image.getCOSObject().getCOSName(COSName.FILTER));
            // the TIFF's own grey values, as every viewer shows them (Java's getRGB would lift them as linear grey)
            java.awt.image.BufferedImage scan = ImageIO.read(tiff.toFile());
            java.awt.image.BufferedImage stored = image.getImage();
            for (int y = 0; y < scan.getHeight(); y += 7) {
                for (int x = 0; x < scan.getWidth(); x += 7) {
                    assertEquals(scan.getRaster().getSample(x, y, 0), stored.getRGB(x, y) & 0xFF, x + "," + y);
                }
            }
        }
    }

    @Test
    void missingResolutionIsAssumed200DpiAndSaid() throws Exception {
        Path png = Fixtures.samples().resolve("scans/phieu-gui-khong-dpi.png");
        Path pdf = out.resolve("png.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(png, pdf));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("200 dpi was assumed")), result.warnings()::toString);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertEquals(827 * 72 / 200f, document.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    /** The TIFF encodings scanners write, and the other raster formats clerks meet. */
    @ParameterizedTest
    @ValueSource(strings = {"tiff-Deflate", "tiff-JPEG", "tiff-PackBits", "tiff-none", "bmp", "gif", "png-rgb-alpha"})
    void otherRasterFormatsBecomeValidPdfA2b(String kind) throws Exception {
        BufferedImage page = PageImages.page("Biên bản họp ngày 02 tháng 01 năm 2025", 105, 74, 200,
                kind.startsWith("gif") || kind.equals("bmp") ? BufferedImage.TYPE_BYTE_INDEXED
                        : kind.equals("png-rgb-alpha") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB,
                Color.BLACK, new Color(255, 250, 240));
        Path source;
        if (kind.startsWith("tiff-")) {
            source = out.resolve(kind + ".tif");
            String compression = kind.substring(5);
            ImageFiles.writeTiff(source, List.of(page), compression.equals("none") ? null : compression, 200);
        } else {
            String format = kind.startsWith("png") ? "png" : kind;
            source = out.resolve(kind + "." + format);
            ImageFiles.write(source, page, format, 200);
        }
        Path pdf = out.resolve(kind + ".pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(source, pdf));
        assertEquals(1, result.pages());
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        try (PDDocument document = Pdfs.open(pdf)) {
            COSName filter = onlyImage(document.getPage(0)).getCOSObject().getCOSName(COSName.FILTER);
            assertNotEquals(COSName.LZW_DECODE, filter);
        }
    }

    @Test
    void jpegWithItsOwnColourProfileKeepsItAndItsBytes() throws Exception {
        byte[] plain = Files.readAllBytes(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"));
        byte[] profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();
        Path jpeg = out.resolve("linear-rgb.jpg");
        Files.write(jpeg, withIccProfile(plain, profile));
        Path pdf = out.resolve("icc.pdf");
        converter.convert(Pdfs.request(jpeg, pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        try (PDDocument document = Pdfs.open(pdf)) {
            PDImageXObject image = onlyImage(document.getPage(0));
            assertTrue(image.getColorSpace() instanceof org.apache.pdfbox.pdmodel.graphics.color.PDICCBased,
                    "colour space: " + image.getColorSpace());
            try (InputStream iccStream = ((org.apache.pdfbox.pdmodel.graphics.color.PDICCBased) image.getColorSpace())
                    .getPDStream().createInputStream()) {
                assertArrayEquals(profile, iccStream.readAllBytes(), "the JPEG's own profile");
            }
            try (InputStream raw = jpegBytes(image)) {
                assertArrayEquals(Files.readAllBytes(jpeg), raw.readAllBytes());
            }
        }
    }

    /** Inserts an APP2 ICC_PROFILE segment after SOI, as cameras and scanners embed their profile. */
    private static byte[] withIccProfile(byte[] jpeg, byte[] profile) {
        byte[] tag = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int length = 2 + tag.length + 2 + profile.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(tag);
        out.write(1);
        out.write(1);
        out.writeBytes(profile);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void truncatedJpegIsCorruptAndWritesNothing() {
        Path pdf = out.resolve("truncated.pdf");
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Pdfs.request(Fixtures.bad().resolve("truncated.jpg"), pdf)));
        assertEquals(DocumentStatus.CORRUPT, e.status());
        assertTrue(e.sentence().contains("truncated"), e.sentence());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void truncatedTiffIsCorruptRatherThanABlankPage() {
        Path pdf = out.resolve("truncated-tiff.pdf");
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Pdfs.request(Fixtures.bad().resolve("truncated.tif"), pdf)));
        assertEquals(DocumentStatus.CORRUPT, e.status());
        assertTrue(e.sentence().contains("truncated"), e.sentence());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void samplesConvertWithoutDecoderComplaints() throws Exception {
        for (String scan : List.of("bao-cao-300dpi-g4.tif", "cong-van-200dpi.jpg", "thong-bao-200dpi-lzw.tif")) {
            ConvertedPdf result = converter.convert(Pdfs.request(Fixtures.samples().resolve("scans/" + scan), out.resolve("s.pdf")));
            assertTrue(result.warnings().isEmpty(), scan + ": " + result.warnings());
        }
    }

    @Test
    void unknownTiffCompressionIsUnsupported() {
        Path pdf = out.resolve("unsupported.pdf");
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Pdfs.request(Fixtures.bad().resolve("unsupported-compression.tif"), pdf)));
        assertEquals(DocumentStatus.UNSUPPORTED, e.status(), e.sentence());
        assertFalse(Files.exists(pdf));
    }

    private static PDImageXObject onlyImage(PDPage page) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        assertEquals(1, images.size(), "images on the page");
        return images.get(0);
    }

    private static List<BufferedImage> readAll(Path tiff) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        try (var input = ImageIO.createImageInputStream(tiff.toFile())) {
            var reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                pages.add(reader.read(i));
            }
            reader.dispose();
        }
        return pages;
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
