package org.earchive.detect;

import org.earchive.core.LegacyEncodingChoice;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyOfficeText;
import org.earchive.formats.vietnamese.LegacyRuns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Office documents and e-mail, read by Tika's parsers: how much text they hold, how many pictures, the
 * page count their authoring program recorded, the language, and whether a password guards them. Embedded
 * files are counted, never parsed or run; macros are never executed (Tika does not execute anything).
 */
final class OfficeInspector {

    /** A document of page images may still carry a caption or a page number; body text is far longer. */
    private static final int STRAY_TEXT_CHARS = 40;
    /** Text kept for the language guess; the rest is only counted. */
    private static final int SAMPLE_CHARS = 20_000;

    private final LanguageGuesser languages;
    private final LegacyEncodingChoice legacy;

    OfficeInspector(LanguageGuesser languages, LegacyEncodingChoice legacy) {
        this.languages = languages;
        this.legacy = legacy;
    }

    void inspect(Path file, Detection detection, FileInspection into) throws ConversionException, IOException {
        TextCounter text = new TextCounter();
        ImageCounter images = new ImageCounter();
        Metadata metadata = new Metadata();
        try {
            OfficeParsing.parse(file, detection, text, images, metadata);
        } catch (ConversionException e) {
            if (e.status() == DocumentStatus.ENCRYPTED) {
                into.encryption(PdfEncryption.PASSWORD_REQUIRED);
            }
            throw e;
        }
        into.encryption(PdfEncryption.NONE)
                .documentClass(images.messages > 0 && text.characters == 0 && images.count == 0
                        ? DocumentClass.BORN_DIGITAL // a mailbox: its messages are embedded, and e-mail is born digital
                        : classOf(text.characters, images.count))
                .pages(pageCount(metadata))
                .language(languages.guess(text.sample));
        if (LegacyChoices.converts(legacy) && LegacyOfficeText.handles(detection.mime())) {
            try {
                LegacyRuns runs = LegacyOfficeText.find(file, detection.mime(), LegacyChoices.forced(legacy));
                if (runs != null) {
                    into.legacy(runs.encoding().id(), runs.evidence());
                }
            } catch (IOException | RuntimeException unreadable) {
                // Tika read it above; what its fonts say is a note, not a verdict
            }
        }
    }

    /** Nothing but pictures (a DOCX of scans) is a scan; no text and no picture is empty. */
    private static DocumentClass classOf(int characters, int images) {
        if (characters < STRAY_TEXT_CHARS && images > 0) {
            return DocumentClass.SCANNED;
        }
        return characters == 0 ? DocumentClass.EMPTY : DocumentClass.BORN_DIGITAL;
    }

    /** The count the authoring program saved (Word's, LibreOffice's), or slides for a presentation. */
    private static Integer pageCount(Metadata metadata) {
        for (var property : new org.apache.tika.metadata.Property[] {Office.PAGE_COUNT, PagedText.N_PAGES, Office.SLIDE_COUNT}) {
            Integer value = metadata.getInt(property);
            if (value != null && value > 0) {
                return value;
            }
        }
        return null;
    }

    /** Counts non-whitespace characters and keeps the first part for the language guess. */
    private static final class TextCounter extends DefaultHandler {
        int characters;
        final StringBuilder sample = new StringBuilder();

        @Override
        public void characters(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    characters++;
                }
            }
            if (sample.length() < SAMPLE_CHARS) {
                sample.append(ch, start, Math.min(length, SAMPLE_CHARS - sample.length()));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            sample.append(' ');
        }
    }

    /** Counts the pictures that are part of the document's content, without reading them; everything embedded is skipped unread. */
    private static final class ImageCounter implements EmbeddedDocumentExtractor {
        int count;
        int messages;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if ("message/rfc822".equals(type)) {
                messages++;
            }
            if (!isPartOfTheContent(metadata, name)) {
                return; // a preview thumbnail, an e-mail attachment, a macro or font: not the document's pages
            }
            if (isImage(type) || isImageName(name)) {
                count++;
            }
        }

        private static boolean isPartOfTheContent(Metadata metadata, String name) {
            String kind = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
            boolean inline = kind == null || TikaCoreProperties.EmbeddedResourceType.INLINE.name().equals(kind);
            return inline && (name == null || !name.toLowerCase(java.util.Locale.ROOT).contains("thumbnail"));
        }

        private static boolean isImage(String type) {
            return type != null && MediaType.parse(type) != null && "image".equals(MediaType.parse(type).getType());
        }

        private static boolean isImageName(String name) {
            return name != null && name.toLowerCase(java.util.Locale.ROOT)
                    .matches(".*\\.(png|jpe?g|gif|tiff?|bmp|emf|wmf|jp2)$");
        }
    }
}
