package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.earchive.report.JsonEventLog;
import picocli.CommandLine.Option;

/** What a batch prints while it runs: a bar on a terminal, lines for what needs attention, or JSON events. */
final class LogOptions {

    enum LogFormat { text, json }

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "FORMAT")
    LogFormat format = LogFormat.text;

    @Option(names = "--log-file", paramLabel = "FILE")
    Path file;

    /** A bar only for a person watching a terminal, never in a pipe, a log file or a script's capture. */
    boolean showProgressBar(boolean json) {
        return Terminal.current().console() && !quiet && !json && !(format == LogFormat.json && file == null);
    }

    /** The JSON event log asked for, or null. */
    JsonEventLog openEventLog(PrintWriter err) throws IOException {
        return format == LogFormat.json ? JsonEventLog.open(err, file) : null;
    }
}
