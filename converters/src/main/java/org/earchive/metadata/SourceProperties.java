package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.earchive.core.ConversionException;
import org.earchive.detect.Detection;
import org.earchive.detect.OfficeParsing;
import org.earchive.formats.StrictOoxml;
import org.earchive.metadata.FieldValue.Origin;
import org.xml.sax.SAXException;

/**
 * What a source file says about itself: Office core properties, PDF Info and XMP, EXIF, e-mail headers, as
 * Tika reads them. Title and author are kept as the file states them (often a template's leftovers, so they
 * never replace what the text says); the creating application and date go into PREMIS.
 */
public final class SourceProperties {

    /** Formats that carry properties worth reading; plain text and HTML carry none a clerk would trust. */
    private static final Set<String> WITH_PROPERTIES = Set.of("application/pdf", "image/jpeg", "image/tiff",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/rtf", "message/rfc822");
    /** The text itself is not needed here; stop reading it early. */
    private static final int TEXT_LIMIT = 1;

    /** @return the properties found; empty (never an exception) when the file has none or Tika cannot read it */
    public DocumentMetadata read(Path source, Detection detection) {
        return read(source, detection, null);
    }

    /** @param alreadyRead what Tika saw while reading the source's text, or null to have Tika read the file now */
    public DocumentMetadata read(Path source, Detection detection, Metadata alreadyRead) {
        DocumentMetadata properties = new DocumentMetadata();
        if (detection == null || !WITH_PROPERTIES.contains(detection.mime())) {
            return properties;
        }
        if (alreadyRead != null) {
            return from(alreadyRead, properties);
        }
        if (detection.isMime("image/tiff", "image/jpeg")) {
            try {
                Metadata image = ImageProperties.read(source);
                if (image != null) {
                    return from(image, properties);
                }
            } catch (IOException | TikaException | RuntimeException e) {
                return properties; // as Tika's route below gives none either
            }
        }
        Metadata metadata = readWithTika(source, detection);
        return metadata == null ? properties : from(metadata, properties);
    }

    /** Tika's own route for any format: its parser for what it detects, the text cut short. Null when it failed. */
    static Metadata readWithTika(Path source, Detection detection) {
        Metadata metadata = new Metadata();
        try {
            OfficeParsing.refuseUnsafeContainer(source, detection);
        } catch (ConversionException | IOException e) {
            return null; // a zip bomb or a damaged container: the converter says why
        }
        try (StrictOoxml.Readable readable = StrictOoxml.readable(source, detection.mime());
             InputStream in = Files.newInputStream(readable.path())) {
            ParseContext context = new ParseContext();
            // properties only: never OCR (Tika would run Tesseract on every image it is given)
            TesseractOCRConfig noOcr = new TesseractOCRConfig();
            noOcr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, noOcr);
            AutoDetectParser parser = org.earchive.detect.TikaDefaults.parser();
            context.set(org.apache.tika.parser.Parser.class, parser); // attachments are read as before, each through the zip guard
            context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new GuardedEmbeddedParsing(context));
            parser.parse(in, new WriteOutContentHandler(TEXT_LIMIT), metadata, context);
        } catch (SAXException e) {
            // the write limit stops the text early by design; the properties are read before the body
        } catch (IOException | TikaException | RuntimeException e) {
            return null;
        }
        return metadata;
    }

    static DocumentMetadata from(Metadata metadata, DocumentMetadata properties) {
        offer(properties, MetadataField.SOURCE_TITLE, metadata.get(TikaCoreProperties.TITLE));
        offer(properties, MetadataField.SOURCE_CREATOR, metadata.get(TikaCoreProperties.CREATOR));
        String created = first(metadata.get(TikaCoreProperties.CREATED), metadata.get(TIFF.ORIGINAL_DATE),
                metadata.get(Office.CREATION_DATE));
        offer(properties, MetadataField.SOURCE_CREATED, created);
        offer(properties, MetadataField.SOURCE_APPLICATION, first(metadata.get(TikaCoreProperties.CREATOR_TOOL),
                metadata.get("extended-properties:Application"), metadata.get("pdf:producer"),
                metadata.get(TIFF.SOFTWARE)));
        return properties;
    }

    private static void offer(DocumentMetadata properties, MetadataField field, String value) {
        if (value != null && !value.isBlank() && value.length() <= field.maxLength()) {
            properties.offer(field, value, 1.0, Origin.SOURCE_PROPERTIES);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
