package org.earchive.convert.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.formats.RgbRows;

/**
 * The lossless check: an image as stored in the PDF, decoded again by PDFBox's filters, shows the page's pixels, every
 * one. A black-and-white page stored as JBIG2 or G4 is compared bit for bit: the stored stream decoded to its rows of
 * bits (a real decoding, by the decoder every PDF reader built on PDFBox uses) against the page's own packed bits, eight
 * pixels a byte. Decoding it to a picture and comparing colour by colour (what any other image gets) took three times
 * the decoder's own time on the bench's bilevel pages.
 */
final class StoredPixels {

    private StoredPixels() {
    }

    /** Whether {@code stored} decodes to {@code page}'s pixels; false (never an exception) when it cannot be decoded. */
    static boolean same(PDImageXObject stored, BufferedImage page) {
        try {
            Boolean bits = sameBits(stored, page);
            return bits != null ? bits : same(stored.getImage(), page);
        } catch (IOException | RuntimeException notDecodable) {
            return false;
        }
    }

    /** Whether two images show the same colour at every pixel (alpha aside). */
    static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] rowA = new int[a.getWidth()];
        int[] rowB = new int[b.getWidth()];
        RgbRows rowsA = RgbRows.of(a);
        RgbRows rowsB = RgbRows.of(b);
        for (int y = 0; y < a.getHeight(); y++) {
            rowsA.row(y, rowA);
            rowsB.row(y, rowB);
            for (int x = 0; x < rowA.length; x++) {
                if ((rowA[x] & 0xFFFFFF) != (rowB[x] & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The bit-for-bit comparison, where both sides are plain black and white: one bit a pixel in DeviceGray stored, a
     * black-and-white palette of one bit a pixel on the page. Null where either is anything else, or the decoded rows are
     * not laid out as the PDF's own.
     */
    private static Boolean sameBits(PDImageXObject stored, BufferedImage page) throws IOException {
        Integer storedWhite = whiteBit(stored);
        Integer pageWhite = whiteBit(page);
        if (storedWhite == null || pageWhite == null) {
            return null;
        }
        int width = page.getWidth();
        int height = page.getHeight();
        if (stored.getWidth() != width || stored.getHeight() != height) {
            return false;
        }
        MultiPixelPackedSampleModel layout = (MultiPixelPackedSampleModel) page.getRaster().getSampleModel();
        byte[] pageBytes = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int pageStride = layout.getScanlineStride();
        int pageOffset = page.getRaster().getDataBuffer().getOffset();
        int rowBytes = (width + 7) / 8;
        byte[] decoded;
        try (InputStream in = stored.getCOSObject().createInputStream()) {
            decoded = in.readNBytes(rowBytes * height + 1);
        }
        if (decoded.length != rowBytes * height) {
            return null; // rows laid out otherwise than PDF's own (whole bytes, no gaps): the picture decides
        }
        // the same bit means the same pixel when both name white alike; else every bit is the other's opposite
        int flip = storedWhite.equals(pageWhite) ? 0 : 0xFF;
        int lastMask = width % 8 == 0 ? 0xFF : (0xFF << (8 - width % 8)) & 0xFF;
        for (int y = 0; y < height; y++) {
            int s = y * rowBytes;
            int p = pageOffset + y * pageStride;
            for (int i = 0; i < rowBytes; i++) {
                int mask = i == rowBytes - 1 ? lastMask : 0xFF;
                if ((((decoded[s + i] ^ flip) ^ pageBytes[p + i]) & mask) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The bit that is white in a one-bit DeviceGray image with no Decode array or a plain or inverting one; else null. */
    private static Integer whiteBit(PDImageXObject stored) throws IOException {
        if (stored.getBitsPerComponent() != 1 || !(stored.getColorSpace() instanceof PDDeviceGray)
                || stored.getCOSObject().getItem(COSName.MASK) != null || stored.getCOSObject().getItem(COSName.SMASK) != null) {
            return null;
        }
        COSBase decode = stored.getCOSObject().getDictionaryObject(COSName.DECODE);
        if (decode == null) {
            return 1;
        }
        if (decode instanceof COSArray pair && pair.size() == 2 && pair.getObject(0) instanceof COSNumber from
                && pair.getObject(1) instanceof COSNumber to) {
            if (from.floatValue() == 0 && to.floatValue() == 1) {
                return 1;
            }
            if (from.floatValue() == 1 && to.floatValue() == 0) {
                return 0;
            }
        }
        return null;
    }

    /** The palette index that is white in a page of one bit a pixel whose palette is black and white; else null. */
    private static Integer whiteBit(BufferedImage page) {
        Raster raster = page.getRaster();
        if (!(page.getColorModel() instanceof IndexColorModel palette) || palette.getMapSize() != 2 || palette.hasAlpha()
                || !(raster.getSampleModel() instanceof MultiPixelPackedSampleModel layout)
                || layout.getPixelBitStride() != 1 || layout.getDataBitOffset() != 0
                || !(raster.getDataBuffer() instanceof DataBufferByte bytes) || bytes.getNumBanks() != 1
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return null;
        }
        int first = palette.getRGB(0) & 0xFFFFFF;
        int second = palette.getRGB(1) & 0xFFFFFF;
        if (first == 0 && second == 0xFFFFFF) {
            return 1;
        }
        if (first == 0xFFFFFF && second == 0) {
            return 0;
        }
        return null;
    }
}
