package org.earchive.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Map;

/**
 * A request body written to a file in the job's folder, never held in memory, and never more than the limit:
 * a declared Content-Length over it is refused before a byte is read, a chunked body when it passes it.
 */
final class Upload {

    private Upload() {
    }

    /** @throws ApiError 413 past {@code limit} bytes (the partial file removed), 400 when empty */
    static long save(HttpExchange exchange, Path target, long limit) throws IOException {
        refuseDeclaredOversize(exchange, limit);
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody();
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > limit) {
                    out.close();
                    Files.deleteIfExists(target);
                    discardRest(in);
                    throw tooLarge(limit);
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException full) {
                    // the work folder's disk, not the client: say so rather than drop the connection
                    throw new ApiError(507, "cannotStore", String.valueOf(full.getMessage()));
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (written == 0) {
            Files.deleteIfExists(target);
            throw new ApiError(400, "emptyUpload");
        }
        return written;
    }

    /** Before anything is created for the request: a body announced as too large is refused at once. */
    static void refuseDeclaredOversize(HttpExchange exchange, long limit) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.strip());
                if (length > limit) {
                    if (length - limit <= DRAINED) {
                        discardRest(exchange.getRequestBody());
                    }
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException malformed) {
                throw new ApiError(400, "badRequest");
            }
        }
    }

    /**
     * A body refused while the client still sends it: reading (and dropping) a little more lets the client
     * finish sending and read the 413; closing on unread bytes would reset the connection under its answer.
     * Past this much the connection is closed anyway: a refused upload is not read to its end.
     */
    private static final long DRAINED = 8L << 20;

    private static void discardRest(InputStream in) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long dropped = 0;
            for (int n = in.read(buffer); n >= 0 && dropped < DRAINED; n = in.read(buffer)) {
                dropped += n;
            }
        } catch (IOException gone) {
            // the client stopped sending: nothing more to drop
        }
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(413, "tooLarge", Map.of("Connection", "close"), megabytes(limit));
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /**
     * The file name a client gave (?name=), reduced to one safe name: its last path segment, NFC, no control
     * characters, not "." or "..", at most 200 characters; {@code fallback} when nothing is left.
     */
    static String fileName(String given, String fallback) {
        if (given == null) {
            return fallback;
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".") ? fallback : name;
    }
}
