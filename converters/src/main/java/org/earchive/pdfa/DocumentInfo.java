package org.earchive.pdfa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What earchive writes into a PDF/A's Info dictionary and XMP (which PDF/A requires to agree).
 *
 * @param title    dc:title / Title; never empty (the source file name when the document has no title)
 * @param author   dc:creator / Author, or null
 * @param subject  dc:description / Subject, or null
 * @param created  xmp:CreateDate / CreationDate: SOURCE_DATE_EPOCH when set, else the source's modification
 *                 time, so converting the same file twice gives the same bytes
 * @param sourceSha256 the source file's SHA-256 (hex); the PDF's document ID is derived from it
 * @param issued   dc:date: the date the document was issued (ngày ban hành), or null
 * @param language dc:language (ISO 639-1, "vi"), or null
 * @param identifier dc:identifier: the document's number and symbol as printed ("125/QĐ-UBND"), or null
 * @param archival TT 05 element name to value, written under earchive's XMP namespace with its PDF/A
 *                 extension schema; empty for none
 */
public record DocumentInfo(String title, String author, String subject, Instant created, String sourceSha256,
                           LocalDate issued, String language, String identifier, Map<String, String> archival) {

    public DocumentInfo {
        archival = archival == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(archival));
    }

    public DocumentInfo(String title, String author, String subject, Instant created, String sourceSha256) {
        this(title, author, subject, created, sourceSha256, null, null, null, Map.of());
    }

    /** The same, with another title (e.g. an HTML document's own). */
    public DocumentInfo withTitle(String newTitle) {
        return new DocumentInfo(newTitle, author, subject, created, sourceSha256, issued, language, identifier, archival);
    }
}
