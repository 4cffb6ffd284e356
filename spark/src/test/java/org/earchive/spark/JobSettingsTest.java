package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.List;
import org.earchive.core.RunContext;
import org.earchive.detect.TrustStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What travels to the executors builds the run the driver was asked for, the reports' language and zone too. */
class JobSettingsTest {

    private static JobSettings settings(String language, String zone) {
        return settings(language, zone, null, false);
    }

    private static JobSettings settings(String language, String zone, String level, boolean embedOriginal) {
        return settings(language, zone, level, embedOriginal, List.of());
    }

    private static JobSettings settings(String language, String zone, String level, boolean embedOriginal,
                                        List<byte[]> trusted) {
        return new JobSettings("earchive t", 1_700_000_000L, "", "vie+eng", 180, false, "tt05", "auto", 2, false, null,
                null, 600_000, language, zone, level, false, embedOriginal, "auto", trusted);
    }

    @Test
    void theReportsLanguageAndZoneReachTheRun() {
        RunContext vietnamese = settings("vi", "Asia/Ho_Chi_Minh").context();
        assertTrue(vietnamese.presentation().vietnamese());
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), vietnamese.presentation().zone());
        assertFalse(settings("en", "UTC").context().presentation().vietnamese());
        // an e-mail's header block is written in the run's language: executors keep one engine set per language
        assertNotEquals(settings("vi", "UTC").key(), settings("en", "UTC").key());
    }

    @Test
    void theLevelAskedForReachesTheRunAndAnImpossibleOneStopsItOnTheDriver() {
        RunContext partThree = settings("en", "UTC", "3u", true).context();
        assertEquals("3u", partThree.level().level());
        assertTrue(partThree.level().embedOriginal());
        assertNotEquals(settings("en", "UTC").key(), settings("en", "UTC", "1b", false).key(),
                "executors keep one engine set per level");
        // an original can only travel in PDF/A-3: refused before any task starts, as convert refuses it
        assertThrows(IllegalArgumentException.class, () -> settings("en", "UTC", "2b", true).context());
    }

    @Test
    void theDriversTrustedCertificatesAreTheExecutorsTrustStore(@TempDir Path scratch) throws Exception {
        X509Certificate root;
        try (InputStream in = JobSettingsTest.class.getResourceAsStream("test-root.pem")) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        JobSettings trusting = settings("en", "UTC", null, false, List.of(root.getEncoded()));

        Path folder = trusting.trustStore(scratch.resolve("trust"));
        TrustStore onExecutor = TrustStore.fromFolder(folder);
        assertEquals(List.of(root), onExecutor.certificates());
        assertNull(settings("en", "UTC").trustStore(scratch.resolve("none")), "no --trust-store: no folder, chains not checked");
        assertNotEquals(settings("en", "UTC").key(), trusting.key(), "executors keep one engine set per trust store");
    }
}
