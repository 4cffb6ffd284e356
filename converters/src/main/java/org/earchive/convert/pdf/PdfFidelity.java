package org.earchive.convert.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.earchive.pdfa.PdfText;

/**
 * Proves a PDF/A is the same document as the PDF it came from: same number of pages, same page sizes, the
 * same text (NFC, whitespace aside), and sampled pages that look the same at low resolution. A PDF/A that
 * validates but is wrong is worse than none: the archive would keep it in place of the original.
 */
final class PdfFidelity {

    /** Thumbnail resolution: enough to see a missing block of text or a wrong font, cheap to render. */
    private static final float RENDER_DPI = 24f;
    /** Mean difference per pixel (share of full scale) above which a page no longer looks the same. */
    private static final double MAX_MEAN_DIFFERENCE = 0.02;
    private static final float SIZE_TOLERANCE_POINTS = 0.5f;

    private PdfFidelity() {
    }

    /**
     * @param compareText false when a repair may legitimately change the extracted text (a rebuilt Unicode map)
     * @param lookOriginal the original as it was read, unrepaired, to render the sampled pages of; null when
     *                     {@link PageLooks} found them drawn from the same bytes as before (no render needed)
     * @return the differences found, as sentences; empty when the output is faithful
     */
    static List<String> differences(PDDocument original, String originalText, PDDocument converted, boolean compareText,
                                    PDDocument lookOriginal) throws IOException {
        List<String> differences = new ArrayList<>();
        int pages = original.getNumberOfPages();
        if (converted.getNumberOfPages() != pages) {
            differences.add("it has " + converted.getNumberOfPages() + " pages where the original has " + pages);
            return differences;
        }
        for (int i = 0; i < pages; i++) {
            PDRectangle before = original.getPage(i).getMediaBox();
            PDRectangle after = converted.getPage(i).getMediaBox();
            if (Math.abs(before.getWidth() - after.getWidth()) > SIZE_TOLERANCE_POINTS
                    || Math.abs(before.getHeight() - after.getHeight()) > SIZE_TOLERANCE_POINTS) {
                differences.add("page " + (i + 1) + " changed size");
            }
        }
        if (compareText) {
            String convertedText = PdfText.extract(converted);
            if (!PdfText.comparable(originalText).equals(PdfText.comparable(convertedText))) {
                differences.add("its text differs from the original's");
            }
        }
        if (lookOriginal == null) {
            return differences;
        }
        PDFRenderer before = org.earchive.formats.CancellablePdf.renderer(lookOriginal);
        PDFRenderer after = org.earchive.formats.CancellablePdf.renderer(converted);
        // decode big scans at the thumbnail's resolution, not their own (a 2400-dpi page is half a gigapixel)
        before.setSubsamplingAllowed(true);
        after.setSubsamplingAllowed(true);
        for (int page : samplePages(pages)) {
            double difference = meanDifference(before.renderImageWithDPI(page, RENDER_DPI, ImageType.GRAY),
                    after.renderImageWithDPI(page, RENDER_DPI, ImageType.GRAY));
            if (difference > MAX_MEAN_DIFFERENCE) {
                differences.add(String.format(java.util.Locale.ROOT, "page %d looks different (%.1f%% of the page changed)",
                        page + 1, difference * 100));
            }
        }
        return differences;
    }

    /** First, middle and last page: where front matter, body and appendices each get looked at. */
    static TreeSet<Integer> samplePages(int pages) {
        TreeSet<Integer> sample = new TreeSet<>();
        sample.add(0);
        sample.add(pages / 2);
        sample.add(pages - 1);
        return sample;
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1.0;
        }
        Raster ra = a.getRaster();
        Raster rb = b.getRaster();
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                total += Math.abs(ra.getSample(x, y, 0) - rb.getSample(x, y, 0));
            }
        }
        return total / (255.0 * a.getWidth() * a.getHeight());
    }
}
