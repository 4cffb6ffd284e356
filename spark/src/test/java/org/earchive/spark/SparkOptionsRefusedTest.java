package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad option stops the run on the driver with a sentence, before a cluster is asked for anything. */
class SparkOptionsRefusedTest {

    @TempDir
    Path work;

    @Test
    void aTrustStoreThatIsNoFolderOfCertificatesStopsTheRun() throws Exception {
        Path input = Files.writeString(work.resolve("a.txt"), "Kính gửi: UBND xã Hòa Bình");
        Path notCertificates = Files.createDirectories(work.resolve("trust"));
        Files.writeString(notCertificates.resolve("root.pem"), "not a certificate");
        for (Path trust : new Path[] {work.resolve("missing"), notCertificates}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = SparkConvert.run(new String[] {input.toString(), "-o", work.resolve("out").toString(),
                    "--master", "local[1]", "--trust-store", trust.toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, exit, said);
            assertTrue(said.contains("trust store"), said);
            assertTrue(Files.notExists(work.resolve("out")), "nothing written");
        }
    }
}
