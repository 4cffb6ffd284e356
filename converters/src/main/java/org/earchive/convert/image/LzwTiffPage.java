package org.earchive.convert.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * A TIFF page stored the plain LZW way, decoded by {@link LzwStrip} into the very image TwelveMonkeys' reader gives
 * (its own destination type, the same bytes), at half the cost or less. Plain means: strips, not tiles; one plane;
 * 8-bit grey (black is zero) or RGB (the image may keep it as BGR), with or without horizontal differencing
 * (predictor 2), or 1-bit black and white; no colour map, extra samples, embedded ICC profile, other fill order or
 * sample format. Any other page, and any page whose data does not decode whole (a strip cut short, old-style LZW), is
 * left to the reader: null.
 */
public final class LzwTiffPage {

    private static final int WIDTH = 256, HEIGHT = 257, BITS_PER_SAMPLE = 258, COMPRESSION = 259, PHOTOMETRIC = 262,
            FILL_ORDER = 266, STRIP_OFFSETS = 273, SAMPLES_PER_PIXEL = 277, ROWS_PER_STRIP = 278, STRIP_BYTE_COUNTS = 279,
            PLANAR_CONFIGURATION = 284, PREDICTOR = 317, COLOR_MAP = 320, TILE_WIDTH = 322, TILE_LENGTH = 323,
            TILE_OFFSETS = 324, EXTRA_SAMPLES = 338, SAMPLE_FORMAT = 339, ICC_PROFILE = 34675;
    private static final int LZW = 5, WHITE_IS_ZERO = 0, BLACK_IS_ZERO = 1, RGB = 2;
    private static final int BYTE = 1, SHORT = 3, LONG = 4;
    /**
     * A page further down the chain than this is left to the reader: each page's directory is found by walking the
     * chain from the start (a few small reads a page), which must stay cheap beside the page, and a loop short.
     */
    private static final int MAX_PAGE = 500;

    private LzwTiffPage() {
    }

    /**
     * Page {@code index} of {@code tiff}, or null where it is not a plain LZW page or {@code reader} is not
     * TwelveMonkeys' (whose image this must be the same as). A file this class cannot read is the reader's to judge:
     * null too, so what a clerk is told of a damaged file stays what the reader says.
     */
    public static BufferedImage read(Path tiff, int index, ImageReader reader) {
        if (!reader.getClass().getName().equals("com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReader")
                || index > MAX_PAGE) {
            return null;
        }
        try (RandomAccessFile file = new RandomAccessFile(tiff.toFile(), "r")) {
            Map<Integer, long[]> tags = directory(file, index);
            Layout layout = tags == null ? null : Layout.of(tags);
            if (layout == null) {
                return null;
            }
            BufferedImage image = destination(reader, index, layout);
            if (image == null) {
                return null;
            }
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            if (!decodeStrips(file, tags, layout, pixels)) {
                return null;
            }
            if (image.getSampleModel() instanceof PixelInterleavedSampleModel interleaved) {
                toBandOrder(pixels, interleaved.getBandOffsets());
            }
            return image;
        } catch (IOException | RuntimeException notPlain) {
            return null;
        }
    }

    /** What the tags say of the page's layout, where it is one this class decodes; else null. */
    private record Layout(int width, int height, int samples, int bits, int rowsPerStrip, boolean differenced) {

        int rowBytes() {
            return (width * samples * bits + 7) / 8;
        }

        static Layout of(Map<Integer, long[]> tags) {
            long width = one(tags, WIDTH, -1);
            long height = one(tags, HEIGHT, -1);
            long samples = one(tags, SAMPLES_PER_PIXEL, 1);
            long photometric = one(tags, PHOTOMETRIC, -1);
            long predictor = one(tags, PREDICTOR, 1);
            long[] bits = tags.getOrDefault(BITS_PER_SAMPLE, new long[] {1});
            boolean plain = one(tags, COMPRESSION, 1) == LZW && one(tags, PLANAR_CONFIGURATION, 1) == 1
                    && one(tags, FILL_ORDER, 1) == 1 && allOnes(tags.get(SAMPLE_FORMAT))
                    && !tags.containsKey(COLOR_MAP) && !tags.containsKey(EXTRA_SAMPLES) && !tags.containsKey(ICC_PROFILE)
                    && !tags.containsKey(TILE_WIDTH) && !tags.containsKey(TILE_LENGTH) && !tags.containsKey(TILE_OFFSETS)
                    && width > 0 && height > 0 && width * height * samples <= Integer.MAX_VALUE - 8
                    && bits.length == samples && Arrays.stream(bits).allMatch(b -> b == bits[0]);
            if (!plain) {
                return null;
            }
            boolean grey = samples == 1 && bits[0] == 8 && photometric == BLACK_IS_ZERO;
            boolean rgb = samples == 3 && bits[0] == 8 && photometric == RGB;
            boolean bilevel = samples == 1 && bits[0] == 1 && (photometric == WHITE_IS_ZERO || photometric == BLACK_IS_ZERO);
            if (!(grey || rgb || bilevel) || !(predictor == 1 || predictor == 2 && !bilevel)) {
                return null;
            }
            long rows = Math.min(one(tags, ROWS_PER_STRIP, height), height);
            if (rows <= 0) {
                return null;
            }
            return new Layout((int) width, (int) height, (int) samples, (int) bits[0], (int) rows, predictor == 2);
        }

        private static long one(Map<Integer, long[]> tags, int tag, long absent) {
            long[] values = tags.get(tag);
            return values == null || values.length == 0 ? absent : values[0];
        }

        private static boolean allOnes(long[] values) {
            return values == null || Arrays.stream(values).allMatch(v -> v == 1);
        }
    }

    /**
     * The image TwelveMonkeys would decode the page into, where its bytes lie as the file's rows do (one bank; a
     * pixel's samples side by side, in any order, rows back to back, or packed bits a row of whole bytes); else null.
     */
    private static BufferedImage destination(ImageReader reader, int index, Layout layout) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(index);
        if (types == null || !types.hasNext()) {
            return null;
        }
        BufferedImage image = types.next().createBufferedImage(layout.width(), layout.height());
        DataBuffer buffer = image.getRaster().getDataBuffer();
        SampleModel model = image.getSampleModel();
        if (!(buffer instanceof DataBufferByte) || buffer.getNumBanks() != 1 || buffer.getOffset() != 0
                || image.getRaster().getParent() != null || model.getNumBands() != layout.samples()) {
            return null;
        }
        if (layout.bits() == 1) {
            return model instanceof MultiPixelPackedSampleModel packed && packed.getPixelBitStride() == 1
                    && packed.getScanlineStride() == layout.rowBytes() && packed.getDataBitOffset() == 0 ? image : null;
        }
        return model instanceof PixelInterleavedSampleModel interleaved
                && interleaved.getPixelStride() == layout.samples()
                && interleaved.getScanlineStride() == layout.rowBytes()
                && Arrays.equals(Arrays.stream(interleaved.getBandOffsets()).sorted().toArray(),
                        layout.samples() == 1 ? new int[] {0} : new int[] {0, 1, 2}) ? image : null;
    }

    /** Where the image keeps a pixel's samples in another order than the file (BGR for RGB), they are moved so. */
    private static void toBandOrder(byte[] pixels, int[] bandOffsets) {
        if (Arrays.equals(bandOffsets, new int[] {0, 1, 2}) || bandOffsets.length != 3) {
            return;
        }
        byte[] pixel = new byte[3];
        for (int i = 0; i + 2 < pixels.length; i += 3) {
            pixel[0] = pixels[i];
            pixel[1] = pixels[i + 1];
            pixel[2] = pixels[i + 2];
            pixels[i + bandOffsets[0]] = pixel[0];
            pixels[i + bandOffsets[1]] = pixel[1];
            pixels[i + bandOffsets[2]] = pixel[2];
        }
    }

    /** Decodes every strip into {@code pixels}; false where a strip is missing, cut short or not plain LZW. */
    private static boolean decodeStrips(RandomAccessFile file, Map<Integer, long[]> tags, Layout layout, byte[] pixels)
            throws IOException {
        long[] offsets = tags.get(STRIP_OFFSETS);
        long[] counts = tags.get(STRIP_BYTE_COUNTS);
        int strips = (int) ((layout.height() + (long) layout.rowsPerStrip() - 1) / layout.rowsPerStrip());
        if (offsets == null || counts == null || offsets.length != strips || counts.length != strips) {
            return false;
        }
        int rowBytes = layout.rowBytes();
        long largest = Arrays.stream(counts).max().orElse(0);
        if (largest > Integer.MAX_VALUE - 8 || Arrays.stream(offsets).anyMatch(o -> o < 0)) {
            return false;
        }
        byte[] strip = new byte[(int) largest];
        LzwStrip decoder = new LzwStrip();
        long length = file.length();
        for (int s = 0; s < strips; s++) {
            int firstRow = s * layout.rowsPerStrip();
            int rows = Math.min(layout.rowsPerStrip(), layout.height() - firstRow);
            if (offsets[s] + counts[s] > length) {
                return false;
            }
            file.seek(offsets[s]);
            file.readFully(strip, 0, (int) counts[s]);
            int expected = rows * rowBytes;
            if (decoder.decode(strip, 0, (int) counts[s], pixels, firstRow * rowBytes, expected) != expected) {
                return false;
            }
        }
        if (layout.differenced()) {
            undoDifferences(pixels, layout);
        }
        if (layout.bits() == 1 && layout.width() % 8 != 0) {
            clearPadding(pixels, layout);
        }
        return true;
    }

    /** The bits past a bilevel row's last pixel are whatever the scanner wrote; TwelveMonkeys' image has them 0. */
    private static void clearPadding(byte[] pixels, Layout layout) {
        int rowBytes = layout.rowBytes();
        byte kept = (byte) (0xFF << (8 - layout.width() % 8));
        for (int last = rowBytes - 1; last < pixels.length; last += rowBytes) {
            pixels[last] &= kept;
        }
    }

    /** Predictor 2: each sample was stored as its difference from the same sample of the pixel on its left. */
    private static void undoDifferences(byte[] pixels, Layout layout) {
        int rowBytes = layout.rowBytes();
        int samples = layout.samples();
        for (int row = 0; row < layout.height(); row++) {
            int start = row * rowBytes;
            for (int i = start + samples; i < start + rowBytes; i++) {
                pixels[i] += pixels[i - samples];
            }
        }
    }

    /** The BYTE, SHORT and LONG tags of page {@code index} (0 the first), or null where the file is no classic TIFF. */
    private static Map<Integer, long[]> directory(RandomAccessFile file, int index) throws IOException {
        long length = file.length();
        if (length < 8) {
            return null;
        }
        byte[] header = new byte[8];
        file.readFully(header);
        boolean little = header[0] == 'I' && header[1] == 'I';
        if (!little && !(header[0] == 'M' && header[1] == 'M') || number(header, 2, 2, little) != 42) {
            return null;
        }
        long ifd = number(header, 4, 4, little);
        for (int page = 0; page < index; page++) {
            if (ifd == 0 || ifd + 2 > length) {
                return null;
            }
            file.seek(ifd);
            long entries = number(read(file, 2), 0, 2, little);
            if (ifd + 2 + entries * 12 + 4 > length) {
                return null;
            }
            file.seek(ifd + 2 + entries * 12);
            ifd = number(read(file, 4), 0, 4, little);
        }
        if (ifd == 0 || ifd + 2 > length) {
            return null;
        }
        file.seek(ifd);
        int entries = (int) number(read(file, 2), 0, 2, little);
        if (ifd + 2 + entries * 12L > length) {
            return null;
        }
        byte[] table = read(file, entries * 12);
        Map<Integer, long[]> tags = new HashMap<>();
        for (int e = 0; e < entries; e++) {
            int at = e * 12;
            int tag = (int) number(table, at, 2, little);
            int type = (int) number(table, at + 2, 2, little);
            long count = number(table, at + 4, 4, little);
            int size = type == BYTE ? 1 : type == SHORT ? 2 : type == LONG ? 4 : 0;
            if (size == 0 || count == 0) {
                tags.put(tag, new long[0]); // present, of a type not read here: the layout checks only its presence
                continue;
            }
            if (count * size > length) {
                return null;
            }
            byte[] values;
            int from;
            if (count * size <= 4) {
                values = table;
                from = at + 8;
            } else {
                long offset = number(table, at + 8, 4, little);
                if (offset + count * size > length) {
                    return null;
                }
                file.seek(offset);
                values = read(file, (int) (count * size));
                from = 0;
            }
            long[] read = new long[(int) count];
            for (int i = 0; i < count; i++) {
                read[i] = number(values, from + i * size, size, little);
            }
            tags.put(tag, read);
        }
        return tags;
    }

    private static byte[] read(RandomAccessFile file, int count) throws IOException {
        byte[] bytes = new byte[count];
        file.readFully(bytes);
        return bytes;
    }

    /** The unsigned number of {@code size} bytes at {@code at}. */
    private static long number(byte[] bytes, int at, int size, boolean little) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int b = bytes[little ? at + size - 1 - i : at + i] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }
}
