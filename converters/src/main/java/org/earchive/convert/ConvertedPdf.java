package org.earchive.convert;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.earchive.core.OcrWords;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.PdfaVerdict;

/**
 * What a converter wrote.
 *
 * @param documentClass "born-digital" or "scanned": what the source was, as the report tells it
 * @param level    the PDF/A level the file claims (validation decides whether it holds)
 * @param pages    number of pages written
 * @param warnings sentences for the report: things a person should know but that did not stop conversion
 * @param facts    short facts about the source worth reporting, e.g. {@code encoding=windows-1258}
 * @param unmet    requirements the user asked to enforce (e.g. {@code --tt05-strict}) that the output does not
 *                 meet, one sentence each: the pipeline reports such a PDF as not compliant, even when
 *                 veraPDF accepts it
 * @param verdict  veraPDF's verdict on exactly the bytes written, when the converter already asked for it
 *                 (to choose its route); null when the pipeline must validate
 * @param ocrWords the words OCR read, with Tesseract's confidence in each, for the metadata read from them;
 *                 {@link OcrWords#NONE} when nothing was recognised
 * @param firstPage the first page's image as the converter held it, sample for sample what the PDF stores (a scan's
 *                  page), for its thumbnail; null when the converter holds none or stored something else (lossy)
 */
public record ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings,
                           Map<String, String> facts, List<String> unmet, PdfaVerdict verdict, OcrWords ocrWords,
                           BufferedImage firstPage) {

    /**
     * Fact naming who signed the source, present when the conversion could not keep the source's digital
     * signatures: the pipeline then keeps the signed original beside the PDF/A, as evidence.
     */
    public static final String SIGNED_BY = "signed-by";

    public ConvertedPdf {
        warnings = List.copyOf(warnings);
        facts = Map.copyOf(facts);
        unmet = List.copyOf(unmet);
        ocrWords = ocrWords == null ? OcrWords.NONE : ocrWords;
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts,
                        List<String> unmet, PdfaVerdict verdict) {
        this(documentClass, level, pages, warnings, facts, unmet, verdict, OcrWords.NONE);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts,
                        List<String> unmet, PdfaVerdict verdict, OcrWords ocrWords) {
        this(documentClass, level, pages, warnings, facts, unmet, verdict, ocrWords, null);
    }

    /** The same conversion with the words its OCR read. */
    public ConvertedPdf withOcrWords(OcrWords words) {
        return new ConvertedPdf(documentClass, level, pages, warnings, facts, unmet, verdict, words, firstPage);
    }

    /** The same conversion with its first page's image in memory (see {@link #firstPage()}). */
    public ConvertedPdf withFirstPage(BufferedImage page) {
        return new ConvertedPdf(documentClass, level, pages, warnings, facts, unmet, verdict, ocrWords, page);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts) {
        this(documentClass, level, pages, warnings, facts, List.of(), null);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts,
                        List<String> unmet) {
        this(documentClass, level, pages, warnings, facts, unmet, null);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts,
                        PdfaVerdict verdict) {
        this(documentClass, level, pages, warnings, facts, List.of(), verdict);
    }
}
