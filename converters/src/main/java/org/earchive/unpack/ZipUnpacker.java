package org.earchive.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;

/**
 * A ZIP archive, ZIP64 included, read through its central directory with Apache Commons Compress. Names flagged
 * UTF-8, or carrying Info-ZIP's Unicode path field, are read as such; the others in the character set
 * {@link ZipNameCharset} finds for the archive. Entries are read in the directory's order, each bounded by
 * {@link MemberWriter}: a bomb entry is refused and the next one read. Commons Compress does not decrypt ZIP
 * entries (neither ZipCrypto nor WinZip AES), so a protected member is {@code encrypted} with a sentence.
 */
final class ZipUnpacker implements Unpacker {

    static final String WHAT = "ZIP archive";

    @Override
    public Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        MemberWriter writer = new MemberWriter(into, budget, WHAT);
        long size = Files.size(container);
        try (ZipFile zip = ZipFile.builder().setPath(container).setUseUnicodeExtraFields(true).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            Charset charset = ZipNameCharset.decide(entries.stream().filter(ZipUnpacker::nameUnmarked)
                    .map(ZipArchiveEntry::getRawName).toList());
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || entry.isUnixSymlink()) {
                    if (entry.isUnixSymlink() && writer.nextMember()) {
                        writer.refuse(name(entry, charset), DocumentStatus.SKIPPED, "A link inside the ZIP archive,"
                                + " not a document; the file it points to is converted where it is in the archive.");
                    }
                    continue;
                }
                if (!writer.nextMember()) {
                    break;
                }
                String name = name(entry, charset);
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    writer.refuse(name, DocumentStatus.ENCRYPTED, "The member is protected by a password inside the ZIP"
                            + " archive; earchive cannot open password-protected ZIP members (--password works for 7z"
                            + " archives): unpack it with 7-Zip and convert the folder.");
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    writer.refuse(name, DocumentStatus.UNSUPPORTED, "The member is compressed with a method earchive"
                            + " cannot read (" + entry.getMethod() + "); unpack it with 7-Zip and convert the folder.");
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    writer.write(name, in, entry.getCompressedSize(), entry.getSize(), size);
                } catch (MemberWriter.OutputFailure disk) {
                    throw disk;
                } catch (IOException | RuntimeException damaged) {
                    writer.refuse(name, DocumentStatus.CORRUPT, "The member cannot be read from the ZIP archive ("
                            + damaged.getMessage() + "): the archive is damaged there.");
                }
                if (!writer.budgetLeft()) {
                    writer.stop("its members expand to more than earchive takes out of one input");
                    break;
                }
            }
        } catch (MemberWriter.OutputFailure disk) {
            throw disk;
        } catch (IOException e) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The ZIP archive is damaged or cut short: its"
                    + " directory cannot be read (" + e.getMessage() + ").", e);
        }
        return writer.result();
    }

    private static boolean nameUnmarked(ZipArchiveEntry entry) {
        return entry.getNameSource() == ZipArchiveEntry.NameSource.NAME;
    }

    private static String name(ZipArchiveEntry entry, Charset charset) {
        return nameUnmarked(entry) ? ZipNameCharset.decode(entry.getRawName(), charset) : entry.getName();
    }
}
