package org.earchive.convert.image;

/**
 * Decodes one strip of a TIFF's LZW data (TIFF 6.0 section 13: codes read most significant bit first, 9 to 12 bits
 * wide, the width growing one code early) from bytes already in memory. TwelveMonkeys' decoder, which earchive used
 * alone before, reads its strip a byte at a time through a synchronised stream and builds a new table for every strip:
 * on a grey 300 dpi scan that was most of the page's decoding (docs/cost.md). The strings are kept as a prefix table
 * and copied out backwards, so no string is ever allocated. One instance decodes the strips of a page in turn.
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

    /** For each code: the code of its string without the last byte, the last byte, the first byte, the length. */
    private final int[] prefix = new int[TABLE_SIZE];
    private final byte[] last = new byte[TABLE_SIZE];
    private final byte[] first = new byte[TABLE_SIZE];
    private final int[] length = new int[TABLE_SIZE];

    LzwStrip() {
        for (int code = 0; code < 256; code++) {
            prefix[code] = -1;
            last[code] = (byte) code;
            first[code] = (byte) code;
            length[code] = 1;
        }
    }

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
        int previous = -1;
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
                previous = -1;
                continue;
            }
            if (previous == -1) {
                if (code > 255) {
                    return NOT_PLAIN; // a string code before any string was made
                }
                out[o++] = (byte) code;
                previous = code;
                continue;
            }
            if (code > next || next == TABLE_SIZE) {
                return NOT_PLAIN; // a code from nowhere, or a full table not cleared: decoders differ there
            }
            // the new entry is the previous string and the first byte of this one (of itself when it is the new entry)
            prefix[next] = previous;
            last[next] = code == next ? first[previous] : first[code];
            first[next] = first[previous];
            length[next] = length[previous] + 1;
            o = copy(code, out, o, limit);
            next++;
            if (next + 1 >= 1 << width && width < 12) {
                width++;
            }
            previous = code;
        }
        return o - outOffset;
    }

    /** Writes the string of {@code code} at {@code at}, its last byte first; bytes at or past {@code limit} dropped. */
    private int copy(int code, byte[] out, int at, int limit) {
        int size = length[code];
        int c = code;
        int k = at + size - 1;
        for (; k >= limit; k--) {
            c = prefix[c];
        }
        for (; k >= at; k--) {
            out[k] = last[c];
            c = prefix[c];
        }
        return Math.min(at + size, limit);
    }
}
