package org.earchive.serve;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How the service runs.
 *
 * @param address        where it listens (127.0.0.1:8080 unless told otherwise)
 * @param work           the only folder it writes in: uploads, jobs' inputs and outputs, temporary files
 * @param tokens         access tokens; each one sees only the jobs made with it. Empty: no token asked (loopback only)
 * @param maxUploadBytes the largest request body taken (413 past it)
 * @param queue          jobs that may wait for a worker (503 with Retry-After past it)
 * @param workers        jobs converted at once
 * @param jobTimeout     the longest one job may run before it is stopped as {@code timeout}
 * @param keep           how long a finished job's files are kept for download
 * @param archiveName    the receiving archive, as ingest receipts name it
 * @param archiveCode    its code, or null
 */
public record ServeSettings(InetSocketAddress address, Path work, Set<String> tokens, long maxUploadBytes, int queue,
                            int workers, Duration jobTimeout, Duration keep, String archiveName, String archiveCode) {

    public ServeSettings {
        tokens = Set.copyOf(tokens);
        work = work.toAbsolutePath().normalize();
        if (tokens.isEmpty() && !address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("an access token is needed when the service listens beyond this computer");
        }
        if (maxUploadBytes < 1 || queue < 0 || workers < 1) {
            throw new IllegalArgumentException("upload limit, queue and workers must be positive");
        }
    }

    public boolean tokenRequired() {
        return !tokens.isEmpty();
    }
}
