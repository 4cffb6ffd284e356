package org.earchive.convert.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * A scanned page's samples into a Flate stream, coded the way that suits the page. A scanner's grey page is grainy:
 * no two neighbouring pixels repeat each other, so zlib's search for repeated strings (PDFBox's Flate, level 6) finds
 * little and costs most of the time: on the bench's 300 dpi grey page 0.89 CPU-s for 4.49 MB, where Huffman coding
 * alone (each byte by its frequency, {@link Deflater#HUFFMAN_ONLY}) took 0.07 CPU-s for 4.09 MB. A clean page (a
 * page rendered from a file, white paper) is the other way round: its long runs of paper are what the string search
 * is for. Which way a page goes is measured on a probe of its rows, coded both ways; the stream is Flate either way
 * (Huffman-only is a strategy of the encoder, not another format), and any reader decodes it.
 */
final class ScanDeflate {

    /** The probe: bands of this many rows ... */
    private static final int BAND_ROWS = 16;
    /** ... one band in this many (a 300 dpi A4 page gives 7 bands, 1/32 of its rows). */
    private static final int BAND_EVERY = 32;

    /** Row {@code y} of the samples, as the stream stores it. */
    interface Rows {
        void row(int y, byte[] line);
    }

    private ScanDeflate() {
    }

    /** Writes {@code height} rows of {@code lineBytes} each into {@code stream}, Flate coded, and names the filter. */
    static void write(COSStream stream, int height, int lineBytes, Rows rows) throws IOException {
        byte[] line = new byte[lineBytes];
        if (!huffmanOnlyIsSmaller(height, rows, line)) {
            // as before: PDFBox's Flate at its level
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                writeRows(out, height, rows, line);
            }
            return;
        }
        Deflater deflater = huffmanOnly();
        try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 1 << 16)) {
            writeRows(out, height, rows, line);
        } finally {
            deflater.end(); // a Deflater handed to the stream is not ended by its close
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    private static void writeRows(OutputStream out, int height, Rows rows, byte[] line) throws IOException {
        for (int y = 0; y < height; y++) {
            rows.row(y, line);
            out.write(line);
        }
    }

    /** Whether the probe's rows take fewer bytes coded by frequency alone than by PDFBox's Flate. */
    private static boolean huffmanOnlyIsSmaller(int height, Rows rows, byte[] line) {
        ByteArrayOutputStream probe = new ByteArrayOutputStream();
        for (int top = BAND_ROWS; top < height; top += BAND_ROWS * BAND_EVERY) {
            for (int y = top; y < Math.min(height, top + BAND_ROWS); y++) {
                rows.row(y, line);
                probe.write(line, 0, line.length);
            }
        }
        byte[] sample = probe.toByteArray();
        return sample.length > 0 && coded(sample, huffmanOnly()) <= coded(sample, new Deflater(Deflater.DEFAULT_COMPRESSION));
    }

    private static Deflater huffmanOnly() {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        return deflater;
    }

    /** The size of {@code data} coded by {@code deflater}, which is ended. */
    private static long coded(byte[] data, Deflater deflater) {
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            while (!deflater.finished()) {
                size += deflater.deflate(buffer);
            }
            return size;
        } finally {
            deflater.end();
        }
    }
}
