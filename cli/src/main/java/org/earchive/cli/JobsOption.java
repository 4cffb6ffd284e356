package org.earchive.cli;

import picocli.CommandLine.Option;

/** {@code -j/--jobs}: how much works at once, the same option on every command that runs in parallel. */
final class JobsOption {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    Integer jobs;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** @throws UsageException when below 1 */
    int get() {
        if (jobs != null && jobs < 1) {
            throw new UsageException(Messages.of(mixee).get("jobs.atLeastOne"));
        }
        return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    }

    boolean given() {
        return jobs != null;
    }
}
