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
import org.earchive.formats.PageImageSizes;
import org.earchive.formats.PixelLimit;
import org.earchive.convert.ocr.InvisibleTextLayer;
import org.earchive.convert.ocr.OcrFacts;
import org.earchive.convert.ocr.PageQualityReport;
import org.earchive.core.OcrMode;
import org.earchive.core.OcrWords;
import java.util.HashMap;
import java.util.Map;
import org.earchive.convert.ocr.RecognisedPage;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.PageEvidence;

/**
 * Makes the scanned pages of an existing PDF searchable: each page chosen is rendered at its scan's own
 * resolution, read by Tesseract, and the words are laid over the page as invisible text. Which pages are
 * chosen is the {@link OcrMode}'s to say, by the class detect gave each page:
 * <ul>
 *   <li>skip-text (the default): scanned pages only; the page's content and images are not touched, and pages
 *       that already carry text (born-digital, or an earlier OCR layer) are left as they are;</li>
 *   <li>redo: scanned pages and hybrid ones (a scan with an old OCR layer), whose invisible text is removed
 *       first ({@link InvisibleTextRemoval});</li>
 *   <li>force: every page that shows anything; a page with visible text is redrawn as an image first
 *       ({@link PageRasteriser}), and invisible text is removed from the others.</li>
 * </ul>
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

    /** "tesseract 5.3.0, vie+eng", for the report and PREMIS. */
    String description() {
        return ocr.description();
    }

    /**
     * What OCR did to a document: pages made searchable, and sentences for the report.
     *
     * @param straightened the pages read from a straightened copy, with their skew ("page 2 3.5°")
     * @param words        the words read, page after page, with Tesseract's confidence in each: what the metadata
     *                     read from the new text layer is weighed by
     */
    record Outcome(int searchablePages, int scannedPages, List<String> warnings, List<String> straightened,
                   List<String> layersRemoved, List<String> rasterised, PageQualityReport quality, OcrWords words) {

        private static Outcome nothing(int scannedPages, List<String> warnings) {
            return new Outcome(0, scannedPages, warnings, List.of(), List.of(), List.of(), new PageQualityReport(),
                    OcrWords.NONE);
        }
    }

    /** Whether {@code mode} reads any of these pages, so that a PDF already valid as PDF/A is still processed. */
    static boolean readsAny(List<PageEvidence> pages, OcrMode mode) {
        return pages.stream().anyMatch(page -> chosen(page, mode));
    }

    private static boolean chosen(PageEvidence page, OcrMode mode) {
        return switch (mode) {
            case SKIP_TEXT -> page.pageClass() == DocumentClass.SCANNED;
            case REDO -> page.pageClass() == DocumentClass.SCANNED || page.pageClass() == DocumentClass.HYBRID;
            case FORCE -> page.pageClass() != DocumentClass.EMPTY;
        };
    }

    Outcome apply(PDDocument document, List<PageEvidence> pages, Path scratchBase, OcrMode mode) throws IOException {
        List<Integer> scanned = new ArrayList<>();
        for (PageEvidence page : pages) {
            if (chosen(page, mode)) {
                scanned.add(page.page() - 1);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (scanned.isEmpty()) {
            return Outcome.nothing(0, warnings);
        }
        if (!ocr.available()) {
            // nothing is removed or redrawn when nothing could be read in its place
            warnings.add("Converted, not searchable: " + (ocr.notSearchableReason() == null ? "OCR is off"
                    : ocr.notSearchableReason()));
            return Outcome.nothing(scanned.size(), warnings);
        }
        PDFRenderer renderer = org.earchive.formats.CancellablePdf.renderer(document);
        List<TesseractOcr.PendingPage> pending = new ArrayList<>();
        List<Integer> submitted = new ArrayList<>();
        List<String> layersRemoved = new ArrayList<>();
        List<String> rasterised = new ArrayList<>();
        Map<Integer, List<String>> stepsBefore = new HashMap<>();
        try {
            for (int index : scanned) {
                PDPage page = document.getPage(index);
                if (!sameBoxes(page)) {
                    warnings.add("Page " + (index + 1) + " is cropped, so it was not OCR'd and "
                            + (pages.get(index).pageClass() == DocumentClass.SCANNED ? "stays image-only." : "was left as it was."));
                    continue;
                }
                int dpi = PixelLimit.dpiWithin(page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                        dpiFor(pages.get(index)));
                // an image of billions of pixels is read one pixel in n, not decoded whole first
                renderer.setSubsamplingAllowed(PageImageSizes.hasOversizedImage(page));
                List<String> steps = new ArrayList<>();
                if (mode == OcrMode.FORCE && pages.get(index).marks().visibleChars() > 0) {
                    // a scan keeps its own resolution; a page of text is drawn at what Tesseract reads best
                    if (pages.get(index).marks().imageCoverage() < 0.5) {
                        dpi = UNKNOWN_DPI;
                    }
                    PageRasteriser.apply(document, renderer, index, dpi);
                    rasterised.add("page " + (index + 1));
                    steps.add("rasterised " + dpi + " dpi");
                } else if (mode != OcrMode.SKIP_TEXT && InvisibleTextRemoval.apply(document, page) > 0) {
                    layersRemoved.add("page " + (index + 1));
                    steps.add("text-layer-removed");
                }
                stepsBefore.put(index, steps);
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
            PageQualityReport quality = new PageQualityReport();
            List<OcrWords.Word> words = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                int index = submitted.get(i);
                RecognisedPage recognised = pending.get(i).await();
                if (!recognised.searchable()) {
                    warnings.add("Page " + (index + 1) + " is not searchable: " + recognised.problem() + ".");
                    continue;
                }
                if (layer == null) {
                    layer = InvisibleTextLayer.embeddedIn(document);
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
                words.addAll(recognised.words());
                quality.add(index, recognised, stepsBefore.getOrDefault(index, List.of()));
                if (recognised.deskew() != null) {
                    straightened.add(OcrFacts.skew(index, recognised.skewDegrees()));
                }
            }
            if (layer != null && layer.droppedCharacters() > 0) {
                warnings.add(layer.droppedCharacters() + " character(s) read by OCR (control characters or"
                        + " beyond the Basic Multilingual Plane) were left out of the searchable text.");
            }
            if (!rasterised.isEmpty()) {
                warnings.add("Redrawn as images and read by OCR (--ocr force): " + String.join(", ", rasterised)
                        + "; the text these pages had is replaced by what OCR read.");
            }
            if (!layersRemoved.isEmpty()) {
                warnings.add("An old OCR text layer was removed and the page read again (--ocr " + mode.id() + "): "
                        + String.join(", ", layersRemoved) + ".");
            }
            warnings.addAll(quality.warnings());
            return new Outcome(searchable, scanned.size(), warnings, straightened, layersRemoved, rasterised, quality,
                    new OcrWords(words));
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
