package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.earchive.core.RunContext;
import org.junit.jupiter.api.Test;

/** What travels to the executors builds the run the driver was asked for, the reports' language and zone too. */
class JobSettingsTest {

    private static JobSettings settings(String language, String zone) {
        return new JobSettings("earchive t", 1_700_000_000L, "", "vie+eng", 180, false, "tt05", "auto", 2, false, null,
                null, 600_000, language, zone);
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
}
