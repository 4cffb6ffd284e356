package org.earchive.formats;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A page image's rows as {@link BufferedImage#getRGB(int, int, int, int, int[], int, int)} gives them, the same
 * values, at a fraction of the cost for the kinds of image scans decode to. {@code getRGB} asks the colour model
 * about every pixel; here a palette or a grey level is looked up in a table made once per image (from the colour
 * model's own answers), and 8-bit sRGB samples are taken as they are, which is what the colour model answers for
 * them. Any other kind of image is read with {@code getRGB} itself.
 */
public final class RgbRows {

    private final BufferedImage image;
    private final Raster raster;
    private final int width;
    /** getRGB of each sample value, for single-sample images (a palette or grey); else null */
    private final int[] table;
    private final boolean srgbBytes;
    private final int[] samples;
    /** A single-sample raster's bytes, rows of {@link #packedStride} bytes from {@link #packedOffset}; else null */
    private final byte[] packedBytes;
    private final int packedBits;
    private final int packedStride;
    private final int packedOffset;
    /** An 8-bit sRGB raster's bytes, three a pixel, where it is the plain interleaved kind (a decoded JPEG); else null */
    private final byte[] rgbBytes;
    private final int rgbStride;
    private final int rgbOffset;
    /** where each pixel's red, green and blue bytes lie from its first */
    private final int[] rgbBands;

    private RgbRows(BufferedImage image) {
        this.image = image;
        this.raster = image.getRaster();
        this.width = image.getWidth();
        ColorModel model = image.getColorModel();
        this.table = singleSampleTable(model, raster);
        this.srgbBytes = table == null && model instanceof ComponentColorModel && !model.hasAlpha()
                && model.getColorSpace().isCS_sRGB() && model.getNumComponents() == 3
                && model.getTransferType() == DataBuffer.TYPE_BYTE && raster.getNumBands() == 3
                && model.getComponentSize(0) == 8 && model.getComponentSize(1) == 8 && model.getComponentSize(2) == 8;
        this.samples = table != null ? new int[width] : srgbBytes ? new int[3 * width] : null;
        SampleModel layout = raster.getSampleModel();
        boolean plainRaster = table != null && raster.getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getNumBanks() == 1 && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0;
        if (plainRaster && layout instanceof MultiPixelPackedSampleModel bits && bits.getDataBitOffset() == 0
                && 8 % bits.getPixelBitStride() == 0) {
            packedBits = bits.getPixelBitStride();
            packedStride = bits.getScanlineStride();
        } else if (plainRaster && layout instanceof ComponentSampleModel component && component.getPixelStride() == 1
                && component.getBandOffsets()[0] == 0 && layout.getSampleSize(0) == 8) {
            packedBits = 8;
            packedStride = component.getScanlineStride();
        } else {
            packedBits = 0;
            packedStride = 0;
        }
        packedBytes = packedBits == 0 ? null : ((DataBufferByte) raster.getDataBuffer()).getData();
        packedOffset = packedBits == 0 ? 0 : raster.getDataBuffer().getOffset();
        boolean plainRgb = srgbBytes && raster.getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && layout instanceof ComponentSampleModel component && component.getPixelStride() == 3;
        rgbBytes = plainRgb ? ((DataBufferByte) raster.getDataBuffer()).getData() : null;
        rgbStride = plainRgb ? ((ComponentSampleModel) layout).getScanlineStride() : 0;
        rgbOffset = plainRgb ? raster.getDataBuffer().getOffset() : 0;
        rgbBands = plainRgb ? ((ComponentSampleModel) layout).getBandOffsets() : null;
    }

    public static RgbRows of(BufferedImage image) {
        return new RgbRows(image);
    }

    /** Fills {@code argb} (at least the image's width long) with row {@code y}, as {@code getRGB} would. */
    public void row(int y, int[] argb) {
        if (table != null) {
            readSamples(y, samples);
            for (int x = 0; x < width; x++) {
                argb[x] = table[samples[x]];
            }
        } else if (rgbBytes != null) {
            int red = rgbBands[0];
            int green = rgbBands[1];
            int blue = rgbBands[2];
            for (int x = 0, i = rgbOffset + y * rgbStride; x < width; x++, i += 3) {
                argb[x] = 0xFF000000 | (rgbBytes[i + red] & 0xFF) << 16 | (rgbBytes[i + green] & 0xFF) << 8
                        | rgbBytes[i + blue] & 0xFF;
            }
        } else if (srgbBytes) {
            raster.getPixels(0, y, width, 1, samples);
            for (int x = 0, i = 0; x < width; x++, i += 3) {
                argb[x] = 0xFF000000 | samples[i] << 16 | samples[i + 1] << 8 | samples[i + 2];
            }
        } else {
            image.getRGB(0, y, width, 1, argb, 0, width);
        }
    }

    /** Whether each pixel is one sample of at most 8 bits (a palette index or a grey level): {@link #samples} applies. */
    public boolean singleSample() {
        return table != null;
    }

    /**
     * For a {@link #singleSample()} image, fills {@code values} (at least the image's width long) with row {@code y}'s
     * samples as the raster holds them; {@link #rgbOf} gives what {@code getRGB} answers for each.
     */
    public void samples(int y, int[] values) {
        readSamples(y, values);
    }

    /** What {@code getRGB} answers for a pixel of sample {@code value}, for a {@link #singleSample()} image. */
    public int rgbOf(int value) {
        return table[value];
    }

    /** Row {@code y}'s samples into {@code values}: straight from packed bytes where the raster is the plain kind. */
    private void readSamples(int y, int[] values) {
        if (packedBytes == null) {
            raster.getSamples(0, y, width, 1, 0, values);
            return;
        }
        int start = packedOffset + y * packedStride;
        if (packedBits == 8) {
            for (int x = 0; x < width; x++) {
                values[x] = packedBytes[start + x] & 0xFF;
            }
            return;
        }
        int mask = (1 << packedBits) - 1;
        // a byte at a time, its pixels from the highest bits down (the leftmost pixel first): no division a pixel
        for (int x = 0, i = start; x < width; i++) {
            int bits = packedBytes[i];
            for (int shift = 8 - packedBits; shift >= 0 && x < width; shift -= packedBits) {
                values[x++] = (bits >> shift) & mask;
            }
        }
    }

    /** For an image of one sample per pixel of at most 8 bits (a palette, or grey without alpha): getRGB of each value. */
    private static int[] singleSampleTable(ColorModel model, Raster raster) {
        if (raster.getNumBands() != 1 || model.getNumComponents() > 1 && !(model instanceof IndexColorModel)) {
            return null;
        }
        int bits = raster.getSampleModel().getSampleSize(0);
        if (bits > 8 || model.getTransferType() != DataBuffer.TYPE_BYTE) {
            return null;
        }
        boolean palette = model instanceof IndexColorModel;
        if (!palette && !(model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !model.hasAlpha())) {
            return null;
        }
        int[] table = new int[1 << bits];
        byte[] pixel = new byte[1];
        try {
            for (int value = 0; value < table.length; value++) {
                pixel[0] = (byte) value;
                table[value] = palette ? model.getRGB(value) : model.getRGB(pixel);
            }
        } catch (RuntimeException notAnswered) {
            return null; // a value the model has no colour for: getRGB pixel by pixel says what it says
        }
        return table;
    }
}
