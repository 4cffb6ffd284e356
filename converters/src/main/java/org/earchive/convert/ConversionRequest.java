package org.earchive.convert;

import java.nio.file.Path;
import org.earchive.core.RunContext;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.pdfa.DocumentInfo;

/**
 * One document to convert.
 *
 * @param source        the input file; converters only read it
 * @param detection     what the input is
 * @param target        where to write the PDF (a scratch file the pipeline moves into place after validation)
 * @param info          title, dates and identity for the PDF's metadata
 * @param documentClass what detect found the source to be (decides 2u or 2b for existing PDFs), or null
 * @param context       what the run was asked for: password, OCR, TT 05 strictness
 */
public record ConversionRequest(Path source, Detection detection, Path target, DocumentInfo info,
                                DocumentClass documentClass, RunContext context) {
}
