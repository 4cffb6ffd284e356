package org.earchive.pipeline;

import org.earchive.core.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.office.MailAttachments;
import org.earchive.detect.Detection;
import org.earchive.core.Fixity;
import org.earchive.metadata.DocumentRelations;
import org.earchive.unpack.Containers;
import org.earchive.unpack.Member;
import org.earchive.unpack.UnpackBudget;
import org.earchive.unpack.Unpacked;

/**
 * The parts of a document, taken out into a scratch folder, each a {@link SourceDocument} of its own that the
 * pipeline converts like any input: an e-mail's attachments, placed in the message's
 * {@link OutputLayout#attachmentFolder} and named in reports {@code mail/thu.eml#bao-cao.docx}; or a container's
 * members (an archive's files, a mailbox's messages), placed in its {@link OutputLayout#containerFolder} and named
 * {@code hoso-2019.zip#a/b.docx}. A member the container's reader refused (a bomb, a name that climbs out, a
 * protected member) is a part too, with no file and its status. Closing removes the scratch folder.
 */
final class DocumentParts implements AutoCloseable {

    /** Facts a part's result carries: the document it came out of, and the name that document gave it. */
    static final String PART_OF = "part-of";
    static final String ATTACHMENT_NAME = "attachment-name";
    static final String MEMBER_NAME = "member-name";

    /**
     * One attachment or member.
     *
     * @param document     the part as a document to convert (for a refused member, a document with no file)
     * @param sha256       its content's SHA-256 (null for a refused member)
     * @param originalName the name the message or container gave it (null when none)
     * @param refusedAs    for a member the reader refused, its status; else null
     * @param sentence     that status's sentence, or a warning about a part taken out (its name changed); may be null
     */
    record Part(SourceDocument document, String sha256, String originalName, DocumentStatus refusedAs, String sentence) {
        DocumentRelations.Related related() {
            return new DocumentRelations.Related(document.displayPath(), sha256);
        }
    }

    private final Path scratch;
    private final List<Part> parts;
    private final OutputLayout layout;
    private final int leftOut;
    private final DocumentRelations.Whole whole;
    private final String stoppedBy;

    private DocumentParts(Path scratch, List<Part> parts, OutputLayout layout, int leftOut, DocumentRelations.Whole whole,
                          String stoppedBy) {
        this.scratch = scratch;
        this.parts = List.copyOf(parts);
        this.layout = layout;
        this.leftOut = leftOut;
        this.whole = whole;
        this.stoppedBy = stoppedBy;
    }

    /**
     * @param message   the e-mail, already converted
     * @param layout    where the message's own outputs went
     * @throws ConversionException when the message cannot be read for its attachments
     */
    static DocumentParts unpack(SourceDocument message, Detection detection, OutputLayout layout)
            throws ConversionException, IOException {
        Path scratch = newScratch(layout);
        try {
            MailAttachments.Found found = MailAttachments.extract(message.path(), detection, scratch);
            // an attachment's PDF takes the message's date, as an input's takes its own file's
            FileTime modified = Files.getLastModifiedTime(message.path());
            Path folder = layout.attachmentFolder(message);
            List<SourceDocument> documents = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            for (MailAttachments.Attachment attachment : found.attachments()) {
                Files.setLastModifiedTime(attachment.file(), modified);
                String name = attachment.file().getFileName().toString();
                SourceDocument document = SourceDocument.part(attachment.file(), folder.resolve(name),
                        message.displayPath() + "#" + name);
                documents.add(document);
                parts.add(new Part(document, Fixity.sha256(attachment.file()), attachment.originalName(), null, null));
            }
            return new DocumentParts(scratch, parts, layout.forParts(documents), found.leftOut(),
                    DocumentRelations.Whole.MESSAGE, null);
        } catch (ConversionException | IOException | RuntimeException e) {
            Folders.delete(scratch);
            throw e;
        }
    }

    /**
     * @param container an archive or a mailbox, triaged
     * @param layout    where the container's outputs would go
     * @throws ConversionException when the container as a whole cannot be opened
     */
    static DocumentParts unpackContainer(SourceDocument container, Detection detection, OutputLayout layout,
                                         UnpackBudget budget, String password) throws ConversionException, IOException {
        Path scratch = newScratch(layout);
        try {
            Path into = Files.createDirectories(scratch.resolve("members"));
            Unpacked unpacked = Containers.unpack(container.path(), detection, into, budget, password);
            // a member's PDF takes the container's date, as an attachment takes its message's
            FileTime modified = Files.getLastModifiedTime(container.path());
            Path folder = layout.containerFolder(container);
            List<SourceDocument> documents = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            for (Member member : unpacked.members()) {
                Path relative = folder.resolve(member.safePath());
                String label = container.displayPath() + "#" + member.safePath();
                if (member.isTaken()) {
                    Files.setLastModifiedTime(member.file(), modified);
                    SourceDocument document = SourceDocument.part(member.file(), relative, label);
                    documents.add(document);
                    parts.add(new Part(document, Fixity.sha256(member.file()), member.name(), null, member.sentence()));
                } else {
                    parts.add(new Part(SourceDocument.part(into.resolve("-"), relative, label), null, member.name(),
                            member.refusedAs(), member.sentence()));
                }
            }
            return new DocumentParts(scratch, parts, layout.forParts(documents), 0, Containers.isMailbox(detection.mime())
                    ? DocumentRelations.Whole.MAILBOX : DocumentRelations.Whole.ARCHIVE, unpacked.stoppedBy());
        } catch (ConversionException | IOException | RuntimeException e) {
            Folders.delete(scratch);
            throw e;
        }
    }

    private static Path newScratch(OutputLayout layout) throws IOException {
        Path scratch = layout.stateFolder().resolve("tmp").resolve("parts-" + UUID.randomUUID());
        Files.createDirectories(scratch);
        return scratch;
    }

    List<Part> parts() {
        return parts;
    }

    /** Where the parts' outputs go. */
    OutputLayout layout() {
        return layout;
    }

    /** Every part taken out (a refused member has no bytes to identify it by). */
    List<DocumentRelations.Related> related() {
        return parts.stream().filter(part -> part.sha256() != null).map(Part::related).toList();
    }

    /** How many attachments beyond {@link MailAttachments#MAX_ATTACHMENTS} were left inside the message. */
    int leftOut() {
        return leftOut;
    }

    /** What the parts came out of. */
    DocumentRelations.Whole whole() {
        return whole;
    }

    /** Why a container was not read to its end (a limit), or null. */
    String stoppedBy() {
        return stoppedBy;
    }

    @Override
    public void close() throws IOException {
        Folders.delete(scratch);
    }

}
