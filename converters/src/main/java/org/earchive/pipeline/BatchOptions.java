package org.earchive.pipeline;

import java.time.Duration;

/**
 * How a batch runs (none of this changes an output's bytes).
 *
 * @param jobs         documents converted at once
 * @param timeout      the longest one document may take before it is given up as {@code timeout}
 * @param force        convert every input again, even those an earlier run finished and nothing has changed
 * @param filter       the user's include and exclude globs
 * @param reserveBytes free space the output disk must keep, on top of twice the next input's size, before a
 *                     document is started: below it the run stops cleanly rather than fail document after document
 */
public record BatchOptions(int jobs, Duration timeout, boolean force, InputFilter filter, long reserveBytes) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final long DEFAULT_RESERVE_BYTES = 64L * 1024 * 1024;

    public BatchOptions {
        jobs = Math.max(1, jobs);
    }

    public static BatchOptions defaults(int jobs) {
        return new BatchOptions(jobs, DEFAULT_TIMEOUT, false, InputFilter.ALL, DEFAULT_RESERVE_BYTES);
    }
}
