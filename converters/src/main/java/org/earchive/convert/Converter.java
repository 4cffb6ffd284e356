package org.earchive.convert;

import java.io.IOException;
import java.util.Set;
import org.earchive.core.ConversionException;

/**
 * Turns one kind of source into a PDF/A file. Implementations keep no per-run settings (those come with each
 * request's {@link org.earchive.core.RunContext}), are safe to share between threads, and are registered once in
 * the {@link ConverterRegistry}.
 */
public interface Converter {

    /** The engine's name as {@code doctor} and the reports show it, e.g. "LibreOffice" or "Java engine". */
    String engine();

    /** The media types (as Tika names them) this converter turns into PDF/A. */
    Set<String> mediaTypes();

    /**
     * Writes {@code request.target()}. A document that cannot be converted throws {@link ConversionException}
     * with its status and sentence; an {@link IOException} means the output could not be written.
     */
    ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException;
}
