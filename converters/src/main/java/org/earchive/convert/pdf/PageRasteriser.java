package org.earchive.convert.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Redraws a page as one picture of itself ({@code --ocr force}), so that OCR's text is the only text it carries:
 * OCRmyPDF's answer to text layers that are wrong (mojibake, no Unicode). The page keeps its size, its turn and
 * its annotations; its content becomes the rendering at {@code dpi}, stored losslessly (grey when nothing on it
 * has colour). The page's own text is gone, which the caller reports.
 */
final class PageRasteriser {

    private PageRasteriser() {
    }

    /** Renders the unturned media box (the caller checked it is the crop box) and makes that the page's only content. */
    static void apply(PDDocument document, PDFRenderer renderer, int index, int dpi) throws IOException {
        PDPage page = document.getPage(index);
        int shown = page.getRotation();
        page.setRotation(0);
        BufferedImage picture;
        try {
            picture = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } finally {
            page.setRotation(shown);
        }
        PDImageXObject image = LosslessFactory.createFromImage(document, greyIfNoColour(picture));
        PDRectangle box = page.getMediaBox();
        page.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE,
                true)) {
            content.drawImage(image, box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
        }
    }

    /** A third of the bytes for the black-on-white pages this is mostly used on. */
    private static BufferedImage greyIfNoColour(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int pixel : row) {
                int r = (pixel >> 16) & 0xFF;
                int g = (pixel >> 8) & 0xFF;
                int b = pixel & 0xFF;
                if (r != g || g != b) {
                    return rgb;
                }
            }
        }
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var raster = grey.getRaster();
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xFF;
            }
            raster.setSamples(0, y, w, 1, 0, row);
        }
        return grey;
    }
}
