package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run converts again when the certificates it trusts change, and only then: not when the same certificates sit in
 * another folder under other names (a Spark executor writes the driver's into a folder of its own).
 */
class TrustStoreFingerprintTest {

    @TempDir
    Path work;

    @Test
    void theSameCertificatesAnywhereGiveTheSameFingerprintAndAnotherCertificateAnother() throws Exception {
        TestSignatures pki = new TestSignatures();
        Path clerks = Files.createDirectories(work.resolve("clerk"));
        Files.writeString(clerks.resolve("root.pem"), TestSignatures.pem(pki.root.certificate()));
        Files.writeString(clerks.resolve("other.pem"), TestSignatures.pem(pki.otherRoot.certificate()));
        Path executors = Files.createDirectories(work.resolve("executor-7"));
        Files.write(executors.resolve("trusted-001.der"), pki.otherRoot.certificate().getEncoded());
        Files.write(executors.resolve("trusted-002.der"), pki.root.certificate().getEncoded());
        Path fewer = Files.createDirectories(work.resolve("fewer"));
        Files.writeString(fewer.resolve("root.pem"), TestSignatures.pem(pki.root.certificate()));

        String fingerprint = TrustStore.fromFolder(clerks).fingerprint();
        assertEquals(fingerprint, TrustStore.fromFolder(executors).fingerprint());
        assertNotEquals(fingerprint, TrustStore.fromFolder(fewer).fingerprint());
    }
}
