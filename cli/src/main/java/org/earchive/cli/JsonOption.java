package org.earchive.cli;

import picocli.CommandLine.Option;

/** {@code --json}: what a command prints, as JSON on standard output for scripts (its description says the shape). */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON on standard output, for scripts: convert's report (or its"
            + " --dry-run plan), what package wrote; JSON Lines for detect and validate, one object per file"
            + " (detect: with per-page evidence; validate: path, flavour, compliant, failedRules) and per package"
            + " (path, package, valid, verdict, findings: rule, level, file, message; files).")
    boolean json;

    boolean get() {
        return json;
    }
}
