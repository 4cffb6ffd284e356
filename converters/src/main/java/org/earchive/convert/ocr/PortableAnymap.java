package org.earchive.convert.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The binary portable anymaps ({@code P4} bitmap, {@code P5} grey, {@code P6} colour, 8 bits a sample): a header
 * line and the rows of pixels as they are, which Tesseract's image library reads directly. Written for the three
 * kinds of image {@link ScratchImage#plain} leaves; read back as bilevel, {@code TYPE_BYTE_GRAY} or
 * {@code TYPE_INT_RGB}.
 */
final class PortableAnymap {

    private PortableAnymap() {
    }

    /**
     * @param image bilevel (a two-entry palette of black and white), 8-bit grey, or RGB without alpha; anything else
     *              is written as colour, pixel by pixel as {@link BufferedImage#getRGB} sees it
     */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        int blackIndex = blackIndexOfBitmap(image);
        if (blackIndex >= 0) {
            out.write(("P4\n" + width + " " + height + "\n").getBytes(StandardCharsets.US_ASCII));
            writeBitmapRows(raster, width, height, blackIndex, out);
        } else if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                raster.getDataElements(0, y, width, 1, row);
                out.write(row);
            }
        } else {
            out.write(("P6\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            int type = image.getType();
            int[] packed = type == BufferedImage.TYPE_INT_RGB ? new int[width] : null;
            boolean bytesInBandOrder = type == BufferedImage.TYPE_3BYTE_BGR;
            int[] argb = packed == null && !bytesInBandOrder ? new int[width] : null;
            byte[] row = new byte[3 * width];
            for (int y = 0; y < height; y++) {
                if (bytesInBandOrder) {
                    raster.getDataElements(0, y, width, 1, row); // a pixel's elements come in band order: red first
                } else {
                    int[] pixels = packed != null ? (int[]) raster.getDataElements(0, y, width, 1, packed) : argb;
                    if (packed == null) {
                        image.getRGB(0, y, width, 1, argb, 0, width);
                    }
                    for (int x = 0; x < width; x++) {
                        row[3 * x] = (byte) (pixels[x] >> 16);
                        row[3 * x + 1] = (byte) (pixels[x] >> 8);
                        row[3 * x + 2] = (byte) pixels[x];
                    }
                }
                out.write(row);
            }
        }
    }

    /** For a one-bit image whose palette is exactly black and white, the index of black; else -1. */
    private static int blackIndexOfBitmap(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_BINARY || image.getColorModel().getPixelSize() != 1
                || !(image.getColorModel() instanceof IndexColorModel palette) || palette.getMapSize() != 2
                || palette.hasAlpha()) {
            return -1;
        }
        int first = palette.getRGB(0) & 0xFFFFFF;
        int second = palette.getRGB(1) & 0xFFFFFF;
        if (first == 0 && second == 0xFFFFFF) {
            return 0;
        }
        return first == 0xFFFFFF && second == 0 ? 1 : -1;
    }

    /** PBM's rows: one bit a pixel, 1 black, each row padded with zero bits to a whole byte. */
    private static void writeBitmapRows(Raster raster, int width, int height, int blackIndex, OutputStream out)
            throws IOException {
        int rowBytes = (width + 7) / 8;
        byte[] row = new byte[rowBytes];
        int lastMask = width % 8 == 0 ? 0xFF : (0xFF << (8 - width % 8)) & 0xFF;
        boolean packed = raster.getSampleModel() instanceof MultiPixelPackedSampleModel model
                && model.getPixelBitStride() == 1 && model.getDataBitOffset() == 0
                && raster.getDataBuffer() instanceof DataBufferByte && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && raster.getDataBuffer().getNumBanks() == 1;
        byte[] data = packed ? ((DataBufferByte) raster.getDataBuffer()).getData() : null;
        int stride = packed ? ((MultiPixelPackedSampleModel) raster.getSampleModel()).getScanlineStride() : 0;
        int offset = packed ? raster.getDataBuffer().getOffset() : 0;
        int[] samples = packed ? null : new int[width];
        for (int y = 0; y < height; y++) {
            if (packed) {
                // Java packs the leftmost pixel in the highest bit, as PBM does
                System.arraycopy(data, offset + y * stride, row, 0, rowBytes);
                if (blackIndex == 0) {
                    for (int i = 0; i < rowBytes; i++) {
                        row[i] = (byte) ~row[i];
                    }
                }
            } else {
                raster.getSamples(0, y, width, 1, 0, samples);
                java.util.Arrays.fill(row, (byte) 0);
                for (int x = 0; x < width; x++) {
                    if (samples[x] == blackIndex) {
                        row[x >> 3] |= (byte) (0x80 >> (x & 7));
                    }
                }
            }
            row[rowBytes - 1] &= (byte) lastMask;
            out.write(row);
        }
    }

    /** Reads what {@link #write} wrote (any binary P4, P5 or P6 with 8-bit samples). */
    static BufferedImage read(InputStream in) throws IOException {
        String magic = token(in);
        int width = Integer.parseInt(token(in));
        int height = Integer.parseInt(token(in));
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image of " + width + " x " + height + " pixels");
        }
        switch (magic) {
            case "P4" -> {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY); // 0 black
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                readFully(in, data);
                for (int i = 0; i < data.length; i++) {
                    data[i] = (byte) ~data[i]; // PBM's 1 is black
                }
                return image;
            }
            case "P5", "P6" -> {
                if (!"255".equals(token(in))) {
                    throw new IllegalArgumentException("only 8-bit samples are read");
                }
                boolean grey = magic.equals("P5");
                byte[] samples = new byte[width * (grey ? 1 : 3)];
                BufferedImage image = new BufferedImage(width, height,
                        grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
                WritableRaster raster = image.getRaster();
                int[] rgb = grey ? null : new int[samples.length];
                for (int y = 0; y < height; y++) {
                    readFully(in, samples);
                    if (grey) {
                        raster.setDataElements(0, y, width, 1, samples);
                    } else {
                        for (int i = 0; i < samples.length; i++) {
                            rgb[i] = samples[i] & 0xFF;
                        }
                        raster.setPixels(0, y, width, 1, rgb);
                    }
                }
                return image;
            }
            default -> throw new IllegalArgumentException("not a binary portable anymap: " + magic);
        }
    }

    /** The next header field; the single whitespace after the last one is where the pixels start. */
    private static String token(InputStream in) throws IOException {
        StringBuilder token = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the header ends early");
            }
            if (c == '#' && token.length() == 0) {
                while (c >= 0 && c != '\n') {
                    c = in.read();
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (token.length() > 0) {
                    return token.toString();
                }
                continue;
            }
            if (token.length() > 16) {
                throw new IllegalArgumentException("not a portable anymap header");
            }
            token.append((char) c);
        }
    }

    private static void readFully(InputStream in, byte[] into) throws IOException {
        int read = in.readNBytes(into, 0, into.length);
        if (read < into.length) {
            throw new EOFException("the pixels end early");
        }
    }
}
