package org.earchive.api;

import java.nio.file.Path;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchReport;

/** What a front end hears while {@link Earchive#packageFolder} converts a folder of records on the way. */
public interface PackagingListener {

    PackagingListener NONE = new PackagingListener() {
    };

    /** The source is not a convert output: it is converted into {@code into} first. */
    default void convertingFirst(Path source, Path into) {
    }

    /** Hears the conversion made first, document by document. */
    default BatchListener conversion() {
        return new BatchListener() {
        };
    }

    /**
     * The conversion made first has finished; packaging follows.
     *
     * @param kept whether {@code into} stays afterwards (else it is removed once the packages are written)
     */
    default void converted(BatchReport report, Path into, boolean kept) {
    }
}
