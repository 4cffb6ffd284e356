package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The system's language, as the launcher hands it on when the machine lacks the locale asked for. */
class StartupTest {

    @Test
    void theLocaleTheLauncherKeptDecidesWhenItRunsJavaInCUtf8() {
        // LANG=vi_VN.UTF-8 on a machine without that locale: the launcher runs Java with LC_ALL=C.UTF-8
        assertEquals(Language.VI, Startup.systemLanguage(
                Map.of("EARCHIVE_SYSTEM_LOCALE", "vi_VN.UTF-8", "LC_ALL", "C.UTF-8", "LANG", "vi_VN.UTF-8"), Locale.ROOT));
        assertEquals(Language.EN, Startup.systemLanguage(Map.of("LC_ALL", "C.UTF-8", "LANG", "vi_VN.UTF-8"), Locale.ROOT),
                "without the launcher's word, LC_ALL decides as POSIX says");
        assertEquals(Language.VI, Startup.systemLanguage(Map.of("LANG", "vi_VN.UTF-8"), Locale.ROOT));
    }
}
