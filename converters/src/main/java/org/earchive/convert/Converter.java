package org.earchive.convert;

import org.earchive.core.ConversionException;
import java.io.IOException;
import org.earchive.detect.Detection;

/** Turns one kind of source into a PDF/A file. Implementations are stateless and safe to share between threads. */
public interface Converter {

    /** Whether this converter handles documents of the detected type. */
    boolean accepts(Detection detection);

    /**
     * Writes {@code request.target()}. A document that cannot be converted throws {@link ConversionException}
     * with its status and sentence; an {@link IOException} means the output could not be written.
     */
    ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException;
}
