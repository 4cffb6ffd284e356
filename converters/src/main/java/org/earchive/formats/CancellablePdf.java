package org.earchive.formats;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        return new PDFRenderer(document) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                        Cancellation.check();
                        super.processOperator(operator, operands);
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
