package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory walk that runs before any TIFF decoder: a decoder trusts the counts and offsets a file declares,
 * so a few hundred bytes can make it allocate gigabytes (found by fuzzing, see ReaderFuzzTestInputs/image).
 */
class TiffStructureTest {

    private static final short SHORT = 3, LONG = 4;

    @TempDir
    Path folder;

    @Test
    void aWholeOnePageTiffIsWhole() throws IOException {
        ByteBuffer tiff = header(8);
        directory(tiff, 0, entry(256, SHORT, 1, 8), entry(257, SHORT, 1, 1), entry(273, LONG, 1, 62),
                entry(279, LONG, 1, 1));
        tiff.put((byte) 0);
        assertNull(TiffStructure.damage(write(tiff)));
    }

    @Test
    void directoriesThatLoopAreRefusedEvenWhenThePageHasNoStripsToCheck() throws IOException {
        ByteBuffer tiff = header(8);
        // no strip offsets or counts: the layout is the decoder's business, but the next directory is itself
        directory(tiff, 8, entry(256, SHORT, 1, 8), entry(257, SHORT, 1, 1));
        assertEquals("The TIFF's page directories loop back on themselves: the file is damaged.",
                TiffStructure.damage(write(tiff)));
    }

    @Test
    void anEntryClaimingMoreValuesThanTheFileHoldsIsRefusedBeforeADecoderAllocatesThem() throws IOException {
        ByteBuffer tiff = header(8);
        // 100 million LONG values (400 MB) declared in a file of a few dozen bytes
        directory(tiff, 0, entry(256, SHORT, 1, 8), entry(257, SHORT, 1, 1), entry(700, LONG, 100_000_000, 8));
        assertEquals("The TIFF is damaged: the description of page 1 claims more data than the whole file holds.",
                TiffStructure.damage(write(tiff)));
    }

    private static ByteBuffer header(int firstDirectory) {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(firstDirectory);
        return tiff;
    }

    private static void directory(ByteBuffer tiff, int next, int[]... entries) {
        tiff.putShort((short) entries.length);
        for (int[] e : entries) {
            tiff.putShort((short) e[0]).putShort((short) e[1]).putInt(e[2]);
            if (e[1] == SHORT) {
                tiff.putShort((short) e[3]).putShort((short) 0);
            } else {
                tiff.putInt(e[3]);
            }
        }
        tiff.putInt(next);
    }

    private static int[] entry(int tag, short type, int count, int value) {
        return new int[] {tag, type, count, value};
    }

    private Path write(ByteBuffer tiff) throws IOException {
        byte[] bytes = new byte[tiff.position()];
        tiff.flip().get(bytes);
        return Files.write(folder.resolve("page.tif"), bytes);
    }
}
