package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.earchive.core.ConversionException;
import org.earchive.convert.office.MailAttachments;
import org.earchive.detect.Detection;
import org.earchive.core.Fixity;
import org.earchive.metadata.DocumentRelations;

/**
 * An e-mail's attachments, taken out of the message into a scratch folder, each a {@link SourceDocument} of its
 * own that the pipeline converts like any input: placed in the message's {@link OutputLayout#attachmentFolder},
 * named in reports {@code mail/thu.eml#bao-cao.docx}. Closing removes the scratch folder.
 */
final class MessageParts implements AutoCloseable {

    /** Facts a part's result carries: the message it came with, and the name the message gave it. */
    static final String PART_OF = "part-of";
    static final String ATTACHMENT_NAME = "attachment-name";

    /**
     * One attachment.
     *
     * @param document     the attachment as a document to convert
     * @param sha256       its content's SHA-256
     * @param originalName the name the message gave it (null when none)
     */
    record Part(SourceDocument document, String sha256, String originalName) {
        DocumentRelations.Related related() {
            return new DocumentRelations.Related(document.displayPath(), sha256);
        }
    }

    private final Path scratch;
    private final List<Part> parts;
    private final OutputLayout layout;
    private final int leftOut;

    private MessageParts(Path scratch, List<Part> parts, OutputLayout layout, int leftOut) {
        this.scratch = scratch;
        this.parts = List.copyOf(parts);
        this.layout = layout;
        this.leftOut = leftOut;
    }

    /**
     * @param message   the e-mail, already converted
     * @param layout    where the message's own outputs went
     * @throws ConversionException when the message cannot be read for its attachments
     */
    static MessageParts unpack(SourceDocument message, Detection detection, OutputLayout layout)
            throws ConversionException, IOException {
        Path scratch = layout.stateFolder().resolve("tmp").resolve("parts-" + UUID.randomUUID());
        Files.createDirectories(scratch);
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
                parts.add(new Part(document, Fixity.sha256(attachment.file()), attachment.originalName()));
            }
            return new MessageParts(scratch, parts, layout.forParts(documents), found.leftOut());
        } catch (ConversionException | IOException | RuntimeException e) {
            delete(scratch);
            throw e;
        }
    }

    List<Part> parts() {
        return parts;
    }

    /** Where the parts' outputs go. */
    OutputLayout layout() {
        return layout;
    }

    List<DocumentRelations.Related> related() {
        return parts.stream().map(Part::related).toList();
    }

    /** How many attachments beyond {@link MailAttachments#MAX_ATTACHMENTS} were left inside the message. */
    int leftOut() {
        return leftOut;
    }

    @Override
    public void close() throws IOException {
        delete(scratch);
    }

    /** A folder and everything in it; also what {@link BatchRunner} uses on the scratch a killed run left. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
