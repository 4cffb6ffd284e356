package org.earchive.unpack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;

/**
 * A TAR archive, plain or compressed (gzip, bzip2, xz: {@code .tar.gz}, {@code .tgz}, ...), and a single compressed
 * file that is not a TAR ({@code so-lieu.csv.gz}, one member named after the file without its {@code .gz}). Read as
 * one stream: a member cut short at a limit stops the archive there, since the next member lies beyond its bytes.
 * Names are UTF-8 (what GNU tar and PAX headers write). Links and special files are not documents: listed as
 * {@code skipped}.
 */
final class TarUnpacker implements Unpacker {

    private final boolean compressed;

    /** @param compressed whether the file is a compressed stream (gzip, bzip2, xz) rather than a bare TAR */
    TarUnpacker(boolean compressed) {
        this.compressed = compressed;
    }

    @Override
    public Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        long size = Files.size(container);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(container));
             InputStream stream = new BufferedInputStream(compressed ? decompress(file) : file)) {
            stream.mark(1024);
            byte[] head = stream.readNBytes(512);
            stream.reset();
            if (compressed && !TarArchiveInputStream.matches(head, head.length)) {
                return single(container, stream, into, budget, size);
            }
            return tar(stream, into, budget, size);
        } catch (MemberWriter.OutputFailure disk) {
            throw disk;
        } catch (IOException e) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The " + (compressed ? "compressed " : "")
                    + "archive is damaged or cut short (" + e.getMessage() + ").", e);
        }
    }

    private static InputStream decompress(InputStream file) throws ConversionException {
        try {
            // decompressConcatenated: a gzip written in pieces (gzip a >> b.gz) is read to its end
            return new CompressorStreamFactory(true).createCompressorInputStream(file);
        } catch (CompressorException e) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The compressed file cannot be read ("
                    + e.getMessage() + ").", e);
        }
    }

    private static Unpacked tar(InputStream stream, Path into, UnpackBudget budget, long size) throws IOException {
        MemberWriter writer = new MemberWriter(into, budget, "TAR archive");
        TarArchiveInputStream tar = new TarArchiveInputStream(stream, "UTF-8");
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            if (entry.isDirectory()) {
                continue;
            }
            if (!writer.nextMember()) {
                break;
            }
            if (!entry.isFile()) {
                writer.refuse(entry.getName(), DocumentStatus.SKIPPED, entry.isSymbolicLink() || entry.isLink()
                        ? "A link inside the TAR archive (to " + entry.getLinkName() + "), not a document."
                        : "A special file inside the TAR archive (a device or a pipe), not a document.");
                continue;
            }
            if (writer.write(entry.getName(), tar, -1, entry.getSize(), size) == MemberWriter.Outcome.CUT) {
                writer.stop("a member was cut short at a limit, and the members after it lie beyond its bytes");
                break;
            }
        }
        return writer.result();
    }

    /** A compressed file of one document: its name is the file's without the compression's extension. */
    private static Unpacked single(Path container, InputStream stream, Path into, UnpackBudget budget, long size)
            throws IOException {
        MemberWriter writer = new MemberWriter(into, budget, "compressed file");
        String name = container.getFileName().toString();
        String inner = name.replaceFirst("(?i)\\.(gz|gzip|bz2|xz)$", "");
        if (inner.equals(name) || inner.isEmpty()) {
            inner = name + ".out";
        }
        if (writer.nextMember()) {
            writer.write(inner, stream, -1, -1, size);
        }
        return writer.result();
    }
}
