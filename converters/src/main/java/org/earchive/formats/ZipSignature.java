package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file is a ZIP by its first bytes, whatever its name says. */
public final class ZipSignature {

    private ZipSignature() {
    }

    /** "PK\3\4" (a local file header), or "PK\5\6" (the end record alone: an empty ZIP). */
    public static boolean startsAsZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        return head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }
}
