package org.earchive.api;

import java.nio.file.Path;
import java.util.List;
import org.earchive.core.LegacyEncodingChoice;

/**
 * Files to inspect before converting anything.
 *
 * @param paths files and folders (walked recursively); never modified
 * @param quick media type and PRONOM id only: the content is not opened, hashed or classified
 * @param jobs  files inspected at once
 * @param trustStore a folder of certificates signers' chains are checked against, or null for none
 * @param legacyEncoding how pre-Unicode Vietnamese text is recognised ({@code --legacy-encoding})
 */
public record DetectRequest(List<Path> paths, boolean quick, int jobs, Path trustStore,
                            LegacyEncodingChoice legacyEncoding) {

    public DetectRequest(List<Path> paths, boolean quick, int jobs) {
        this(paths, quick, jobs, null);
    }

    public DetectRequest(List<Path> paths, boolean quick, int jobs, Path trustStore) {
        this(paths, quick, jobs, trustStore, LegacyEncodingChoice.AUTO);
    }

    public DetectRequest {
        legacyEncoding = legacyEncoding == null ? LegacyEncodingChoice.AUTO : legacyEncoding;
        paths = List.copyOf(paths);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
