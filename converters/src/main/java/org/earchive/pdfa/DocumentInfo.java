package org.earchive.pdfa;

import java.time.Instant;

/**
 * What earchive writes into a PDF/A's Info dictionary and XMP (which PDF/A requires to agree).
 *
 * @param title    dc:title / Title; never empty (the source file name when the document has no title)
 * @param author   dc:creator / Author, or null
 * @param subject  dc:description / Subject, or null
 * @param created  xmp:CreateDate / CreationDate: SOURCE_DATE_EPOCH when set, else the source's modification
 *                 time, so converting the same file twice gives the same bytes
 * @param sourceSha256 the source file's SHA-256 (hex); the PDF's document ID is derived from it
 */
public record DocumentInfo(String title, String author, String subject, Instant created, String sourceSha256) {
}
