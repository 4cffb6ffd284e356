package org.earchive.cli;

import java.util.List;

/** A bad command line or configuration: exit 2, with the sentences that say what to correct. */
final class UsageException extends CommandException {

    UsageException(String line) {
        super(ExitCodes.USAGE, line);
    }

    UsageException(List<String> lines) {
        super(ExitCodes.USAGE, lines);
    }
}
