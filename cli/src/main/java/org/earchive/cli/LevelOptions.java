package org.earchive.cli;

import org.earchive.core.RequestedLevel;
import picocli.CommandLine.Option;

/** {@code --level}, {@code --ua} and {@code --embed-original}: the PDF/A level asked for, and what it carries. */
final class LevelOptions {

    @Option(names = "--level", paramLabel = "1b|2b|2u|2a|3b|3u|3a")
    String level;

    @Option(names = "--ua")
    boolean ua;

    @Option(names = "--embed-original")
    boolean embedOriginal;

    /** @throws UsageException for a level that does not exist, or an original asked for outside PDF/A-3 */
    RequestedLevel get() {
        try {
            return RequestedLevel.of(level, ua, embedOriginal);
        } catch (IllegalArgumentException e) {
            // as the library wrote it, no full stop added: that is how its catalogue finds the Vietnamese
            throw new UsageException(e.getMessage());
        }
    }
}
