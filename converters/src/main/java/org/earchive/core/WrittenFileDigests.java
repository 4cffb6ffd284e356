package org.earchive.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SHA-256 of a file earchive has just written, read once: the PREMIS record and the journal both record the
 * PDF's checksum, and a large PDF is worth reading only once. The digest is remembered with the file's identity
 * (inode, size, modification and change times); a later ask answers from memory only when the file still has that
 * identity, so a file replaced or written to since is read again. The change time is one no program can set back
 * (unlike the modification time), and a file rewritten in place changes it, though only to the tick of the system's
 * coarse clock (a few milliseconds): for earchive's own outputs between two steps of one document, not for a
 * source someone else may be writing (that is read again: {@code DocumentJob}'s check that it did not change).
 * Bounded: only the latest files are kept.
 */
public final class WrittenFileDigests {

    /** Far more than the documents in flight at once (each has a PDF and two XML files beside it). */
    private static final int REMEMBERED = 256;

    private static final Map<Path, Remembered> LATEST = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Remembered> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Identity(Object fileKey, long size, FileTime modified, Object changed) {
    }

    private record Remembered(Identity identity, String sha256) {
    }

    private WrittenFileDigests() {
    }

    /** The file's SHA-256: from memory when this file, unchanged, was hashed here before; else read and remembered. */
    public static String sha256(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Identity before = identity(file);
        Remembered known;
        synchronized (LATEST) {
            known = LATEST.get(key);
        }
        if (known != null && before != null && known.identity().equals(before)) {
            return known.sha256();
        }
        String sha256 = Fixity.sha256(file);
        // remembered only when nothing wrote to the file while it was read, and only where the file system says who it is
        if (before != null && before.equals(identity(file))) {
            synchronized (LATEST) {
                LATEST.put(key, new Remembered(before, sha256));
            }
        }
        return sha256;
    }

    /** The file's identity, or null where the file system gives no inode or change time (then nothing is remembered). */
    private static Identity identity(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Object changed;
        try {
            changed = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            return null;
        }
        if (attributes.fileKey() == null || changed == null) {
            return null;
        }
        return new Identity(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(),
                Objects.requireNonNull(changed));
    }
}
