package org.earchive.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZMethodConfiguration;
import org.apache.commons.compress.PasswordRequiredException;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;

/**
 * A 7z archive, through Commons Compress (LZMA/LZMA2 from XZ for Java; AES-256 with the run's {@code --password}).
 * Members are read in order from solid blocks, so their expansion is judged against the whole archive, and one
 * cut short at a limit stops the archive there. A protected archive without the password, or with a wrong one, is
 * {@code encrypted}.
 */
final class SevenZipUnpacker implements Unpacker {

    static final String WHAT = "7z archive";

    @Override
    public Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        long size = Files.size(container);
        MemberWriter writer = new MemberWriter(into, budget, WHAT);
        SevenZFile.Builder builder = SevenZFile.builder().setPath(container);
        if (password != null && !password.isEmpty()) {
            builder.setPassword(password.toCharArray());
        }
        boolean protectedContent = false;
        try (SevenZFile archive = builder.get()) {
            for (SevenZArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                if (entry.isDirectory() || !entry.hasStream()) {
                    continue;
                }
                protectedContent |= isProtected(entry);
                if (!writer.nextMember()) {
                    break;
                }
                if (entry.isAntiItem()) {
                    continue;
                }
                InputStream in = archive.getInputStream(entry);
                if (writer.write(entry.getName(), in, -1, entry.getSize(), size) == MemberWriter.Outcome.CUT) {
                    writer.stop("a member was cut short at a limit, and the members after it lie beyond its bytes");
                    break;
                }
            }
        } catch (MemberWriter.OutputFailure disk) {
            throw disk;
        } catch (PasswordRequiredException e) {
            throw encrypted(password);
        } catch (IOException e) {
            if (protectedContent && password != null && !password.isEmpty()) {
                throw encrypted(password); // a wrong password gives data that fails its checksum
            }
            throw new ConversionException(DocumentStatus.CORRUPT, "The 7z archive is damaged or cut short ("
                    + e.getMessage() + ").", e);
        }
        return writer.result();
    }

    private static boolean isProtected(SevenZArchiveEntry entry) {
        for (SevenZMethodConfiguration method : entry.getContentMethods()) {
            if (method.getMethod() == SevenZMethod.AES256SHA256) {
                return true;
            }
        }
        return false;
    }

    private static ConversionException encrypted(String password) {
        return new ConversionException(DocumentStatus.ENCRYPTED, password == null || password.isEmpty()
                ? "The 7z archive is protected by a password: give it with --password to unpack it."
                : "The 7z archive is protected by a password, and the one given (--password) does not open it.");
    }
}
