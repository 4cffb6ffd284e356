package org.earchive.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class DiskFullTest {

    @Test
    void theSystemsNoSpaceMessagesAnywhereInTheCausesAreDiskFullAndOtherErrorsAreNot() {
        assertTrue(DiskFull.is(new FileSystemException("/out/a.pdf", null, "No space left on device")));
        assertTrue(DiskFull.is(new UncheckedIOException(new IOException("Disk quota exceeded"))));
        assertTrue(DiskFull.is(new IOException("There is not enough space on the disk")));
        assertFalse(DiskFull.is(new FileSystemException("/out/a.pdf", null, "Permission denied")));
        assertFalse(DiskFull.is(new IOException((String) null)));
    }
}
