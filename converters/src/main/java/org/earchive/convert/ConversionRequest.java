package org.earchive.convert;

import java.nio.file.Path;
import org.earchive.detect.Detection;
import org.earchive.pdfa.DocumentInfo;

/**
 * One document to convert.
 *
 * @param source    the input file; converters only read it
 * @param detection what the input is
 * @param target    where to write the PDF (a scratch file the pipeline moves into place after validation)
 * @param info      title, dates and identity for the PDF's metadata
 */
public record ConversionRequest(Path source, Detection detection, Path target, DocumentInfo info) {
}
