package org.earchive.convert.image;

import java.io.ByteArrayOutputStream;

/**
 * The MQ arithmetic coder of JBIG2 (ITU-T T.88, Annex E; the same coder as JPEG 2000's), encoding side: binary
 * decisions, each in a context whose probability estimate adapts as it is used. Written from the annex's
 * flowcharts (INITENC, CODEMPS, CODELPS, RENORME, BYTEOUT, FLUSH); its output is checked by decoding it with
 * other implementations (see Jbig2GenericTest).
 */
final class MqEncoder {

    /** Qe, next index after an MPS, next index after an LPS, and whether an LPS switches the MPS (Table E.1). */
    private static final int[][] STATES = {
            {0x5601, 1, 1, 1}, {0x3401, 2, 6, 0}, {0x1801, 3, 9, 0}, {0x0AC1, 4, 12, 0}, {0x0521, 5, 29, 0},
            {0x0221, 38, 33, 0}, {0x5601, 7, 6, 1}, {0x5401, 8, 14, 0}, {0x4801, 9, 14, 0}, {0x3801, 10, 14, 0},
            {0x3001, 11, 17, 0}, {0x2401, 12, 18, 0}, {0x1C01, 13, 20, 0}, {0x1601, 29, 21, 0}, {0x5601, 15, 14, 1},
            {0x5401, 16, 14, 0}, {0x5101, 17, 15, 0}, {0x4801, 18, 16, 0}, {0x3801, 19, 17, 0}, {0x3401, 20, 18, 0},
            {0x3001, 21, 19, 0}, {0x2801, 22, 19, 0}, {0x2401, 23, 20, 0}, {0x2201, 24, 21, 0}, {0x1C01, 25, 22, 0},
            {0x1801, 26, 23, 0}, {0x1601, 27, 24, 0}, {0x1401, 28, 25, 0}, {0x1201, 29, 26, 0}, {0x1101, 30, 27, 0},
            {0x0AC1, 31, 28, 0}, {0x09C1, 32, 29, 0}, {0x08A1, 33, 30, 0}, {0x0521, 34, 31, 0}, {0x0441, 35, 32, 0},
            {0x02A1, 36, 33, 0}, {0x0221, 37, 34, 0}, {0x0141, 38, 35, 0}, {0x0111, 39, 36, 0}, {0x0085, 40, 37, 0},
            {0x0049, 41, 38, 0}, {0x0025, 42, 39, 0}, {0x0015, 43, 40, 0}, {0x0009, 44, 41, 0}, {0x0005, 45, 42, 0},
            {0x0001, 45, 43, 0}, {0x5601, 46, 46, 0}};

    /** Per context: the index into {@link #STATES}, and the more probable symbol. */
    private final byte[] index;
    private final byte[] mps;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int a = 0x8000;
    private int c;
    private int ct = 12;
    /** The byte being built (BP points at it), not yet written; -1: the byte before the first, never written. */
    private int b;
    private boolean started;

    /** @param contexts how many contexts the caller numbers its decisions with (65,536 for generic template 0) */
    MqEncoder(int contexts) {
        index = new byte[contexts];
        mps = new byte[contexts];
    }

    void encode(int context, int bit) {
        int state = index[context];
        int qe = STATES[state][0];
        a -= qe;
        if (bit == mps[context]) {
            if ((a & 0x8000) != 0) {
                c += qe;
                return;
            }
            if (a < qe) {
                a = qe;
            } else {
                c += qe;
            }
            index[context] = (byte) STATES[state][1];
        } else {
            if (a < qe) {
                c += qe;
            } else {
                a = qe;
            }
            if (STATES[state][3] == 1) {
                mps[context] = (byte) (1 - mps[context]);
            }
            index[context] = (byte) STATES[state][2];
        }
        renormalise();
    }

    /** Ends the code (FLUSH) with the 0xFF 0xAC marker T.88 ends it with, and returns every byte written. */
    byte[] finish() {
        int top = c + a;
        c |= 0xFFFF;
        if (c >= top) {
            c -= 0x8000;
        }
        c <<= ct;
        byteOut();
        c <<= ct;
        byteOut();
        if (b != 0xFF) {
            next(0xFF);
        }
        next(0xAC);
        emit();
        return out.toByteArray();
    }

    private void renormalise() {
        do {
            a <<= 1;
            c <<= 1;
            ct--;
            if (ct == 0) {
                byteOut();
            }
        } while ((a & 0x8000) == 0);
    }

    private void byteOut() {
        if (b == 0xFF) {
            next(c >>> 20);
            c &= 0xFFFFF;
            ct = 7;
        } else if (c < 0x8000000) {
            next(c >>> 19);
            c &= 0x7FFFF;
            ct = 8;
        } else {
            b++; // the carry goes into the byte being built
            if (b == 0xFF) {
                c &= 0x7FFFFFF;
                next(c >>> 20);
                c &= 0xFFFFF;
                ct = 7;
            } else {
                next(c >>> 19);
                c &= 0x7FFFF;
                ct = 8;
            }
        }
    }

    /** BP = BP + 1; B = value: the byte built so far is final (the one before the first is not output). */
    private void next(int value) {
        emit();
        started = true;
        b = value & 0xFF;
    }

    private void emit() {
        if (started) {
            out.write(b);
        }
    }
}
