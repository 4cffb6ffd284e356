package org.earchive.metadata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.Detection;

/**
 * What PREMIS records about one conversion: the source, the PDF/A made from it, what was done and by which
 * software.
 *
 * @param source          the input file
 * @param pdf             the PDF/A written
 * @param pdfaLevel       the level veraPDF confirmed, e.g. "PDF/A-2u"
 * @param validationProfile the veraPDF profile validated against, e.g. "PDF/A-2U validation profile"
 * @param compliant       veraPDF's verdict
 * @param fieldsExtracted how many metadata fields were read from the text (0 when there was none)
 * @param eventTime       when the events happened, with the +07:00 offset Vietnamese archives use
 * @param producer        earchive's name and version, e.g. "earchive 0.1.0"
 * @param engines         embedded engines by name to version (veraPDF, PDFBox, Tika, ...)
 * @param relations       the message an attachment is part of, the attachments a message has
 * @param signatures      the source's digital signatures, as verified when it arrived
 * @param processing      what was done to the content on its way to PDF/A besides converting it (OCR, a
 *                        straightened image stored, an old text layer removed), in order; see {@link ProcessingEvents}
 * @param legacyText      the source's pre-Unicode Vietnamese text read as Unicode, or null when it had none
 */
public record PreservationRecord(FileFacts source, FileFacts pdf, String pdfaLevel, String validationProfile,
                                 boolean compliant, int fieldsExtracted, OffsetDateTime eventTime, String producer,
                                 Map<String, String> engines, DocumentRelations relations, List<PdfSignature> signatures,
                                 List<Processing> processing, SourceText.LegacyText legacyText) {

    public PreservationRecord {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        processing = processing == null ? List.of() : List.copyOf(processing);
    }

    /**
     * One processing step as a PREMIS event.
     *
     * @param key      short and stable, for the event's identifier ("ocr", "deskew")
     * @param type     the event type, from the Library of Congress vocabulary ("modification", "compression")
     * @param detail   what was done, for a person
     * @param note     the outcome: which pages, with what
     * @param software the program that did it besides earchive ("Tesseract 5.3.0"), or null
     */
    public record Processing(String key, String type, String detail, String note, String software) {
    }

    /** A signed source, converted without steps of its own, with no legacy Vietnamese text. */
    public PreservationRecord(FileFacts source, FileFacts pdf, String pdfaLevel, String validationProfile,
                              boolean compliant, int fieldsExtracted, OffsetDateTime eventTime, String producer,
                              Map<String, String> engines, DocumentRelations relations, List<PdfSignature> signatures) {
        this(source, pdf, pdfaLevel, validationProfile, compliant, fieldsExtracted, eventTime, producer, engines,
                relations, signatures, List.of(), null);
    }

    /** An unsigned source. */
    public PreservationRecord(FileFacts source, FileFacts pdf, String pdfaLevel, String validationProfile,
                              boolean compliant, int fieldsExtracted, OffsetDateTime eventTime, String producer,
                              Map<String, String> engines, DocumentRelations relations) {
        this(source, pdf, pdfaLevel, validationProfile, compliant, fieldsExtracted, eventTime, producer, engines,
                relations, List.of());
    }

    /**
     * One file.
     *
     * @param name               its name as the archive knows it (relative path for the source, file name for the PDF)
     * @param sha256             hex
     * @param size               bytes
     * @param detection          media type, PRONOM id and format name
     * @param creatingApplication the application that made it, or null
     * @param created            when that application made it (ISO 8601), or null
     */
    public record FileFacts(String name, String sha256, long size, Detection detection, String creatingApplication,
                            String created) {
    }
}
