package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.BodyContentHandler;
import org.earchive.core.ConversionException;
import org.earchive.detect.Detection;
import org.earchive.detect.OfficeParsing;
import org.xml.sax.ContentHandler;

/**
 * The attachments of an e-mail (EML or MSG), each written as a file of its own so that it can go through the
 * pipeline like any input. Tika's mail parsers hand every attachment over unparsed; pictures the body shows
 * inline are part of the message's own page and are not attachments. Names are made safe and unique by
 * {@link AttachmentNames}, so nothing is ever written outside the folder given.
 */
public final class MailAttachments {

    /** Media types whose attachments are split out; what {@link OfficeToPdfaConverter} renders as a message. */
    public static final Set<String> MESSAGE_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook");
    /** A message with more is kept whole in its PDF/A-3 and its first attachments only are split out. */
    public static final int MAX_ATTACHMENTS = 500;

    /**
     * One attachment on disk.
     *
     * @param originalName the name the message gives it, as given (null when none)
     * @param file         where it was written; its file name is the safe, unique name
     */
    public record Attachment(String originalName, Path file) {
    }

    /** What was found: the attachments written, and how many more there were beyond {@link #MAX_ATTACHMENTS}. */
    public record Found(List<Attachment> attachments, int leftOut) {
        public Found {
            attachments = List.copyOf(attachments);
        }
    }

    private MailAttachments() {
    }

    public static boolean isMessage(Detection detection) {
        return MESSAGE_TYPES.contains(detection.mime());
    }

    /**
     * An attachment's name as the message gives it, for reports and the message's list of attachments: its
     * control and format characters (a bell, a right-to-left override) shown as {@code \\uXXXX} rather than acted on.
     */
    public static String visibleName(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return shown.toString();
    }

    /**
     * Whether an embedded file Tika hands over is an attachment: the MIME parser marks it so; Outlook's parser
     * marks nothing but gives it the MAPI attachment properties. Inline pictures of the body are not.
     */
    static boolean isAttachment(Metadata metadata) {
        String kind = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
        if (kind != null) {
            return TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.name().equals(kind);
        }
        return java.util.Arrays.stream(metadata.names()).anyMatch(name -> name.startsWith("mapi:attach:"));
    }

    /**
     * @param folder an empty folder the attachments are written into
     * @throws ConversionException when the message cannot be read (the same sentence the converter gives)
     */
    public static Found extract(Path message, Detection detection, Path folder) throws ConversionException, IOException {
        Writer writer = new Writer(folder);
        // the body's text is not needed here; the handler's limit keeps a huge body from filling memory
        ContentHandler ignoredBody = new BodyContentHandler(-1) {
            @Override
            public void characters(char[] ch, int start, int length) {
            }
        };
        OfficeParsing.parse(message, detection, ignoredBody, writer, new Metadata());
        if (writer.failure != null) {
            throw writer.failure;
        }
        return new Found(writer.written, writer.leftOut);
    }

    /** Receives the message's embedded files from Tika; writes the attachments, streaming, and ignores the rest. */
    private static final class Writer implements EmbeddedDocumentExtractor {
        private final Path folder;
        private final AttachmentNames names = new AttachmentNames();
        private final List<Attachment> written = new ArrayList<>();
        private int position;
        private int leftOut;
        private IOException failure;

        Writer(Path folder) {
            this.folder = folder;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            if (!isAttachment(metadata) || failure != null) {
                return;
            }
            position++;
            if (written.size() >= MAX_ATTACHMENTS) {
                leftOut++;
                return;
            }
            String original = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            Path file = folder.resolve(names.next(original, position));
            if (!folder.equals(file.getParent())) {
                throw new IllegalStateException("attachment name escaped its folder: " + file); // AttachmentNames' promise
            }
            try {
                Files.copy(stream, file);
                written.add(new Attachment(original, file));
            } catch (IOException e) {
                // the disk, not the message: Tika would swallow it, so it is kept and thrown after parsing
                failure = e;
            }
        }
    }
}
