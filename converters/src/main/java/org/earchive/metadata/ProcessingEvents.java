package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps a conversion took that change what the record holds, read from the converter's report facts and
 * told as PREMIS events: an archive must be able to see that a page image is not the scanner's (it was
 * straightened, or redrawn), that an old text layer was taken away, and that the searchable text is a
 * machine's reading. Event types are the Library of Congress preservation vocabulary's
 * (id.loc.gov/vocabulary/preservation/eventType): "modification" for a change to the content, "compression"
 * for image data re-encoded with loss.
 */
public final class ProcessingEvents {

    /** Facts the converters write (see ImageToPdfaConverter, PdfToPdfaConverter); named here to read them back. */
    static final String STORED_STRAIGHTENED = "storedStraightened";
    static final String TEXT_LAYER_REMOVED = "textLayerRemoved";
    static final String RASTERISED = "rasterised";
    static final String OCR = "ocr";
    static final String SEARCHABLE = "searchable";
    static final String READ_STRAIGHTENED = "readStraightened";
    static final String OCR_CONFIDENCE = "ocrConfidence";
    static final String LOSSY_IMAGES = "lossyImages";
    static final String TABLES_TURNED = "tablesTurned";
    static final String SIGNATURE_KEPT = "signatureKept";
    static final String SIGNED_REVISION_BYTES = "signedRevisionBytes";
    static final String EMBEDDED_ORIGINAL = "embeddedOriginal";
    static final String PDF_UA = "pdfUa";

    /**
     * The event type of a check of the PDF rather than a change to it: told beside veraPDF's PDF/A verdict, by
     * veraPDF, the record's own agent.
     */
    static final String VALIDATION = "validation";

    private ProcessingEvents() {
    }

    public static List<PreservationRecord.Processing> from(Map<String, String> facts) {
        List<PreservationRecord.Processing> events = new ArrayList<>();
        if (facts == null) {
            return events;
        }
        if (facts.containsKey(STORED_STRAIGHTENED)) {
            events.add(new PreservationRecord.Processing("deskew", "modification",
                    "page images turned level before they were stored (--deskew): the stored image is not the"
                            + " scanner's; turned about the page's centre, kept losslessly",
                    "pages turned (clockwise, as they lay): " + facts.get(STORED_STRAIGHTENED), null));
        }
        if (facts.containsKey(RASTERISED)) {
            events.add(new PreservationRecord.Processing("rasterise", "modification",
                    "pages with text redrawn as images for OCR (--ocr force): their own text is replaced by OCR's",
                    facts.get(RASTERISED), null));
        }
        if (facts.containsKey(TEXT_LAYER_REMOVED)) {
            events.add(new PreservationRecord.Processing("remove-text-layer", "modification",
                    "an earlier invisible OCR text layer removed before the pages were read again (--ocr redo)",
                    facts.get(TEXT_LAYER_REMOVED), null));
        }
        String ocr = facts.get(OCR);
        String searchable = facts.get(SEARCHABLE);
        if (ocr != null && !"none".equals(ocr) && searchable != null && !"no".equals(searchable)) {
            StringBuilder note = new StringBuilder("searchable: ").append(searchable);
            if (facts.containsKey(READ_STRAIGHTENED)) {
                note.append("; read from a straightened copy, image stored as scanned: ").append(facts.get(READ_STRAIGHTENED));
            }
            if (facts.containsKey(OCR_CONFIDENCE)) {
                note.append("; mean word confidence: ").append(facts.get(OCR_CONFIDENCE));
            }
            events.add(new PreservationRecord.Processing("ocr", "modification",
                    "invisible text layer added by optical character recognition (" + ocr + ")", note.toString(),
                    software(ocr)));
        }
        if (facts.containsKey(SIGNATURE_KEPT)) {
            // an auditor can cut the signed original out of the PDF/A and verify its signatures years later
            events.add(new PreservationRecord.Processing("append-to-signed", "modification",
                    "what PDF/A needs appended after the signed bytes as an incremental update: the signatures are"
                            + " kept, and verify as they did on arrival",
                    "signed by " + facts.get(SIGNATURE_KEPT) + "; bytes 0 to " + facts.get(SIGNED_REVISION_BYTES)
                            + " (exclusive) of the PDF/A are the source file, byte for byte", null));
        }
        if (facts.containsKey(EMBEDDED_ORIGINAL)) {
            // the source travels inside its PDF/A-3: an archive can take it out and check it against this record
            events.add(new PreservationRecord.Processing("embed-original", "packing",
                    "the source file embedded in the PDF/A-3 as its associated file (AFRelationship Source), byte for"
                            + " byte, with its media type, date and MD5 checksum",
                    "embedded as " + facts.get(EMBEDDED_ORIGINAL) + "; its SHA-256 is this record's source fixity", null));
        }
        if (facts.containsKey(LOSSY_IMAGES)) {
            events.add(new PreservationRecord.Processing("lossy", "compression",
                    "page images re-encoded with loss to save space (--optimize 2): they are not the scanner's pixels",
                    facts.get(LOSSY_IMAGES), null));
        }
        if (facts.containsKey(PDF_UA)) {
            // written only when veraPDF's PDF/UA-1 profile passed the file (RequestedLevelStep)
            events.add(new PreservationRecord.Processing("validate-ua", VALIDATION,
                    "veraPDF, " + facts.get(PDF_UA) + " validation profile (accessibility: tags, alternative text,"
                            + " language, title)", "compliant with " + facts.get(PDF_UA), null));
        }
        if (facts.containsKey(TABLES_TURNED)) {
            events.add(new PreservationRecord.Processing("landscape-tables", "modification",
                    "tables wider than their portrait page put on landscape pages of their own before layout, in a"
                            + " copy (the original is unchanged): otherwise their last columns are cut off at the paper's edge",
                    facts.get(TABLES_TURNED), null));
        }
        return events;
    }

    /** "tesseract 5.3.0, vie+eng" to "tesseract 5.3.0". */
    private static String software(String ocr) {
        int comma = ocr.indexOf(',');
        return (comma < 0 ? ocr : ocr.substring(0, comma)).strip();
    }
}
