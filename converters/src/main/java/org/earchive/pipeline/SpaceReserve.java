package org.earchive.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A few megabytes the run sets aside on the output disk when it starts and gives back just before it writes its
 * reports: when something else fills the disk during the run, the documents in flight fail ("disk full"), and the
 * reports saying so still have room. Best effort: a disk too full to hold the reserve simply has none.
 */
final class SpaceReserve {

    /** Room for report.json, .csv and .html of a few thousand documents. */
    static final int BYTES = 4 << 20;
    private static final String NAME = "space-reserve";

    private SpaceReserve() {
    }

    static void take(Path stateFolder) {
        Path file = stateFolder.resolve(NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[64 << 10];
            for (int written = 0; written < BYTES; written += block.length) {
                out.write(block);
            }
        } catch (IOException full) {
            release(stateFolder);
        }
    }

    static void release(Path stateFolder) {
        try {
            Files.deleteIfExists(stateFolder.resolve(NAME));
        } catch (IOException e) {
            // nothing to give back
        }
    }
}
