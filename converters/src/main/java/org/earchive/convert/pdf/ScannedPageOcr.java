package org.earchive.convert.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.earchive.convert.ocr.InvisibleTextLayer;
import org.earchive.convert.ocr.OcrFacts;
import org.earchive.convert.ocr.RecognisedPage;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.PageEvidence;

/**
 * Makes the scanned pages of an existing PDF searchable: each page detect calls {@code scanned} is rendered
 * at its scan's own resolution, read by Tesseract, and the words are laid over the page as invisible text.
 * The page's content and images are not touched; pages that already carry text (born-digital, or an
 * earlier OCR layer) are left as they are.
 */
final class ScannedPageOcr {

    /** Below this a scan is too coarse to read well; above it Tesseract gains nothing and the render costs. */
    private static final int MIN_DPI = 200;
    private static final int MAX_DPI = 400;
    private static final int UNKNOWN_DPI = 300;

    private final TesseractOcr ocr;

    ScannedPageOcr(TesseractOcr ocr) {
        this.ocr = ocr;
    }

    /**
     * What OCR did to a document: pages made searchable, and sentences for the report.
     *
     * @param straightened the pages read from a straightened copy, with their skew ("page 2 3.5°")
     */
    record Outcome(int searchablePages, int scannedPages, List<String> warnings, List<String> straightened) {
    }

    Outcome apply(PDDocument document, List<PageEvidence> pages, Path scratchBase) throws IOException {
        List<Integer> scanned = new ArrayList<>();
        for (PageEvidence page : pages) {
            if (page.pageClass() == DocumentClass.SCANNED) {
                scanned.add(page.page() - 1);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (scanned.isEmpty()) {
            return new Outcome(0, 0, warnings, List.of());
        }
        if (!ocr.available()) {
            warnings.add("Converted, not searchable: " + (ocr.notSearchableReason() == null ? "OCR is off"
                    : ocr.notSearchableReason()));
            return new Outcome(0, scanned.size(), warnings, List.of());
        }
        PDFRenderer renderer = new PDFRenderer(document);
        List<TesseractOcr.PendingPage> pending = new ArrayList<>();
        List<Integer> submitted = new ArrayList<>();
        try {
            for (int index : scanned) {
                PDPage page = document.getPage(index);
                if (!sameBoxes(page)) {
                    warnings.add("Page " + (index + 1) + " is cropped, so it was not OCR'd and stays image-only.");
                    continue;
                }
                int dpi = dpiFor(pages.get(index));
                // rendered as stored, unturned, which is what the text layer is laid out against
                int shown = page.getRotation();
                page.setRotation(0);
                BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
                page.setRotation(shown);
                pending.add(ocr.submit(image, dpi, dpi, scratchBase.resolveSibling(scratchBase.getFileName() + ".p" + (index + 1))));
                submitted.add(index);
            }
            InvisibleTextLayer layer = null;
            int searchable = 0;
            List<String> straightened = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                int index = submitted.get(i);
                RecognisedPage recognised = pending.get(i).await();
                if (!recognised.searchable()) {
                    warnings.add("Page " + (index + 1) + " is not searchable: " + recognised.problem() + ".");
                    continue;
                }
                if (layer == null) {
                    layer = InvisibleTextLayer.withBundledFont(document);
                }
                PDPage page = document.getPage(index);
                int shown = page.getRotation();
                layer.graft(page, recognised);
                // an existing PDF keeps the orientation it is shown in: faithful first; the text sits on the
                // page's content either way, so it stays where the words are
                page.setRotation(shown);
                if (((recognised.clockwise() - shown) % 360 + 360) % 360 != 0) {
                    warnings.add("Page " + (index + 1) + " looks turned by " + recognised.clockwise() + "° but is shown"
                            + " at " + shown + "°; the PDF/A shows it as the original does.");
                }
                searchable++;
                if (recognised.deskew() != null) {
                    straightened.add(OcrFacts.skew(index, recognised.skewDegrees()));
                }
            }
            if (layer != null && layer.droppedCharacters() > 0) {
                warnings.add(layer.droppedCharacters() + " character(s) read by OCR have no glyph in the text layer's"
                        + " font and were left out of the searchable text.");
            }
            return new Outcome(searchable, scanned.size(), warnings, straightened);
        } catch (InterruptedException e) {
            pending.forEach(TesseractOcr.PendingPage::cancel);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for OCR");
        }
    }

    /** The scan's own resolution, kept within what Tesseract reads best. */
    private static int dpiFor(PageEvidence page) {
        int dpi = page.marks().imageDpi();
        return dpi <= 0 ? UNKNOWN_DPI : Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    }

    /** The text layer is placed on the media box; a crop box that shows less would shift it. */
    private static boolean sameBoxes(PDPage page) {
        PDRectangle media = page.getMediaBox();
        PDRectangle crop = page.getCropBox();
        return Math.abs(media.getLowerLeftX() - crop.getLowerLeftX()) < 0.5 && Math.abs(media.getLowerLeftY() - crop.getLowerLeftY()) < 0.5
                && Math.abs(media.getWidth() - crop.getWidth()) < 0.5 && Math.abs(media.getHeight() - crop.getHeight()) < 0.5;
    }

}
