package org.earchive.cli;

import java.util.List;

/**
 * A command stops with an exit code and the sentences that say why, each printed on standard error after
 * "earchive: " by {@link Main}'s execution-exception handler. Nothing else is printed for it: no trace, since
 * it is the user's situation, not a bug.
 */
class CommandException extends RuntimeException {

    private final int exitCode;
    private final List<String> lines;

    CommandException(int exitCode, List<String> lines) {
        super(String.join(" ", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    CommandException(int exitCode, String line) {
        this(exitCode, List.of(line));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
