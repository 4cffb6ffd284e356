package org.earchive.validate;

import java.nio.file.Path;
import org.earchive.pdfa.PdfaLevel;

/** Checks PDF files against PDF/A. Implementations are thread-safe. */
public interface PdfaValidator {

    /**
     * @param level the level to check against; null to use the level the file claims in its XMP
     */
    PdfaVerdict validate(Path pdf, PdfaLevel level);
}
