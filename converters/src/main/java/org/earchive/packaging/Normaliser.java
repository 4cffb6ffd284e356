package org.earchive.packaging;

import java.nio.file.Path;
import java.util.List;
import org.earchive.pipeline.DocumentResult;

/**
 * Makes one received file archival, the way {@code Earchive.convertDocument} does: its PDF/A, description and PREMIS
 * written into {@code folder} under the file's own name. The ingest is given one so that packaging holds no
 * conversion of its own and starts no engine.
 */
@FunctionalInterface
public interface Normaliser {

    /** The file's result first, then those of any parts (an e-mail's attachments). */
    List<DocumentResult> convert(Path source, Path folder);
}
