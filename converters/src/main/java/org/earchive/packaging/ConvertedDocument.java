package org.earchive.packaging;

import java.util.List;

/**
 * One document that {@code convert} turned into PDF/A, as its report lists it.
 *
 * @param source  the input's path relative to the input folder
 * @param outputs the files written for it (PDF/A, descriptive XML, PREMIS), relative to the convert output
 */
public record ConvertedDocument(String source, List<String> outputs) {

    public ConvertedDocument {
        outputs = List.copyOf(outputs);
    }
}
