package org.earchive.unpack;

import java.nio.file.Path;
import org.earchive.core.DocumentStatus;

/**
 * One file a container holds: taken out to a scratch file, or left inside with the reason.
 *
 * @param name      its path inside the container, decoded, as the container gives it ({@code a/b.docx})
 * @param safePath  the path it was (or would have been) written under, below the scratch folder: one safe segment
 *                  per folder, unique in the container ({@link MemberPaths}); forward slashes
 * @param file      where it was written, or null when it was not taken out
 * @param refusedAs why it was not taken out, as a status (a bomb is {@code corrupt}, a protected member
 *                  {@code encrypted}, a link {@code skipped}); null when it was
 * @param sentence  the sentence for that status, or for a member taken out, a warning about it (a name changed); may
 *                  be null
 */
public record Member(String name, String safePath, Path file, DocumentStatus refusedAs, String sentence) {

    static Member taken(String name, String safePath, Path file, String warning) {
        return new Member(name, safePath, file, null, warning);
    }

    static Member refused(String name, String safePath, DocumentStatus status, String sentence) {
        return new Member(name, safePath, null, status, sentence);
    }

    public boolean isTaken() {
        return file != null;
    }
}
