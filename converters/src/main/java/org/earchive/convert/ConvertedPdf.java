package org.earchive.convert;

import java.util.List;
import java.util.Map;
import org.earchive.pdfa.PdfaLevel;

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
 */
public record ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts,
                           List<String> unmet) {

    public ConvertedPdf {
        warnings = List.copyOf(warnings);
        facts = Map.copyOf(facts);
        unmet = List.copyOf(unmet);
    }

    public ConvertedPdf(String documentClass, PdfaLevel level, int pages, List<String> warnings, Map<String, String> facts) {
        this(documentClass, level, pages, warnings, facts, List.of());
    }
}
