package org.earchive.api;

import java.nio.file.Path;
import java.util.List;
import org.earchive.pipeline.BatchOptions;

/**
 * A batch to convert: files and folders (walked recursively) into one output folder.
 *
 * @param inputs  files and folders; never modified
 * @param output  the output folder, created if missing; its {@code .earchive/} holds the journal and the reports
 * @param options how the batch runs (jobs, time limit, re-conversion, include/exclude globs)
 */
public record ConvertRequest(List<Path> inputs, Path output, BatchOptions options) {

    public ConvertRequest {
        inputs = List.copyOf(inputs);
    }
}
