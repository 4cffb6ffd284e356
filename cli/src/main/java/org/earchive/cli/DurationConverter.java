package org.earchive.cli;

import java.time.Duration;
import org.earchive.core.TimeLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "90s", "10m", "2h" or plain seconds ("600"), as people write them; ISO-8601 ("PT10M") too. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return TimeLimits.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
