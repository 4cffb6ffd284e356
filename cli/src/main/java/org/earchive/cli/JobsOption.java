package org.earchive.cli;

import picocli.CommandLine.Option;

/** {@code -j/--jobs}: how much works at once, the same option on every command that runs in parallel. */
final class JobsOption {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many files are worked on at once (default: the number of processors). For convert,"
                    + " also the most Tesseract processes run at once.")
    Integer jobs;

    /** @throws UsageException when below 1 */
    int get() {
        if (jobs != null && jobs < 1) {
            throw new UsageException("--jobs must be at least 1.");
        }
        return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    }

    boolean given() {
        return jobs != null;
    }
}
