package org.earchive.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.InputFilter;
import picocli.CommandLine.Option;

/** Which files a batch converts, how long each may take, and whether finished ones are converted again. */
final class BatchRunOptions {

    @Option(names = "--include", paramLabel = "GLOB")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class)
    Duration timeout = BatchOptions.DEFAULT_TIMEOUT;

    @Option(names = "--force")
    boolean force;

    /** @throws UsageException for a glob that does not parse */
    BatchOptions options(int jobs) {
        try {
            return new BatchOptions(jobs, timeout, force, new InputFilter(include, exclude),
                    BatchOptions.DEFAULT_RESERVE_BYTES);
        } catch (IllegalArgumentException badGlob) {
            throw new UsageException(badGlob.getMessage() + ".");
        }
    }
}
