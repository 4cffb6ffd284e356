package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.earchive.formats.ZipBombGuard;
import org.earchive.formats.ZipSignature;

/**
 * A zipped package, read where it lies: after a safety scan, the ZIP is opened as a file system (zipfs) so
 * that every check written for folders runs on it unchanged, and nothing is unpacked to disk. Before anything
 * else reads the ZIP, {@link ZipBombGuard} refuses what could hurt the machine doing the checking (too many
 * entries, sizes or expansion ratios of a ZIP bomb, sizes that lie), and the scan here refuses entry names
 * that are absolute or climb out with ".." (path traversal, "zip slip").
 */
final class ZipPackage implements AutoCloseable {

    private final FileSystem zipfs;
    private final Path root;
    private final String folderName;

    private ZipPackage(FileSystem zipfs, String folderName) {
        this.zipfs = zipfs;
        this.folderName = folderName;
        this.root = zipfs.getPath("/", folderName);
    }

    /**
     * A file validate and ingest open as a zipped package: one named *.zip, or a ZIP named otherwise (another tool's
     * "SIP.bin", a download without its extension) whose top folder or root holds METS.xml or bagit.txt. Office
     * documents and EPUBs are ZIPs too, and hold neither: they stay files.
     */
    static boolean isZip(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try {
            return ZipSignature.startsAsZip(path) && holdsPackageFile(path);
        } catch (IOException e) {
            return false; // unreadable: whatever reads it next says why
        }
    }

    private static boolean holdsPackageFile(Path path) {
        try (ZipFile file = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String belowTop = name.substring(name.indexOf('/') + 1);
                if (PACKAGE_FILES.contains(belowTop)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false; // damaged, or names not in UTF-8 (the JDK's ZipFile throws for those): not taken for a package
        }
    }

    private static final Set<String> PACKAGE_FILES = Set.of("METS.xml", "bagit.txt");

    /** The package's top folder inside the ZIP, or null when the scan refused it (the findings say why). */
    static ZipPackage open(Path zip, ZipBombGuard.Limits limits, Findings findings) throws IOException {
        String name = zip.getFileName().toString();
        ZipBombGuard.Refusal refusal = ZipBombGuard.check(zip, limits);
        if (refusal != null) {
            findings.add(refusal.kind() == ZipBombGuard.Kind.DAMAGED ? "ZIP-READ" : "ZIP-BOMB", name,
                    "The ZIP is refused: " + refusal.sentence() + ".");
            return null;
        }
        String top;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            top = scan(file, name, findings);
            if (top == null || findings.anyRefusing()) {
                return null;
            }
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

    /** Names from the central directory; returns the one top folder, or null. */
    private static String scan(ZipFile zip, String name, Findings findings) {
        TreeSet<String> tops = new TreeSet<>();
        boolean looseFile = false;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String entryName = entries.nextElement().getName();
            if (!safe(entryName)) {
                findings.add("ZIP-PATH", name, "The entry '" + entryName + "' is an absolute path or climbs out of the package"
                        + " with '..'; unpacking it would write outside the package folder.");
                continue;
            }
            int slash = entryName.indexOf('/');
            tops.add(slash < 0 ? entryName : entryName.substring(0, slash));
            looseFile |= slash < 0;
        }
        if (tops.size() != 1 || looseFile) {
            findings.add("CSIPSTR1", name, tops.isEmpty() ? "The ZIP is empty." : "The ZIP does not unpack to one top folder: it holds "
                    + String.join(", ", tops.stream().limit(5).toList()) + (tops.size() > 5 ? ", ..." : "") + ".");
            return null;
        }
        return tops.first();
    }

    private static boolean safe(String entryName) {
        return org.earchive.formats.ZipEntryNames.safe(entryName);
    }

}
