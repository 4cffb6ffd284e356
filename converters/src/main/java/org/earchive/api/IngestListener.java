package org.earchive.api;

import java.nio.file.Path;
import java.util.List;
import org.earchive.packaging.IngestReceipt;

/** Hears {@link Earchive#ingest} as it goes, one package after another. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() { };

    /** A package is being checked and made archival. */
    default void receiving(Path sip) {
    }

    /** A package is done: its receipt, and the receipt's files (JSON, XML, PDF/A). */
    default void received(Path sip, IngestReceipt receipt, List<Path> receiptFiles) {
    }
}
