package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.earchive.core.ConversionException;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.fixtures.Fixtures;
import org.earchive.formats.ImageReaders;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** earchive's own LZW decoding gives TwelveMonkeys' image byte for byte, or leaves the page to it. */
class LzwTiffPageTest {

    @TempDir
    Path folder;

    @Test
    void theSampleScanAndEveryTiffOfTheFixturesAndTheCorpusDecodeAsTwelveMonkeysDoes() throws IOException {
        List<Path> tiffs = new ArrayList<>(tiffsUnder(Fixtures.root()));
        Path corpus = Fixtures.sharedCorpus();
        if (corpus != null) {
            tiffs.addAll(tiffsUnder(corpus));
        }
        int decodedHere = 0;
        for (Path tiff : tiffs) {
            decodedHere += comparePages(tiff);
        }
        // the sample scan is a grey LZW page in strips: it must be one this class decodes
        assertEquals(1, comparePages(Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif")));
        assertTrue(decodedHere >= 1, tiffs.toString());
    }

    @Test
    void greyRgbAndBilevelPagesInStripsWithAndWithoutDifferencingDecodeAsTwelveMonkeysDoes() throws IOException {
        Random random = new Random(20);
        // width, height, samples, bits, photometric, predictor, rows a strip, big-endian
        int[][] cases = {
            {97, 61, 1, 8, 1, 1, 61, 0}, {97, 61, 1, 8, 1, 1, 7, 0}, {97, 61, 1, 8, 1, 2, 9, 1},
            {50, 33, 3, 8, 2, 1, 5, 0}, {50, 33, 3, 8, 2, 2, 33, 1}, {13, 40, 1, 1, 0, 1, 6, 0},
            {13, 40, 1, 1, 1, 1, 40, 1}, {640, 480, 1, 8, 1, 1, 480, 0}, {300, 200, 3, 8, 2, 2, 16, 0},
        };
        for (int[] c : cases) {
            String name = String.format(Locale.ROOT, "%dx%d-%ds-%db-ph%d-pr%d-rps%d-%s", c[0], c[1], c[2], c[3], c[4],
                    c[5], c[6], c[7] == 1 ? "MM" : "II");
            // smooth rows (long strings) and noise (a table that fills and is cleared) in one page
            byte[] pixels = new byte[(c[0] * c[2] * c[3] + 7) / 8 * c[1]];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (i < pixels.length / 2 ? (i / 37) * 11 : random.nextInt(256));
            }
            Path tiff = new LzwTiff(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7] == 1).write(folder.resolve(name + ".tif"),
                    pixels, 0);
            BufferedImage theirs = twelveMonkeys(tiff, 0);
            if (c[3] == 1 && c[0] % 8 != 0) {
                // the file's rows end in padding bits set at random; an image's rows end in zeros
                int rowBytes = (c[0] + 7) / 8;
                for (int last = rowBytes - 1; last < pixels.length; last += rowBytes) {
                    pixels[last] &= (byte) (0xFF << (8 - c[0] % 8));
                }
            }
            assertArrayEquals(pixels, c[3] == 1 ? bytes(theirs) : samplesInFileOrder(theirs),
                    name + ": the test's file is what it says");
            assertEquals(1, comparePages(tiff), name);
        }
    }

    @Test
    void aStripCutShortIsLeftToTwelveMonkeysAndTheConverterSaysWhatItSaidBefore() throws IOException {
        byte[] pixels = new byte[120 * 90];
        new Random(7).nextBytes(pixels);
        Path cut = new LzwTiff(120, 90, 1, 8, 1, 1, 30, false).write(folder.resolve("cut.tif"), pixels, 200);
        try (ImageInputStream in = ImageIO.createImageInputStream(cut.toFile())) {
            ImageReader reader = ImageReaders.first(in);
            reader.setInput(in);
            assertNull(LzwTiffPage.read(cut, 0, reader));
            reader.dispose();
        }
        String before;
        try {
            twelveMonkeys(cut, 0);
            before = "decoded";
        } catch (IOException | RuntimeException e) {
            before = "refused";
        }
        ImageToPdfaConverter converter = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off());
        String now;
        try {
            converter.convert(Pdfs.request(cut, folder.resolve("cut.pdf")));
            now = "decoded";
        } catch (ConversionException e) {
            now = "refused";
            assertTrue(e.sentence().contains("truncated") || e.sentence().contains("damaged"), e.sentence());
        }
        assertEquals(before, now);
    }

    @Test
    void pagesThisClassIsNotSureOfAreLeftToTwelveMonkeys() throws IOException {
        byte[] grey = new byte[40 * 30];
        new Random(3).nextBytes(grey);
        LzwTiff whiteIsZeroGrey = new LzwTiff(40, 30, 1, 8, 0, 1, 30, false);
        Path tiff = whiteIsZeroGrey.write(folder.resolve("white-is-zero.tif"), grey, 0);
        assertNull(decodedHere(tiff));
        LzwTiff oldStyle = new LzwTiff(40, 30, 1, 8, 1, 1, 30, false);
        oldStyle.firstByte = 0x00; // old-style LZW starts otherwise
        assertNull(decodedHere(oldStyle.write(folder.resolve("old-style.tif"), grey, 0)));
    }

    private static BufferedImage decodedHere(Path tiff) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageReaders.first(in);
            try {
                reader.setInput(in);
                return LzwTiffPage.read(tiff, 0, reader);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Each page this class decodes compared with TwelveMonkeys'; the number it decoded. */
    private static int comparePages(Path tiff) throws IOException {
        int decoded = 0;
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageReaders.first(in);
            if (reader == null) {
                return 0;
            }
            try {
                reader.setInput(in);
                int pages;
                try {
                    pages = reader.getNumImages(true);
                } catch (IOException | RuntimeException damaged) {
                    return 0;
                }
                for (int page = 0; page < pages; page++) {
                    BufferedImage mine = LzwTiffPage.read(tiff, page, reader);
                    if (mine == null) {
                        continue;
                    }
                    BufferedImage theirs = reader.read(page);
                    String where = tiff + " page " + (page + 1);
                    assertEquals(theirs.getType(), mine.getType(), where);
                    assertEquals(theirs.getColorModel(), mine.getColorModel(), where);
                    assertEquals(theirs.getSampleModel().getClass(), mine.getSampleModel().getClass(), where);
                    assertArrayEquals(bytes(theirs), bytes(mine), where);
                    decoded++;
                }
            } finally {
                reader.dispose();
            }
        }
        return decoded;
    }

    private static BufferedImage twelveMonkeys(Path tiff, int page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageReaders.first(in);
            try {
                reader.setInput(in);
                return reader.read(page);
            } finally {
                reader.dispose();
            }
        }
    }

    /** An 8-bit image's samples, pixel by pixel, band by band, as a TIFF stores them. */
    private static byte[] samplesInFileOrder(BufferedImage image) {
        int bands = image.getRaster().getNumBands();
        int[] samples = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
        byte[] bytes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            bytes[i] = (byte) samples[i];
        }
        assertEquals(image.getWidth() * image.getHeight() * bands, bytes.length);
        return bytes;
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static List<Path> tiffsUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/"))
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?"))
                    .sorted().toList();
        }
    }

    /**
     * A one-page TIFF in LZW strips, encoded here as libtiff encodes (a clear code first, the width grown one code
     * early, the table cleared at 4,094 entries), so the decoder is tested on data it did not write itself.
     */
    private static final class LzwTiff {
        final int width, height, samples, bits, photometric, predictor, rowsPerStrip;
        final boolean bigEndian;
        int firstByte = -1;

        LzwTiff(int width, int height, int samples, int bits, int photometric, int predictor, int rowsPerStrip,
                boolean bigEndian) {
            this.width = width;
            this.height = height;
            this.samples = samples;
            this.bits = bits;
            this.photometric = photometric;
            this.predictor = predictor;
            this.rowsPerStrip = rowsPerStrip;
            this.bigEndian = bigEndian;
        }

        /** @param cutLastStrip bytes taken off the end of the last strip's data (its byte count says so too) */
        Path write(Path file, byte[] pixels, int cutLastStrip) throws IOException {
            int rowBytes = (width * samples * bits + 7) / 8;
            List<byte[]> strips = new ArrayList<>();
            for (int row = 0; row < height; row += rowsPerStrip) {
                int rows = Math.min(rowsPerStrip, height - row);
                byte[] raw = java.util.Arrays.copyOfRange(pixels, row * rowBytes, (row + rows) * rowBytes);
                if (predictor == 2) {
                    for (int r = 0; r < rows; r++) {
                        for (int i = r * rowBytes + rowBytes - 1; i >= r * rowBytes + samples; i--) {
                            raw[i] -= raw[i - samples];
                        }
                    }
                }
                byte[] coded = lzw(raw);
                if (firstByte >= 0) {
                    coded[0] = (byte) firstByte;
                }
                strips.add(coded);
            }
            if (cutLastStrip > 0) {
                byte[] last = strips.get(strips.size() - 1);
                strips.set(strips.size() - 1, java.util.Arrays.copyOf(last, last.length - cutLastStrip));
            }
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            long[] offsets = new long[strips.size()];
            long[] counts = new long[strips.size()];
            for (int s = 0; s < strips.size(); s++) {
                offsets[s] = 8 + data.size();
                counts[s] = strips.get(s).length;
                data.write(strips.get(s));
            }
            Map<Integer, long[]> tags = new TreeMap<>();
            tags.put(256, new long[] {width});
            tags.put(257, new long[] {height});
            long[] bitsPerSample = new long[samples];
            java.util.Arrays.fill(bitsPerSample, bits);
            tags.put(258, bitsPerSample);
            tags.put(259, new long[] {5});
            tags.put(262, new long[] {photometric});
            tags.put(273, offsets);
            tags.put(277, new long[] {samples});
            tags.put(278, new long[] {rowsPerStrip});
            tags.put(279, counts);
            tags.put(284, new long[] {1});
            if (predictor != 1) {
                tags.put(317, new long[] {predictor});
            }
            int ifd = 8 + data.size();
            ifd += ifd % 2;
            int after = ifd + 2 + tags.size() * 12 + 4;
            ByteBuffer file2 = ByteBuffer.allocate(after + tags.values().stream().mapToInt(v -> v.length * 4).sum())
                    .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            file2.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
                    .putInt(ifd);
            file2.put(data.toByteArray());
            file2.position(ifd);
            file2.putShort((short) tags.size());
            int extra = after;
            for (Map.Entry<Integer, long[]> tag : tags.entrySet()) {
                long[] values = tag.getValue();
                file2.putShort(tag.getKey().shortValue()).putShort((short) 4).putInt(values.length);
                if (values.length == 1) {
                    file2.putInt((int) values[0]);
                } else {
                    file2.putInt(extra);
                    for (int i = 0; i < values.length; i++) {
                        file2.putInt(extra + 4 * i, (int) values[i]);
                    }
                    extra += 4 * values.length;
                }
            }
            file2.putInt(0);
            return Files.write(file, java.util.Arrays.copyOf(file2.array(), extra));
        }

        private static byte[] lzw(byte[] raw) {
            Codes out = new Codes();
            Map<Integer, Integer> table = new HashMap<>();
            int width = 9;
            int next = 258;
            out.put(256, width);
            int current = raw[0] & 0xFF;
            for (int i = 1; i < raw.length; i++) {
                int b = raw[i] & 0xFF;
                Integer known = table.get(current << 8 | b);
                if (known != null) {
                    current = known;
                    continue;
                }
                out.put(current, width);
                table.put(current << 8 | b, next++);
                if (next == 4094) {
                    out.put(256, width);
                    table.clear();
                    next = 258;
                    width = 9;
                } else if (next > (1 << width) - 1) {
                    width++;
                }
                current = b;
            }
            out.put(current, width);
            next++;
            if (next > (1 << width) - 1) {
                width++;
            }
            out.put(257, width);
            return out.bytes();
        }
    }

    /** Codes written most significant bit first. */
    private static final class Codes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long bits;
        private int held;

        void put(int code, int width) {
            bits = bits << width | code;
            held += width;
            while (held >= 8) {
                out.write((int) (bits >>> (held - 8)) & 0xFF);
                held -= 8;
            }
        }

        byte[] bytes() {
            if (held > 0) {
                out.write((int) (bits << (8 - held)) & 0xFF);
                held = 0;
            }
            return out.toByteArray();
        }
    }
}
