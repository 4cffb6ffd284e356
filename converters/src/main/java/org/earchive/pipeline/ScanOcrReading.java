package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.image.ImageToPdfaConverter;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.pdf.ScannedPdfReading;
import org.earchive.core.ConversionException;
import org.earchive.core.OcrWords;
import org.earchive.core.RunContext;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.metadata.PdfLayoutText;
import org.earchive.metadata.ScanText;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfaFinisher;

/**
 * A scan's text for the clerk's template, read exactly as {@code convert} reads it: the image converter writes a
 * PDF/A with its OCR layer to a scratch file, and the text is that layer's, with the words' confidences; the scratch
 * file is removed. Doing the same steps (the page straightened for reading, the header read by column) is what makes
 * the template's values the ones {@code convert} will write, and what lets Tesseract's pages be shared through the
 * OCR cache ({@code EARCHIVE_OCR_CACHE}): a page read by the one is not read again by the other. A scanned PDF is read
 * as the PDF converter reads its scanned pages ({@link ScannedPdfReading}), into a scratch copy with the text layer.
 */
public final class ScanOcrReading implements ScanText {

    private final RunContext context;
    private final TesseractOcr ocr;
    private final ImageToPdfaConverter images;
    private final ScannedPdfReading pdfs;
    private final Path scratchFolder;

    /** @param scratchFolder where the scratch PDFs are written (each removed once read) */
    public ScanOcrReading(RunContext context, TesseractOcr ocr, Path scratchFolder) {
        this.context = context;
        this.ocr = ocr;
        this.images = new ImageToPdfaConverter(new PdfaFinisher(context.producer()), ocr);
        this.pdfs = new ScannedPdfReading(ocr);
        this.scratchFolder = scratchFolder;
    }

    @Override
    public Recognised read(Path source, Detection detection) throws IOException {
        if (!ocr.available() || detection == null) {
            return null;
        }
        boolean pdf = detection.isMime("application/pdf");
        if (!pdf && images.mediaTypes().stream().noneMatch(detection::isMime)) {
            return null;
        }
        Files.createDirectories(scratchFolder);
        Path scratch = Files.createTempFile(scratchFolder, "template-scan-", ".pdf");
        try {
            if (pdf) {
                OcrWords words = pdfs.read(source, context, scratch);
                return words.isEmpty() ? null : new Recognised(PdfLayoutText.extractOcrLayer(scratch), words);
            }
            ConvertedPdf converted = images.convert(new ConversionRequest(source, detection, scratch,
                    new DocumentInfo(source.getFileName().toString(), null, null, Instant.EPOCH, null),
                    DocumentClass.SCANNED, context));
            return converted.ocrWords().isEmpty() ? null
                    : new Recognised(PdfLayoutText.extractOcrLayer(scratch), converted.ocrWords());
        } catch (ConversionException e) {
            // a file the converter refuses gives the template an empty row, as it gives convert a status
            return null;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
