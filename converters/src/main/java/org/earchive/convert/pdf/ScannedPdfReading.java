package org.earchive.convert.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.ConversionException;
import org.earchive.core.OcrWords;
import org.earchive.core.RunContext;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.PdfFacts;
import org.earchive.detect.PdfInspector;
import org.earchive.formats.PageTreeCounts;

/**
 * The scanned pages of a PDF read by OCR as {@code convert} reads them ({@link ScannedPageOcr}: the same pages chosen,
 * rendered at the same resolution, handed to the same {@link TesseractOcr}), without making a PDF/A of it: for the
 * clerk's template, which needs the text and the words' confidences and nothing else. Because the pages Tesseract gets
 * are the same, a page read here is not read again by the {@code convert} after it when the OCR cache is on.
 */
public final class ScannedPdfReading {

    private final ScannedPageOcr ocr;

    public ScannedPdfReading(TesseractOcr ocr) {
        this.ocr = new ScannedPageOcr(ocr);
    }

    /**
     * Writes {@code source} with the text layer OCR laid over its scanned pages to {@code target}.
     *
     * @return the words read, with Tesseract's confidence in each; {@link OcrWords#NONE} when the PDF is not a scan
     *         (a page of typed text makes it another kind of document) or no page could be read
     */
    public OcrWords read(Path source, RunContext context, Path target) throws ConversionException, IOException {
        String password = context.password();
        PdfFacts facts = new PdfInspector(password).inspect(source);
        if (facts.documentClass() != DocumentClass.SCANNED) {
            return OcrWords.NONE;
        }
        try (PDDocument document = Loader.loadPDF(source.toFile(), password, IOUtils.createTempFileOnlyStreamCache())) {
            PageTreeCounts.repair(document);
            ScannedPageOcr.Outcome outcome = ocr.apply(document, facts.pages(),
                    target.resolveSibling(target.getFileName() + ".ocr"), context.ocr().mode());
            if (outcome.words().isEmpty()) {
                return OcrWords.NONE;
            }
            document.setAllSecurityToBeRemoved(true);
            document.save(target.toFile());
            return outcome.words();
        }
    }
}
