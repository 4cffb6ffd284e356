package org.earchive.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.InputFilter;
import picocli.CommandLine.Option;

/** Which files a batch converts, how long each may take, and whether finished ones are converted again. */
final class BatchRunOptions {

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Convert only files matching GLOB (repeatable). A glob without '/' matches the file name"
                    + " (*.tif), one with '/' the path below the input folder (scans/**).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files and folders matching GLOB (repeatable); wins over --include.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest time one document may take (default: 10m); past it the document is reported as"
                    + " 'timeout' and the batch goes on. Examples: 90s, 10m, 2h.")
    Duration timeout = BatchOptions.DEFAULT_TIMEOUT;

    @Option(names = "--force", description = "Convert everything again, even documents an earlier run finished.")
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
