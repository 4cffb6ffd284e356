package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** LibreOffice's limit over one document leaves the Java engine time to convert it when LibreOffice is given up. */
class EnginesTimeLimitTest {

    @Test
    void libreOfficeGetsThreeFifthsOfTheDocumentsLimitAndNeverMoreThanFiveMinutes() {
        assertEquals(Duration.ofSeconds(54).toMillis(), Engines.officeTaskMillis(Duration.ofSeconds(90)),
                "--timeout 90s: LibreOffice stops at 54 s, 36 s remain for the Java engine");
        assertEquals(Duration.ofMinutes(5).toMillis(), Engines.officeTaskMillis(Duration.ofMinutes(10)),
                "the default 10 minutes: LibreOffice's own 5 minutes");
        assertEquals(Duration.ofMinutes(5).toMillis(), Engines.officeTaskMillis(null), "no batch limit: 5 minutes");
    }
}
