package org.earchive.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.earchive.core.AtomicFiles;

/**
 * A package folder as the ZIP archives exchange: one top folder named like the package (E-ARK's convention),
 * entries in sorted order with one fixed time, so the same package gives the same ZIP bytes; PDFs stored, the
 * rest deflated. Files are streamed
 * (a 10 GB package needs no more memory than a small one) and the ZIP appears only when complete.
 */
public final class PackageZip {

    /** ZIP stores local times from 1980 on; an earlier SOURCE_DATE_EPOCH (0 is common) is written as 1980-01-01. */
    private static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T12:00:00Z");

    private PackageZip() {
    }

    /** Writes {@code folder} to {@code zip} under the top folder {@code topName}. */
    public static void write(Path folder, Path zip, String topName, Instant time) throws IOException {
        // the DOS time field only, from UTC: no extended-time field, so no machine time zone in the bytes
        java.time.LocalDateTime stamp = java.time.LocalDateTime.ofInstant(time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time,
                java.time.ZoneOffset.UTC);
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(path -> !path.equals(folder)).sorted(PackageZip::byEntryName).toList();
        }
        AtomicFiles.write(zip, file -> {
            try (ZipOutputStream out = new ZipOutputStream(file)) {
                out.putNextEntry(entry(topName + "/", stamp));
                out.closeEntry();
                for (Path path : entries) {
                    String name = topName + "/" + org.earchive.core.SlashedPaths.of(folder.relativize(path));
                    if (Files.isDirectory(path)) {
                        out.putNextEntry(entry(name + "/", stamp));
                    } else if (alreadyCompressed(path)) {
                        out.putNextEntry(stored(name, stamp, path));
                        Files.copy(path, out);
                    } else {
                        out.putNextEntry(entry(name, stamp));
                        Files.copy(path, out);
                    }
                    out.closeEntry();
                }
            }
        });
    }

    private static ZipEntry entry(String name, java.time.LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    /**
     * PDF/A files are compressed inside already: deflating them again costs most of the time of a large ZIP
     * and saves next to nothing, so they are stored, which needs their CRC before their bytes (one extra read).
     */
    private static boolean alreadyCompressed(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".zip") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    private static ZipEntry stored(String name, java.time.LocalDateTime time, Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        ZipEntry entry = entry(name, time);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCompressedSize(Files.size(file));
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static int byEntryName(Path a, Path b) {
        return org.earchive.core.SlashedPaths.of(a).compareTo(org.earchive.core.SlashedPaths.of(b));
    }
}
