package org.earchive.cli;

import org.earchive.core.LegacyEncodingChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --legacy-encoding auto|tcvn3|vni|viscii|off}: the same on convert and detect. */
final class LegacyEncodingOption {

    @Option(names = "--legacy-encoding", paramLabel = "auto|tcvn3|vni|viscii|off", defaultValue = "auto",
            converter = ChoiceConverter.class)
    LegacyEncodingChoice choice = LegacyEncodingChoice.AUTO;

    LegacyEncodingChoice get() {
        return choice;
    }

    /** "tcvn3" as well as "TCVN3"; anything else is a usage error that names the choices. */
    static final class ChoiceConverter implements ITypeConverter<LegacyEncodingChoice> {
        @Override
        public LegacyEncodingChoice convert(String value) {
            try {
                return LegacyEncodingChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
