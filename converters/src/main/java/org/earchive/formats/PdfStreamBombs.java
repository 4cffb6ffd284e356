package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds a PDF stream that inflates to far more than it holds, before any reader decodes it. PDFBox and veraPDF
 * decode a stream whole into the heap: a 300 KB page content or object stream that inflates to 300 MB of spaces
 * takes 300-600 MB each time it is read (and it is read by every step: detect, the description, the conversion,
 * veraPDF), so two such files in flight took the run past 2 GB. Each stream of the file is inflated once here,
 * counted and thrown away in 64 KB blocks, and stops at the first byte past its limit: the larger of 16 MB and
 * 200 times its stored size (the zip guard's ratio), and for a picture also twice the bytes its declared size
 * needs (a blank page scanned in grey inflates a thousand times, honestly). Real content and object streams
 * compress 3-20 times.
 *
 * <p>Only FlateDecode, the filter of nearly every PDF stream and the one bombs are made of, is measured; a stream
 * that does not inflate cleanly is left to the readers, which say it is damaged.
 */
public final class PdfStreamBombs {

    /** Below this nothing is refused, whatever the ratio: reading 16 MB costs little. */
    static final long FLOOR_BYTES = 16L << 20;
    /** The zip guard's expansion limit, for the same reason. */
    static final long MAX_RATIO = 200;

    private PdfStreamBombs() {
    }

    /** The sentence refusing the PDF, or null when no stream inflates past its limit. */
    public static String refusal(PDDocument document) throws IOException {
        COSDocument cos = document.getDocument();
        // streams are never inside object streams (offsets < 0 there), so the objects at file offsets hold them all
        for (Map.Entry<COSObjectKey, Long> entry : List.copyOf(cos.getXrefTable().entrySet())) {
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSBase base;
            try {
                COSObject object = cos.getObjectFromPool(entry.getKey());
                base = object.getObject();
            } catch (RuntimeException damaged) {
                continue; // one broken object does not make the file a bomb; the readers judge the damage
            }
            if (base instanceof COSStream stream && isFlate(stream)) {
                long stored = Math.max(1, stream.getLength());
                long limit = limit(stream, stored);
                long inflated = inflatedUpTo(stream, limit);
                if (inflated > limit) {
                    return sentence(entry.getKey().getNumber(), kind(stream), stored, limit);
                }
            }
        }
        return null;
    }

    static long limit(COSStream stream, long stored) {
        long limit = Math.max(FLOOR_BYTES, MAX_RATIO * stored);
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            long width = Math.max(0, stream.getInt(COSName.WIDTH, 0));
            long height = Math.max(0, stream.getInt(COSName.HEIGHT, 0));
            int bits = Math.max(1, Math.min(16, stream.getInt(COSName.BITS_PER_COMPONENT, 8)));
            // up to four components (CMYK) plus a row's predictor byte; PixelLimit bounds width x height elsewhere
            long declared = Math.min(PixelLimit.MAX_PIXELS, width * height) * 4 * bits / 8 + height;
            limit = Math.max(limit, 2 * declared);
        }
        return limit;
    }

    private static boolean isFlate(COSStream stream) {
        COSBase filters = stream.getFilters();
        COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
        return COSName.FLATE_DECODE.equals(first) || COSName.FLATE_DECODE_ABBREVIATION.equals(first);
    }

    /** How many bytes the stream's first filter gives, counting no further than one past {@code limit}. */
    private static long inflatedUpTo(COSStream stream, long limit) {
        byte[] block = new byte[1 << 16];
        long total = 0;
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream(), inflater, 1 << 16)) {
            for (int read = in.read(block); read >= 0 && total <= limit; read = in.read(block)) {
                total += read;
            }
        } catch (IOException | RuntimeException damaged) {
            // a stream that does not inflate cleanly is the readers' to report; what came out before counts
        } finally {
            inflater.end();
        }
        return total;
    }

    private static String kind(COSStream stream) {
        COSName type = stream.getCOSName(COSName.TYPE);
        if (COSName.OBJ_STM.equals(type)) {
            return "an object stream";
        }
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return "a picture";
        }
        return "a stream";
    }

    private static String sentence(long number, String kind, long stored, long limit) {
        return "The PDF is refused as a \"decompression bomb\" (a small file that expands to far more data than any real"
                + " document): its object " + number + ", " + kind + " of " + megabytes(stored) + ", expands to more"
                + " than " + megabytes(limit) + ". earchive let no other program open it.";
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : (bytes >> 20) + " MB";
    }
}
