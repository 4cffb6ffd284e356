package org.earchive.cli;

import picocli.CommandLine.Option;

/** {@code --json}: what a command prints, as JSON on standard output for scripts (its description says the shape). */
final class JsonOption {

    @Option(names = "--json")
    boolean json;

    boolean get() {
        return json;
    }
}
