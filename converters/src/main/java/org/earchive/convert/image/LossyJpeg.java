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
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.NodeList;

/**
 * A grey or colour page as baseline JPEG, for {@code --optimize 2} (only when asked). It loses what OCRmyPDF's
 * PDF/A output loses: Ghostscript, which writes that output, quantises with the standard JPEG tables scaled by
 * 0.9 (pdfwrite's QFactor), libjpeg's quality {@value #QUALITY}; so the two tools' images are equally far from
 * the scan (bench/ocr-size.sh measures the PSNR of both). Unlike Ghostscript, the Huffman tables are fitted to
 * the page (lossless, part of the JPEG standard): about 5% fewer bytes for the same pixels.
 */
final class LossyJpeg {

    /** libjpeg's quality scale; Ghostscript's luminance table (14, 10, 11, 13, ... in zig-zag order) is this one. */
    static final int QUALITY = 55;
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

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
            param.setOptimizeHuffmanTables(true);
            // the tables go in through the image's metadata: given as the parameter's encode tables, the JDK
            // leaves them out of the file, and its own scaling of a quality rounds some values the other way
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
            NodeList tables = tree.getElementsByTagName("dqtable");
            for (int i = 0; i < tables.getLength(); i++) {
                IIOMetadataNode table = (IIOMetadataNode) tables.item(i);
                boolean luminance = "0".equals(table.getAttribute("qtableId"));
                table.setUserObject(scaled(luminance ? JPEGQTable.K1Luminance : JPEGQTable.K2Chrominance));
            }
            metadata.setFromTree(JPEG_METADATA, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The standard table at {@link #QUALITY} as libjpeg (and Ghostscript) scale it: (v × (200 - 2 × quality) + 50) / 100, 1-255. */
    private static JPEGQTable scaled(JPEGQTable standard) {
        int percent = 200 - 2 * QUALITY;
        int[] values = standard.getTable();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(1, Math.min(255, (values[i] * percent + 50) / 100));
        }
        return new JPEGQTable(values);
    }

    /** A writer whose parameters take fitted Huffman tables (the JDK's; plug-ins that wrap it may not). */
    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getDefaultWriteParam() instanceof JPEGImageWriteParam) {
                return writer;
            }
            writer.dispose();
        }
        // the JDK's own writer is always there: missing, the runtime is broken, not the page
        throw new IllegalStateException("the JDK lacks its JPEG writer");
    }
}
