package org.earchive.convert.image;

/**
 * Decodes one strip of a TIFF's LZW data (TIFF 6.0 section 13: codes read most significant bit first, 9 to 12 bits
 * wide, the width growing one code early) from bytes already in memory. TwelveMonkeys' decoder, which earchive used
 * alone before, reads its strip a byte at a time through a synchronised stream and builds a new table for every strip:
 * on a grey 300 dpi scan that was most of the page's decoding (docs/cost.md). Every string in the table is the
 * previous string written out followed by the first byte written after it, so an entry is kept as where it already
 * lies in the output and its length, and decoding a code is a copy from earlier in the output: no string is built.
 * One instance decodes the strips of a page in turn.
 *
 * <p>Where the data is anything but plain LZW this decoder is sure of (old-style LZW, a code not yet in the table,
 * a table grown past 4,096 entries without a clear code) it says so and the caller hands the page to TwelveMonkeys,
 * whose handling of such files stays what it was.
 */
final class LzwStrip {

    /** Returned where the data is not LZW this decoder is sure to read as TwelveMonkeys does. */
    static final int NOT_PLAIN = -1;

    private static final int CLEAR = 256;
    private static final int END = 257;
    private static final int FIRST_FREE = 258;
    private static final int TABLE_SIZE = 4096;
    /** Strings shorter than this are copied byte by byte: cheaper than a call to System.arraycopy. */
    private static final int SHORT_STRING = 16;

    /** For each code from {@link #FIRST_FREE}: where its string lies in the output, and its length. */
    private final int[] offset = new int[TABLE_SIZE];
    private final int[] length = new int[TABLE_SIZE];

    /**
     * Decodes the strip {@code in[inOffset, inOffset + inLength)} into {@code out[outOffset, outOffset + outLength)}.
     * Decoding stops at the end-of-information code, at the end of the data, or when the output is full (the bytes of
     * a string past its end are dropped, as a decoder reading the strip's rows drops them).
     *
     * @return the number of bytes written, or {@link #NOT_PLAIN}
     */
    int decode(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) {
        // a new-style strip starts with a clear code, its first byte 0x80; old-style LZW (bits the other way round) does not
        if (inLength < 2 || (in[inOffset] & 0xFF) != 0x80) {
            return NOT_PLAIN;
        }
        int pos = inOffset;
        int end = inOffset + inLength;
        int o = outOffset;
        int limit = outOffset + outLength;
        long bits = 0;
        int held = 0;
        int width = 9;
        int next = FIRST_FREE;
        int previousAt = -1; // where the previous code's string was written; -1 after a clear code
        int previousLength = 0;
        while (o < limit) {
            while (held < width && pos < end) {
                bits = (bits << 8) | (in[pos++] & 0xFF);
                held += 8;
            }
            if (held < width) {
                break; // the data ends without an end code: what was decoded stands
            }
            int code = (int) (bits >>> (held - width)) & ((1 << width) - 1);
            held -= width;
            if (code == END) {
                break;
            }
            if (code == CLEAR) {
                width = 9;
                next = FIRST_FREE;
                previousAt = -1;
                continue;
            }
            if (previousAt >= 0 && next == TABLE_SIZE) {
                return NOT_PLAIN; // a full table not cleared: decoders differ there
            }
            int size;
            if (code < 256) {
                out[o] = (byte) code;
                size = 1;
            } else if (previousAt >= 0 && code < next) {
                size = length[code];
                copy(out, offset[code], o, Math.min(size, limit - o));
            } else if (previousAt >= 0 && code == next) {
                // the string being defined: the previous one and its own first byte
                size = previousLength + 1;
                copy(out, previousAt, o, Math.min(previousLength, limit - o));
                if (o + previousLength < limit) {
                    out[o + previousLength] = out[previousAt];
                }
            } else {
                return NOT_PLAIN; // a code from nowhere, or a string code before any string was made
            }
            if (previousAt >= 0) {
                offset[next] = previousAt;
                length[next] = previousLength + 1;
                next++;
                if (next + 1 >= 1 << width && width < 12) {
                    width++;
                }
            }
            previousAt = o;
            previousLength = size;
            o = Math.min(o + size, limit);
        }
        return o - outOffset;
    }

    /** Copies {@code count} bytes from earlier in the output; the two ranges never overlap. */
    private static void copy(byte[] out, int from, int to, int count) {
        if (count < SHORT_STRING) {
            for (int i = 0; i < count; i++) {
                out[to + i] = out[from + i];
            }
        } else {
            System.arraycopy(out, from, out, to, count);
        }
    }
}
