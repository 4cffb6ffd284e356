package org.earchive.convert.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A grey or colour page as baseline JPEG, for {@code --optimize 2} (only when asked). It loses exactly what
 * OCRmyPDF's PDF/A output loses: Ghostscript, which writes that output, quantises with the standard JPEG tables
 * scaled by 0.88, which is libjpeg's quality {@value #QUALITY}, so the two tools' images are equally far from
 * the scan (PSNR within 0.05 dB on the bench pages, bench/ocr-size.sh). Unlike Ghostscript, the Huffman tables
 * are fitted to the page (a lossless step of the JPEG standard), 1-7% fewer bytes at the same pixels.
 */
final class LossyJpeg {

    /** libjpeg's quality scale; Ghostscript's luminance table (14, 10, 11, 13, ... in zig-zag order) is this one. */
    static final int QUALITY = 56;

    private LossyJpeg() {
    }

    static PDImageXObject embed(PDDocument pdf, BufferedImage image) throws IOException {
        return JPEGFactory.createFromByteArray(pdf, encode(eightBit(image)));
    }

    /** One-channel grey as 8-bit grey sample for sample (16-bit rounded down to 8); anything else as 8-bit RGB. */
    static BufferedImage eightBit(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        Raster raster = image.getRaster();
        if (raster.getNumBands() == 1 && image.getColorModel().getPixelSize() > 1
                && image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY) {
            // the samples themselves: drawing would pass them through Java's linear-grey conversion
            BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster target = grey.getRaster();
            int bits = image.getColorModel().getComponentSize(0);
            int max = (1 << bits) - 1;
            int[] row = new int[image.getWidth()];
            for (int y = 0; y < image.getHeight(); y++) {
                raster.getSamples(0, y, row.length, 1, 0, row);
                for (int x = 0; x < row.length; x++) {
                    row[x] = (int) ((row[x] * 255L + max / 2) / max);
                }
                target.setSamples(0, y, row.length, 1, 0, row);
            }
            return grey;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY / 100f);
            param.setOptimizeHuffmanTables(true);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A writer whose parameters take fitted Huffman tables (the JDK's; plug-ins that wrap it may not). */
    private static ImageWriter jpegWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getDefaultWriteParam() instanceof JPEGImageWriteParam) {
                return writer;
            }
            writer.dispose();
        }
        throw new IOException("no JPEG writer that can fit Huffman tables is installed");
    }
}
