package org.earchive.spark;

import java.io.Serializable;

/**
 * One entry of the batch as the driver found it, small enough to send to a task: where the document is, how the
 * report names it, and what the journal said about it last time. The document's bytes never pass the driver.
 *
 * @param index        its place in the report
 * @param uri          where it is, as a Hadoop file system URI ({@code file:///...}, {@code hdfs://...})
 * @param relative     its path below the input folder, with '/': the output mirrors it, the report names it
 * @param size         its size in bytes when listed
 * @param modified     its modification time when listed (milliseconds since 1970)
 * @param skipReason   why it is listed but not converted (clutter, a link out of the folder), or null
 * @param previousJson the journal's line for it from an earlier run (CLI or Spark), or null
 */
public record InputFile(int index, String uri, String relative, long size, long modified, String skipReason,
                        String previousJson) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isSkipped() {
        return skipReason != null;
    }

    InputFile withPrevious(String json) {
        return new InputFile(index, uri, relative, size, modified, skipReason, json);
    }

    InputFile withIndex(int newIndex) {
        return new InputFile(newIndex, uri, relative, size, modified, skipReason, previousJson);
    }
}
