package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zipped package, read where it lies: after a safety scan, the ZIP is opened as a file system (zipfs) so
 * that every check written for folders runs on it unchanged, and nothing is unpacked to disk. The scan
 * refuses, before anything else reads the ZIP, what could hurt the machine doing the checking:
 * <ul>
 * <li>entry names that are absolute or climb out with ".." (path traversal, "zip slip");</li>
 * <li>more entries than {@link Limits#maxEntries()};</li>
 * <li>declared sizes adding up to more than {@link Limits#maxTotalBytes()};</li>
 * <li>an entry that expands more than {@link Limits#maxRatio()} times (deflate bombs reach ~1000x; real
 *     PDFs and XML stay far below 100x);</li>
 * <li>an entry that inflates to more bytes than it declares: every entry is inflated once, counted and
 *     thrown away, stopping at the first byte past its declared size, so the declared sizes the other
 *     limits trust are true.</li>
 * </ul>
 * The last costs one extra decompression pass over the package; memory stays a few buffers.
 */
final class ZipPackage implements AutoCloseable {

    /**
     * @param maxEntries    most entries a package may have
     * @param maxTotalBytes most bytes its entries may expand to, together
     * @param maxRatio      most an entry may expand (uncompressed / compressed) once it is over 1 MiB
     */
    record Limits(int maxEntries, long maxTotalBytes, long maxRatio) {
        /** 1 000 000 entries, 1 TiB, 200x: far beyond any real transfer, far below what would hurt. */
        static final Limits DEFAULT = new Limits(1_000_000, 1L << 40, 200);
    }

    private static final long RATIO_FLOOR = 1 << 20;

    private final FileSystem zipfs;
    private final Path root;
    private final String folderName;

    private ZipPackage(FileSystem zipfs, String folderName) {
        this.zipfs = zipfs;
        this.folderName = folderName;
        this.root = zipfs.getPath("/", folderName);
    }

    static boolean isZip(Path path) {
        return java.nio.file.Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The package's top folder inside the ZIP, or null when the scan refused it (the findings say why). */
    static ZipPackage open(Path zip, Limits limits, Findings findings) throws IOException {
        String name = zip.getFileName().toString();
        String top;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            top = scan(file, name, limits, findings);
            if (top == null || findings.anyRefusing() || !inflatesAsDeclared(file, name, findings)) {
                return null;
            }
        } catch (ZipException e) {
            findings.add("ZIP-READ", name, "The file cannot be read as a ZIP: " + e.getMessage());
            return null;
        }
        return new ZipPackage(FileSystems.newFileSystem(zip, Map.of()), top);
    }

    Path root() {
        return root;
    }

    String folderName() {
        return folderName;
    }

    @Override
    public void close() throws IOException {
        zipfs.close();
    }

    /** Names, count and declared sizes, from the central directory alone; returns the one top folder, or null. */
    private static String scan(ZipFile zip, String name, Limits limits, Findings findings) {
        if (zip.size() > limits.maxEntries()) {
            findings.add("ZIP-BOMB", name, "The ZIP has " + zip.size() + " entries; earchive refuses more than " + limits.maxEntries() + ".");
            return null;
        }
        TreeSet<String> tops = new TreeSet<>();
        boolean looseFile = false;
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String entryName = entry.getName();
            if (!safe(entryName)) {
                findings.add("ZIP-PATH", name, "The entry '" + entryName + "' is an absolute path or climbs out of the package"
                        + " with '..'; unpacking it would write outside the package folder.");
                continue;
            }
            int slash = entryName.indexOf('/');
            tops.add(slash < 0 ? entryName : entryName.substring(0, slash));
            looseFile |= slash < 0;
            long size = entry.getSize();
            total += Math.max(size, 0);
            if (total > limits.maxTotalBytes()) {
                findings.add("ZIP-BOMB", name, "The ZIP's entries expand to more than " + limits.maxTotalBytes()
                        + " bytes together, earchive's limit.");
                return null;
            }
            long compressed = entry.getCompressedSize();
            if (size > RATIO_FLOOR && compressed > 0 && size / compressed > limits.maxRatio()) {
                findings.add("ZIP-BOMB", name, "The entry '" + entryName + "' expands " + (size / compressed) + " times (" + compressed
                        + " bytes to " + size + "); earchive refuses more than " + limits.maxRatio() + " times, the mark of a ZIP bomb.");
            }
        }
        if (tops.size() != 1 || looseFile) {
            findings.add("CSIPSTR1", name, tops.isEmpty() ? "The ZIP is empty." : "The ZIP does not unpack to one top folder: it holds "
                    + String.join(", ", tops.stream().limit(5).toList()) + (tops.size() > 5 ? ", ..." : "") + ".");
            return null;
        }
        return tops.first();
    }

    private static boolean safe(String entryName) {
        if (entryName.startsWith("/") || entryName.startsWith("\\") || entryName.matches("^[A-Za-z]:.*") || entryName.contains("\\")) {
            return false;
        }
        for (String segment : entryName.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Inflates each entry once, counting, and stops at the first entry that yields more than it declares. */
    private static boolean inflatesAsDeclared(ZipFile zip, String name, Findings findings) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long declared = entry.getSize();
            long actual = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    actual += n;
                    if (declared >= 0 && actual > declared) {
                        findings.add("ZIP-BOMB", name, "The entry '" + entry.getName() + "' declares " + declared
                                + " bytes but expands to more; earchive stopped reading it.");
                        return false;
                    }
                }
            } catch (ZipException e) {
                findings.add("ZIP-READ", name, "The entry '" + entry.getName() + "' cannot be read: " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
