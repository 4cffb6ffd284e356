package org.earchive.convert;

import java.util.List;
import java.util.Map;
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
 * @param verdict  veraPDF's verdict on exactly the bytes written, when the converter already asked for it
 *                 (to choose its route); null when the pipeline must validate
 */
public record ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings,
                           Map<String, String> facts, PdfaVerdict verdict) {

    /**
     * Fact naming who signed the source, present when the conversion could not keep the source's digital
     * signatures: the pipeline then keeps the signed original beside the PDF/A, as evidence.
     */
    public static final String SIGNED_BY = "signed-by";

    public ConvertedPdf {
        warnings = List.copyOf(warnings);
        facts = Map.copyOf(facts);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts) {
        this(documentClass, level, pages, warnings, facts, null);
    }
}
