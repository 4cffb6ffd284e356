package org.earchive.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.earchive.api.Earchive;
import org.earchive.pipeline.OutputLayout;

/**
 * What every earchive task does on an executor around its documents: the executor's engines and the batch's layout,
 * the target file system, then each document of the partition in turn. A subclass says what becomes of one document.
 *
 * @param <R> what one document's work sends back to the driver
 */
abstract class ExecutorTask<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    final JobSettings settings;
    final String jobId;
    final Broadcast<ExecutorEarchive.BatchNames> names;
    final String output;
    final SerializableConfiguration hadoop;

    ExecutorTask(JobSettings settings, String jobId, Broadcast<ExecutorEarchive.BatchNames> names, String output,
                 SerializableConfiguration hadoop) {
        this.settings = settings;
        this.jobId = jobId;
        this.names = names;
        this.output = output;
        this.hadoop = hadoop;
    }

    /** One document's work, on the executor. */
    abstract R one(InputFile input, Earchive earchive, OutputLayout layout, FileSystem fs, Path outputRoot) throws IOException;

    ArrayList<R> each(Iterator<List<InputFile>> partition) {
        ArrayList<R> results = new ArrayList<>();
        try {
            Earchive earchive = ExecutorEarchive.engines(settings);
            OutputLayout layout = ExecutorEarchive.layout(jobId, names.value());
            Path outputRoot = new Path(output);
            FileSystem fs = TargetFiles.of(outputRoot, hadoop.value());
            while (partition.hasNext()) {
                for (InputFile input : partition.next()) {
                    results.add(one(input, earchive, layout, fs, outputRoot));
                }
            }
        } catch (IOException | org.earchive.metadata.MetadataInputException e) {
            // the target or the scratch disk failed: Spark retries the task (elsewhere), then fails the job
            throw new IllegalStateException("earchive task failed: " + e.getMessage(), e);
        }
        return results;
    }
}
