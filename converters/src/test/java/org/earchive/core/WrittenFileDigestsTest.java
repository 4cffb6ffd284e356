package org.earchive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenFileDigestsTest {

    @TempDir
    Path folder;

    @Test
    void theRememberedChecksumIsTheFilesOwn() throws IOException {
        Path pdf = Files.writeString(folder.resolve("a.pdf"), "%PDF-1.7 first", StandardCharsets.US_ASCII);
        assertEquals(Fixity.sha256(pdf), WrittenFileDigests.sha256(pdf));
        assertEquals(Fixity.sha256(pdf), WrittenFileDigests.sha256(pdf));
    }

    @Test
    void aFileReplacedUnderTheSameNameIsReadAgain() throws IOException {
        Path pdf = Files.writeString(folder.resolve("b.pdf"), "%PDF-1.7 first", StandardCharsets.US_ASCII);
        WrittenFileDigests.sha256(pdf);
        Path other = Files.writeString(folder.resolve("b.pdf.part"), "%PDF-1.7 other", StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(pdf));
        AtomicFiles.place(other, pdf);
        assertEquals(Fixity.sha256(pdf), WrittenFileDigests.sha256(pdf));
    }

    @Test
    void aFileWrittenInPlaceWithItsSizeAndModificationTimeKeptIsReadAgain() throws IOException, InterruptedException {
        Path pdf = Files.writeString(folder.resolve("c.pdf"), "%PDF-1.7 first", StandardCharsets.US_ASCII);
        FileTime modified = Files.getLastModifiedTime(pdf);
        String before = WrittenFileDigests.sha256(pdf);
        Thread.sleep(50); // the change time's clock ticks every few milliseconds (Linux: its coarse clock)
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
            file.seek(9);
            file.write("other".getBytes(StandardCharsets.US_ASCII)); // same size
        }
        Files.setLastModifiedTime(pdf, modified); // as a copy tool keeping times would: only the change time tells
        String after = WrittenFileDigests.sha256(pdf);
        assertEquals(Fixity.sha256(pdf), after);
        assertNotEquals(before, after);
    }
}
