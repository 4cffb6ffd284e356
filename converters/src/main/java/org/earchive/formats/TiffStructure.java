package org.earchive.formats;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that a TIFF file holds everything its directories point to. Decoders fill a page whose strips lie
 * past the end of a truncated file with blank rows, and stop silently at a page directory that was cut off,
 * so a truncated scan would otherwise convert "successfully" with pages missing.
 */
public final class TiffStructure {

    private static final int STRIP_OFFSETS = 273, STRIP_BYTE_COUNTS = 279, TILE_OFFSETS = 324, TILE_BYTE_COUNTS = 325;
    private static final int SHORT = 3, LONG = 4;
    private static final int MAX_PAGES = 100_000;
    /** Bytes per value of each TIFF 6 field type (1 BYTE ... 12 DOUBLE, 13 IFD); 0 for types no reader knows. */
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    private TiffStructure() {
    }

    /** Null when the file is whole; otherwise a sentence saying what is missing. */
    public static String damage(Path tiff) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(tiff.toFile())) {
            long length = in.length();
            int order = in.readUnsignedShort();
            in.setByteOrder(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            if (in.readUnsignedShort() != 42) {
                return null; // BigTIFF or not a classic TIFF: left to the decoder
            }
            long ifd = in.readUnsignedInt();
            Set<Long> seen = new HashSet<>();
            for (int page = 1; ifd != 0 && page <= MAX_PAGES; page++) {
                if (!seen.add(ifd)) {
                    return "The TIFF's page directories loop back on themselves: the file is damaged.";
                }
                if (ifd + 2 > length) {
                    return "The TIFF is truncated: page " + page + " and any after it are missing.";
                }
                in.seek(ifd);
                int entries = in.readUnsignedShort();
                if (ifd + 2 + entries * 12L + 4 > length) {
                    return "The TIFF is truncated inside the description of page " + page + ".";
                }
                long[] offsets = null;
                long[] counts = null;
                try {
                    for (int i = 0; i < entries; i++) {
                        in.seek(ifd + 2 + i * 12L);
                        int tag = in.readUnsignedShort();
                        if (claimsMoreThanTheFile(in, length)) {
                            return "The TIFF is damaged: the description of page " + page
                                    + " claims more data than the whole file holds.";
                        }
                        in.seek(ifd + 2 + i * 12L + 2);
                        if (tag == STRIP_OFFSETS || tag == TILE_OFFSETS) {
                            offsets = values(in, length);
                        } else if (tag == STRIP_BYTE_COUNTS || tag == TILE_BYTE_COUNTS) {
                            counts = values(in, length);
                        }
                    }
                } catch (CutOff e) {
                    return "The TIFF is truncated inside the description of page " + page + ".";
                }
                // an unusual strip layout is left to the decoder, but the walk goes on: a later directory may
                // loop back, and some decoders collect directories until the heap is gone
                if (offsets != null && counts != null && offsets.length == counts.length) {
                    for (int i = 0; i < offsets.length; i++) {
                        if (offsets[i] + counts[i] > length) {
                            return "The TIFF is truncated: the image data of page " + page + " is cut off.";
                        }
                    }
                }
                in.seek(ifd + 2 + entries * 12L);
                ifd = in.readUnsignedInt();
            }
            return null;
        }
    }

    /** A value list that points past the end of the file. */
    private static final class CutOff extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * True when the entry the stream is positioned after the tag of declares more values than the file could hold
     * (count x the type's size past its length). Decoders allocate the declared count before reading a byte: a
     * 400-byte file can ask for gigabytes. Entries of a type no reader knows are skipped by readers and so here.
     */
    private static boolean claimsMoreThanTheFile(ImageInputStream in, long length) throws IOException {
        int type = in.readUnsignedShort();
        long count = in.readUnsignedInt();
        int size = type < TYPE_SIZES.length ? TYPE_SIZES[type] : 0;
        return size > 0 && count * size > length;
    }

    /** The SHORT or LONG values of the entry the stream is positioned after the tag of; null for other types. */
    private static long[] values(ImageInputStream in, long length) throws IOException, CutOff {
        int type = in.readUnsignedShort();
        long count = in.readUnsignedInt();
        int size = type == SHORT ? 2 : type == LONG ? 4 : 0;
        if (size == 0) {
            return null;
        }
        if (count * size > 4) {
            long at = in.readUnsignedInt();
            if (at + count * size > length) {
                throw new CutOff();
            }
            in.seek(at);
        }
        long[] values = new long[(int) count];
        for (int i = 0; i < count; i++) {
            values[i] = size == 2 ? in.readUnsignedShort() : in.readUnsignedInt();
        }
        return values;
    }
}
