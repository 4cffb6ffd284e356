package org.earchive.formats;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.core.Cancellation;

/**
 * PDFBox's renderer and text extractor, stopping at the next operator of a page once the document they work for is
 * given up ({@link Cancellation}): drawing or reading a page of millions of operators otherwise runs to its end on a
 * thread nobody waits for. Everything else is PDFBox's own.
 */
public final class CancellablePdf {

    private CancellablePdf() {
    }

    public static PDFRenderer renderer(PDDocument document) {
        return renderer(document, UnaryOperator.identity());
    }

    /**
     * @param images what is drawn for each image the pages draw: the image itself, or one that stands in for it (a
     *               picture already in memory, so that the stored stream need not be decoded again)
     */
    public static PDFRenderer renderer(PDDocument document, UnaryOperator<PDImage> images) {
        return new PDFRenderer(document) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                        Cancellation.check();
                        super.processOperator(operator, operands);
                    }

                    @Override
                    public void drawImage(PDImage image) throws IOException {
                        super.drawImage(images.apply(image));
                    }
                };
            }
        };
    }

    public static PDFTextStripper textStripper() {
        return new PDFTextStripper() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                Cancellation.check();
                super.processOperator(operator, operands);
            }
        };
    }
}
