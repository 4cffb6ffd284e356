package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.StrictOoxml;
import org.earchive.formats.XmlPartsCheck;
import org.earchive.formats.ZipBombGuard;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads an office document or e-mail with Tika's parsers, for detect and for the office converter alike, and
 * turns everything that can go wrong into a status and a sentence a clerk understands: a password, rights
 * management, a truncated zip, a zip bomb, an XML that tries to read other files (XXE), a format variant the
 * parsers do not know. Embedded files go to the caller's extractor and are never parsed; nothing is run;
 * Tika's own OCR is off (earchive runs Tesseract itself, where it decides to).
 */
public final class OfficeParsing {

    /** Office documents and e-mail: what Tika's parsers read that is neither PDF, image, nor text. */
    public static final Set<String> MIME_TYPES = Set.of(
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/rtf",
            "message/rfc822",
            "application/mbox",
            "application/vnd.ms-outlook");

    private static final int MAX_CAUSE_CHARS = 160;

    private OfficeParsing() {
    }

    /**
     * @param handler   receives the document as XHTML SAX events
     * @param embedded  receives every embedded file (pictures, attachments) unparsed
     * @param metadata  filled with the document's properties
     */
    public static void parse(Path file, Detection detection, ContentHandler handler, EmbeddedDocumentExtractor embedded,
                             Metadata metadata) throws ConversionException, IOException {
        parse(file, detection, handler, embedded, metadata, "");
    }

    /** @param password tried on a document that needs one ("" for none) */
    public static void parse(Path file, Detection detection, ContentHandler handler, EmbeddedDocumentExtractor embedded,
                             Metadata metadata, String password) throws ConversionException, IOException {
        parse(file, detection, handler, embedded, metadata, password, false);
    }

    /**
     * @param deletedText whether a Word 97-2003 file's tracked deletions are read too, as text among the rest: Tika
     *                    leaves them out unless asked, while LibreOffice prints them (struck through)
     */
    public static void parse(Path file, Detection detection, ContentHandler handler, EmbeddedDocumentExtractor embedded,
                             Metadata metadata, String password, boolean deletedText) throws ConversionException, IOException {
        refuseUnsafeContainer(file, detection);
        ParseContext context = new ParseContext();
        if (deletedText) {
            OfficeParserConfig office = new OfficeParserConfig();
            office.setIncludeDeletedContent(true);
            office.setIncludeMoveFromContent(true);
            context.set(OfficeParserConfig.class, office);
        }
        if (password != null && !password.isEmpty()) {
            context.set(org.apache.tika.parser.PasswordProvider.class, ignored -> password);
        }
        context.set(EmbeddedDocumentExtractor.class, embedded);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        Parser parser = TikaDefaults.parser();
        context.set(Parser.class, parser);
        if (metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString()); // not a copy's name
        }
        // a Strict OOXML document is read from its Transitional copy: POI refuses Strict's namespaces
        try (StrictOoxml.Readable readable = StrictOoxml.readable(file, detection.mime());
             InputStream in = TikaInputStream.get(readable.path(), metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ConversionException(DocumentStatus.ENCRYPTED, password == null || password.isEmpty()
                    ? "The document is protected by a password: it cannot be opened without it."
                    : "The document is protected by a password, and the password given does not open it.", e);
        } catch (ZeroByteFileException e) {
            throw new ConversionException(DocumentStatus.EMPTY_FILE, "The file is empty (0 bytes).", e);
        } catch (TikaException | SAXException | RuntimeException e) {
            throw failure(e, detection);
        }
    }

    private static ConversionException failure(Exception e, Detection detection) {
        String cause = rootMessage(e);
        if (cause.contains("DOCTYPE is disallowed")) {
            return new ConversionException(DocumentStatus.CORRUPT, "The document's XML declares a DOCTYPE, which"
                    + " earchive refuses: it is how hostile files read other files on the computer (XXE).", e);
        }
        if (cause.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return new ConversionException(DocumentStatus.CORRUPT, "The file inflates to far more data than it"
                    + " holds (a \"zip bomb\"); earchive stopped reading it (" + cause + ").", e);
        }
        if (e instanceof UnsupportedFormatException || cause.contains("currently supported")) {
            return new ConversionException(DocumentStatus.UNSUPPORTED, "This variant of " + detection.formatName()
                    + " cannot be read by earchive's parsers (" + cause + ").", e);
        }
        // the parser's message ("Unsupported blocksize (2^-10)") is kept as the cause, not shown to a clerk
        return new ConversionException(DocumentStatus.CORRUPT, "The " + detection.formatName()
                + " file is damaged and cannot be read: its inner structure is broken, as when a file is cut short or"
                + " partly overwritten. If the program that made it still opens it, save a new copy and convert that.", e);
    }

    /**
     * OOXML and ODF are zip files. Before any parser reads one (here, or for the metadata: every caller of a
     * Tika parser on an office file calls this first), {@link ZipBombGuard} refuses a zip bomb (the
     * parsers would run out of memory or time) and a damaged directory: Tika's streaming reader tolerates a zip
     * cut short and reads what is there, so a truncated document would pass as whole.
     */
    public static void refuseUnsafeContainer(Path file, Detection detection) throws ConversionException, IOException {
        if (!isZipContainer(detection.mime())) {
            return;
        }
        ZipBombGuard.Refusal refusal = ZipBombGuard.check(file, readWholeInMemory(detection.mime())
                ? ZipBombGuard.Limits.IN_MEMORY_DOCUMENT : ZipBombGuard.Limits.DOCUMENT);
        if (refusal != null) {
            throw new ConversionException(DocumentStatus.CORRUPT, switch (refusal.kind()) {
                case BOMB -> "The " + detection.formatName() + " file is refused as a \"zip bomb\" (a small file that"
                        + " expands to far more data than any real document): " + refusal.sentence()
                        + "; earchive let no program open it.";
                case TOO_LARGE -> "The " + detection.formatName() + " file is too large to open safely: "
                        + refusal.sentence() + "; earchive let no program open it.";
                case DAMAGED -> "The " + detection.formatName() + " file is truncated or damaged: " + refusal.sentence() + ".";
            });
        }
        String withDoctype = XmlPartsCheck.partWithDoctype(file);
        if (withDoctype != null) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The document's XML (" + withDoctype + ") declares"
                    + " entities or an outside DTD in a DOCTYPE, which earchive refuses: it is how hostile files read other"
                    + " files on the computer (XXE) or swell to gigabytes; no program was let open it.");
        }
        String tooDeep = XmlPartsCheck.partNestedTooDeep(file);
        if (tooDeep != null) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The document's XML (" + tooDeep.substring(0, tooDeep.lastIndexOf(' '))
                    + ") nests its elements more than " + XmlPartsCheck.MAX_DEPTH + " deep, where real documents stay under a"
                    + " hundred: it is damaged or made to crash the programs that read it; no program was let open it.");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new ConversionException(DocumentStatus.CORRUPT, "The " + detection.formatName() + " file is an empty zip archive.");
            }
        }
    }

    /** DOCX and PPTX (with their macro-enabled twins), which POI reads into an in-memory model. */
    private static boolean readWholeInMemory(String mime) {
        return mime.contains("wordprocessingml") || mime.contains("presentationml")
                || mime.startsWith("application/vnd.ms-word.") || mime.startsWith("application/vnd.ms-powerpoint.");
    }

    private static boolean isZipContainer(String mime) {
        return StrictOoxml.isOoxmlType(mime) || mime.startsWith("application/vnd.oasis.opendocument.");
    }

    /** The innermost cause, on one line and short: parser messages can run to paragraphs of advice. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > MAX_CAUSE_CHARS ? message.substring(0, MAX_CAUSE_CHARS) + "…" : message;
    }
}
