package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.fixtures.PageImages;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JBIG2 earchive writes is read back, pixel for pixel, by the decoders a reader's software uses: PDFBox's
 * (Java viewers, Tika), poppler's (pdfimages; Evince, Okular) and Ghostscript's (jbig2dec), where installed.
 */
class Jbig2GenericTest {

    @TempDir
    Path out;

    @Test
    void everyDecoderGivesBackTheSamePixels() throws Exception {
        List<BufferedImage> pages = List.of(textPage(), noise(333, 77, 0.5), noise(9, 5, 0.1), blank(61, 40),
                whiteIsZero(textPage()));
        Path pdf = pdfOf(pages);
        try (PDDocument document = Pdfs.open(pdf)) {
            for (int i = 0; i < pages.size(); i++) {
                PDImageXObject image = onlyImage(document.getPage(i));
                assertEquals(COSName.JBIG2_DECODE, image.getCOSObject().getCOSName(COSName.FILTER));
                assertSamePixels(pages.get(i), image.getImage(), "PDFBox, page " + (i + 1));
            }
        }
        List<Path> poppler = run(List.of("pdfimages", "-png", pdf.toString(), out.resolve("poppler").toString()), "poppler-");
        List<Path> ghostscript = run(List.of("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pngmono", "-r72",
                "-sOutputFile=" + out.resolve("gs-%03d.png"), pdf.toString()), "gs-");
        for (List<Path> decoded : List.of(poppler, ghostscript)) {
            for (int i = 0; i < decoded.size(); i++) {
                assertSamePixels(pages.get(i), ImageIO.read(decoded.get(i).toFile()), decoded.get(i).getFileName().toString());
            }
        }
        Pdfs.assertCompliant(pdf, org.earchive.pdfa.PdfaLevel.PDFA_2B);
    }

    @Test
    void aTextPageTakesFarFewerBytesThanG4() throws Exception {
        BufferedImage page = textPage();
        int jbig2 = Jbig2Generic.encode(page).length;
        try (PDDocument document = new PDDocument()) {
            long g4 = CCITTFactory.createFromImage(document, page).getCOSObject().getLength();
            assertTrue(jbig2 < 0.8 * g4, "JBIG2 " + jbig2 + " bytes against G4 " + g4);
        }
    }

    private static BufferedImage textPage() {
        return PageImages.page("Ủy ban nhân dân tỉnh Hòa Bình. Số: 142/QĐ-UBND. Căn cứ Luật Lưu trữ ngày 21 tháng 6"
                + " năm 2024; Điều 1. Giao Trung tâm Lưu trữ lịch sử tỉnh chủ trì.", 148, 105, 200,
                BufferedImage.TYPE_BYTE_BINARY, Color.BLACK, Color.WHITE);
    }

    /** Random pixels (no two rows alike but some repeated, so typical prediction is used both ways). */
    private static BufferedImage noise(int width, int height, double black) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            if (y % 7 == 3) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, image.getRGB(x, y - 1));
                }
                continue;
            }
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextDouble() < black ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** The page with a palette whose sample 0 is white, as a TIFF with PhotometricInterpretation 0 decodes. */
    private static BufferedImage whiteIsZero(BufferedImage page) {
        IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});
        BufferedImage image = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                image.setRGB(x, y, page.getRGB(x, y));
            }
        }
        return image;
    }

    /** One page per image, one point per pixel, so that a 72 dpi rendering is the image itself. */
    private Path pdfOf(List<BufferedImage> images) throws IOException {
        Path pdf = out.resolve("jbig2.pdf");
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : images) {
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream data = stream.createRawOutputStream()) {
                    data.write(Jbig2Generic.encode(image));
                }
                stream.setItem(COSName.FILTER, COSName.JBIG2_DECODE);
                PDImageXObject xobject = new PDImageXObject(new PDStream(stream), null);
                xobject.setWidth(image.getWidth());
                xobject.setHeight(image.getHeight());
                xobject.setBitsPerComponent(1);
                xobject.setColorSpace(PDDeviceGray.INSTANCE);
                PDPage page = new PDPage(new PDRectangle(image.getWidth(), image.getHeight()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 0, 0, image.getWidth(), image.getHeight());
                }
            }
            Pdfs.FINISHER.finish(document, new org.earchive.pdfa.DocumentInfo("jbig2", null, null,
                    java.time.Instant.parse("2025-07-01T00:00:00Z"), "0".repeat(64)), org.earchive.pdfa.PdfaLevel.PDFA_2B);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        var resources = page.getResources();
        return (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
    }

    /** The files a decoder wrote, in page order; none when the program is not installed. */
    private List<Path> run(List<String> command, String prefix) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return List.of();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish");
        }
        assertEquals(0, process.exitValue(), String.join(" ", command));
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(out)) {
            listing.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().forEach(files::add);
        }
        assertEquals(5, files.size(), command.get(0) + " wrote " + files);
        return files;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String who) {
        assertEquals(expected.getWidth(), actual.getWidth(), who);
        assertEquals(expected.getHeight(), actual.getHeight(), who);
        int differ = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                boolean black = (expected.getRGB(x, y) & 0xFFFFFF) == 0;
                boolean decodedBlack = (actual.getRGB(x, y) & 0xFF) < 128;
                differ += black == decodedBlack ? 0 : 1;
            }
        }
        assertEquals(0, differ, who + ": pixels that differ");
    }
}
