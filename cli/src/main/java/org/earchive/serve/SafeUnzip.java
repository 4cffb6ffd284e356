package org.earchive.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.earchive.formats.ZipBombGuard;
import org.earchive.formats.ZipEntryNames;

/**
 * An uploaded ZIP of a folder unpacked into a job's input folder with the checks {@code validate} makes before it
 * reads a package: {@link ZipBombGuard} first (entries, sizes, expansion ratio, sizes that lie — nothing is
 * written until it has passed), then every name checked with {@link ZipEntryNames} ("..", absolute paths), and
 * every file's place checked again after resolving, so nothing lands outside the folder.
 */
final class SafeUnzip {

    /** An upload is a folder of documents: the guard's limits for documents. */
    static final ZipBombGuard.Limits LIMITS = ZipBombGuard.Limits.DOCUMENT;

    private SafeUnzip() {
    }

    /** Whether the file starts as a ZIP does ("PK\3\4", or "PK\5\6" for an empty one). */
    static boolean looksLikeZip(Path file) throws IOException {
        return org.earchive.formats.ZipSignature.startsAsZip(file);
    }

    /**
     * Unpacks ZIP into FOLDER when all its entries are in one top folder (a folder zipped, as the clerk page and most
     * tools make it), else into FOLDER/LOOSE (loose files keep one folder, named after the ZIP).
     *
     * @return the number of files unpacked
     * @throws ApiError 400 when it is not a ZIP, 422 when it is refused (a bomb, too large, a name that climbs out, empty)
     */
    static int unpack(Path zip, Path inputs, String loose) throws IOException {
        if (!looksLikeZip(zip)) {
            throw new ApiError(400, "notZip");
        }
        ZipBombGuard.Refusal refusal = ZipBombGuard.check(zip, LIMITS);
        if (refusal != null) {
            throw switch (refusal.kind()) {
                case DAMAGED -> new ApiError(400, "notZip");
                case BOMB -> new ApiError(422, "zipBomb", refusal.sentence());
                case TOO_LARGE -> new ApiError(422, "zipTooLarge", refusal.sentence());
            };
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            java.util.Set<String> tops = new java.util.HashSet<>();
            boolean looseFiles = false;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (!ZipEntryNames.safe(name)) {
                    throw new ApiError(422, "zipPath", name);
                }
                int slash = name.indexOf('/');
                looseFiles |= slash < 0;
                tops.add(slash < 0 ? name : name.substring(0, slash));
            }
            Path folder = tops.size() == 1 && !looseFiles ? inputs : inputs.resolve(loose);
            Path root = folder.toAbsolutePath().normalize();
            int files = 0;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new ApiError(422, "zipPath", entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    // CREATE_NEW: two entries of one name are a damaged ZIP, not a file silently replaced
                    Files.copy(in, target);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    throw new ApiError(422, "zipDuplicate", entry.getName());
                }
                files++;
            }
            if (files == 0) {
                throw new ApiError(422, "zipEmpty");
            }
            return files;
        }
    }
}
