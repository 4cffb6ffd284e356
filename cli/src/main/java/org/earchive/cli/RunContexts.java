package org.earchive.cli;

import org.earchive.core.RunContext;

/** The settings every command shares with the library: earchive's name and version, and SOURCE_DATE_EPOCH. */
final class RunContexts {

    private RunContexts() {
    }

    /** The library's defaults, dated by SOURCE_DATE_EPOCH when it is set. @throws UsageException when it is not a number */
    static RunContext fromEnvironment() {
        return RunContext.defaults(VersionProvider.producer()).withSourceDateEpoch(sourceDateEpoch());
    }

    static java.time.Instant sourceDateEpoch() {
        try {
            return RunContext.sourceDateEpochFrom(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
    }
}
