package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

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
 * <p>The filters that can expand are measured through PDFBox's own decoders, in the order the stream lists them:
 * FlateDecode (nearly every stream, and what bombs are usually made of), LZWDecode (over 100 times from 12-bit
 * codes), and the ASCII and run-length encodings that may wrap them (an ASCII85 layer around a Flate bomb hides
 * it from a check of the first filter only). The measure stops at the first image codec (JPEG, JPEG 2000, CCITT,
 * JBIG2), whose pictures {@link PixelLimit} bounds. A stream that does not decode cleanly is left to the
 * readers, which say it is damaged.
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
            List<COSName> expanding = base instanceof COSStream stream ? expandingFilters(stream) : List.of();
            if (!expanding.isEmpty()) {
                COSStream stream = (COSStream) base;
                long stored = Math.max(1, stream.getLength());
                long limit = limit(stream, stored);
                if (decodedUpTo(stream, expanding, limit) > limit) {
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

    /** Filters that turn few bytes into many; decoding stops before the first that is not one of them. */
    private static final Set<COSName> EXPANDING = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.ASCII85_DECODE,
            COSName.ASCII85_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);
    /** The most an intermediate stage (an ASCII85 layer before its Flate) may hold in memory while measured. */
    static final long MAX_INTERMEDIATE_BYTES = 4 * FLOOR_BYTES;

    /** The filters that can turn a few kilobytes into gigabytes; the others in {@link #EXPANDING} at most 128 times. */
    private static final Set<COSName> BOMB_MAKERS = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION);

    /** The stream's leading filters that expand, when one of them can expand a lot (Flate or LZW); else none. */
    private static List<COSName> expandingFilters(COSStream stream) {
        List<COSName> names;
        try {
            names = new PDStream(stream).getFilters();
        } catch (RuntimeException damaged) {
            return List.of(); // a filter entry that is no name: the readers say the stream is damaged
        }
        int leading = 0;
        while (leading < names.size() && EXPANDING.contains(names.get(leading))) {
            leading++;
        }
        List<COSName> expanding = names.subList(0, leading);
        return expanding.stream().anyMatch(BOMB_MAKERS::contains) ? List.copyOf(expanding) : List.of();
    }

    /**
     * How many bytes the stream's expanding filters give, counting no further than one past {@code limit}: each
     * filter but the last decodes into memory held under {@link #MAX_INTERMEDIATE_BYTES}, the last into a counter
     * that keeps nothing. A stage past its bound counts as past the limit.
     */
    private static long decodedUpTo(COSStream stream, List<COSName> filters, long limit) {
        long total = 0;
        InputStream stage = null;
        try {
            stage = stream.createRawInputStream();
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                CountingSink sink = new CountingSink(last ? limit : Math.min(limit, MAX_INTERMEDIATE_BYTES), !last);
                try {
                    Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                    filter.decode(stage, sink, stream, i);
                } catch (CountingSink.Full full) {
                    return limit + 1;
                } catch (IOException | RuntimeException damaged) {
                    // a stream that does not decode cleanly is the readers' to report; what came out before counts
                    if (!last) {
                        return 0;
                    }
                } finally {
                    stage.close();
                }
                total = sink.count;
                stage = last ? null : new java.io.ByteArrayInputStream(sink.kept.toByteArray());
            }
        } catch (IOException damaged) {
            return total;
        }
        return total;
    }

    /** Counts what a filter writes, keeping it only when a next filter reads it, and stops past a bound. */
    private static final class CountingSink extends java.io.OutputStream {
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final long bound;
        private final java.io.ByteArrayOutputStream kept;
        long count;

        CountingSink(long bound, boolean keep) {
            this.bound = bound;
            this.kept = keep ? new java.io.ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > bound) {
                throw new Full();
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }
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
