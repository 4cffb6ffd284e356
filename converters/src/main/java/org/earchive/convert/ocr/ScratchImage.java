package org.earchive.convert.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The page image as Tesseract reads it: an uncompressed TIFF in a scratch file, lossless and quick to write
 * and read (compression would cost more time than the disk it saves for a file that lives seconds), with
 * its resolution recorded. Only bilevel, 8-bit grey and 24-bit RGB are written; anything else (palette,
 * alpha, 16-bit) is flattened onto white first, as it would print.
 */
final class ScratchImage {

    private ScratchImage() {
    }

    static void write(BufferedImage image, Path file, int dpi) throws IOException {
        BufferedImage plain = plain(image);
        ImageWriter writer = tiffWriter();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            if (out == null) {
                throw new IOException("cannot write " + file);
            }
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(plain), param);
            recordResolution(metadata, dpi);
            writer.write(null, new IIOImage(plain, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("cannot read back " + file);
        }
        return image;
    }

    /** The image turned clockwise by 0, 90, 180 or 270 degrees, pixel for pixel. */
    static BufferedImage rotateClockwise(BufferedImage source, int degrees) {
        if (degrees % 360 == 0) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean quarter = degrees % 180 != 0;
        WritableRaster out = source.getColorModel().createCompatibleWritableRaster(quarter ? h : w, quarter ? w : h);
        Raster in = source.getRaster();
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = in.getDataElements(x, y, pixel);
                switch (degrees % 360) {
                    case 90 -> out.setDataElements(h - 1 - y, x, pixel);
                    case 180 -> out.setDataElements(w - 1 - x, h - 1 - y, pixel);
                    case 270 -> out.setDataElements(y, w - 1 - x, pixel);
                    default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
                }
            }
        }
        return new BufferedImage(source.getColorModel(), out, source.isAlphaPremultiplied(), null);
    }

    private static BufferedImage plain(BufferedImage image) {
        int type = image.getType();
        boolean bilevel = type == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1;
        if (bilevel || type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    private static void recordResolution(IIOMetadata metadata, int dpi) throws IOException {
        if (metadata == null || metadata.isReadOnly() || !metadata.isStandardMetadataFormatSupported()) {
            return;
        }
        String pixelSizeMm = Float.toString(25.4f / dpi);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", pixelSizeMm);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", pixelSizeMm);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }

    /** The JDK's TIFF writer (uncompressed by default); another plugin's only if the JDK's is missing. */
    private static ImageWriter tiffWriter() throws IOException {
        ImageWriter any = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                if (any != null) {
                    any.dispose();
                }
                return writer;
            }
            if (any == null) {
                any = writer;
            } else {
                writer.dispose();
            }
        }
        if (any == null) {
            throw new IOException("no TIFF writer available");
        }
        return any;
    }

    static void delete(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a scratch file under the run's tmp folder; the batch removes what is left at the end
            }
        }
    }
}
