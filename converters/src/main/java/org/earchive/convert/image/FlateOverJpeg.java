package org.earchive.convert.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * A scanner's JPEG, its bytes kept, with Flate around them ({@code /Filter [/FlateDecode /DCTDecode]}) when that
 * stores them in fewer bytes: JPEGs written with the standard Huffman tables (most scanners' and Java's) leave
 * about 1% that Flate takes out. Undoing the Flate gives back the JPEG byte for byte (what {@code pdfimages -j}
 * extracts), so nothing is decoded or re-encoded; OCRmyPDF stores its JPEGs the same way.
 */
final class FlateOverJpeg {

    /** Less than this saving is not worth a second filter for every reader to run. */
    private static final double MIN_SAVING = 0.005;

    private FlateOverJpeg() {
    }

    /** Wraps the image's DCT data in Flate if that is at least half a percent smaller; else leaves it. */
    static void applyIfSmaller(COSStream image) throws IOException {
        byte[] jpeg;
        try (InputStream raw = image.createRawInputStream()) {
            jpeg = raw.readAllBytes();
        }
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream(jpeg.length);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
            out.write(jpeg);
        } finally {
            deflater.end();
        }
        if (deflated.size() > jpeg.length * (1 - MIN_SAVING)) {
            return;
        }
        try (OutputStream out = image.createRawOutputStream()) {
            deflated.writeTo(out);
        }
        COSArray filters = new COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.DCT_DECODE);
        image.setItem(COSName.FILTER, filters);
    }
}
