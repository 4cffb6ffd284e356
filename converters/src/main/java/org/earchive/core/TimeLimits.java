package org.earchive.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Time limits as people write them: "90s", "10m", "2h", plain seconds ("600"), or ISO-8601 ("PT10M"). */
public final class TimeLimits {

    private TimeLimits() {
    }

    /** @throws IllegalArgumentException with a sentence saying how to write it, for text that is not a limit */
    public static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (text.startsWith("pt")) {
                duration = Duration.parse(text);
            } else if (text.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(text));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration: write it like 90s, 10m or 2h");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("'" + value + "' is not a time limit: it must be more than zero");
        }
        return duration;
    }
}
