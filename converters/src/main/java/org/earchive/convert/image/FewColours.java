package org.earchive.convert.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A colour page with at most 256 colours (a drawing, a form or a stamp saved as PNG, a page with flat colours)
 * as an indexed image: one palette number per pixel, packed to 1, 2, 4 or 8 bits, instead of three bytes of RGB.
 * Lossless: every pixel keeps its colour. A scan has thousands of colours and is left to plain Flate.
 */
final class FewColours {

    static final int MAX_COLOURS = 256;

    private FewColours() {
    }

    /** The image as an indexed Flate image, or null when it has more colours, transparency, or is not sRGB colour. */
    static PDImageXObject embed(PDDocument pdf, BufferedImage image) throws IOException {
        ColorModel model = image.getColorModel();
        if (model.hasAlpha() || model.getNumColorComponents() != 3 || !model.getColorSpace().isCS_sRGB()) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        Map<Integer, Integer> palette = new HashMap<>();
        int[] colours = new int[MAX_COLOURS];
        byte[] indices = new byte[Math.multiplyExact(width, height)];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x] & 0xFFFFFF;
                Integer index = palette.get(rgb);
                if (index == null) {
                    if (palette.size() == MAX_COLOURS) {
                        return null;
                    }
                    index = palette.size();
                    colours[index] = rgb;
                    palette.put(rgb, index);
                }
                indices[y * width + x] = (byte) (int) index;
            }
        }
        int bits = palette.size() <= 2 ? 1 : palette.size() <= 4 ? 2 : palette.size() <= 16 ? 4 : 8;
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(packed(indices, width, height, bits));
        }
        byte[] lookup = new byte[palette.size() * 3];
        for (int i = 0; i < palette.size(); i++) {
            lookup[3 * i] = (byte) (colours[i] >> 16);
            lookup[3 * i + 1] = (byte) (colours[i] >> 8);
            lookup[3 * i + 2] = (byte) colours[i];
        }
        COSArray indexed = new COSArray();
        indexed.add(COSName.INDEXED);
        indexed.add(COSName.DEVICERGB);
        indexed.add(COSInteger.get(palette.size() - 1));
        indexed.add(new COSString(lookup));
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setInt(COSName.WIDTH, width);
        stream.setInt(COSName.HEIGHT, height);
        stream.setInt(COSName.BITS_PER_COMPONENT, bits);
        stream.setItem(COSName.COLORSPACE, indexed);
        return new PDImageXObject(new PDStream(stream), null);
    }

    /** Rows of {@code bits}-bit numbers, first pixel in the high bits, each row starting on a byte (PDF 8.9.3). */
    private static byte[] packed(byte[] indices, int width, int height, int bits) {
        if (bits == 8) {
            return indices;
        }
        int perByte = 8 / bits;
        int rowBytes = (width + perByte - 1) / perByte;
        byte[] packed = new byte[Math.multiplyExact(rowBytes, height)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int shift = 8 - bits * (x % perByte + 1);
                packed[y * rowBytes + x / perByte] |= (byte) ((indices[y * width + x] & 0xFF) << shift);
            }
        }
        return packed;
    }
}
