package org.earchive.detect;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.earchive.core.Cancellation;

/**
 * Walks one page's content stream (and the forms it draws) and counts what it puts on the page: characters
 * that show, characters hidden as an OCR layer, glyphs that are not text, how much of the page images cover
 * and at what resolution. Nothing is rendered and no image is decoded.
 *
 * <p>Coverage is measured on a grid laid over the crop box, so overlapping images are not counted twice.
 * A glyph is hidden when it is drawn invisibly or when an opaque image is drawn over its spot afterwards.
 */
final class PageContentScanner extends PDFGraphicsStreamEngine {

    private static final int GRID = 64;

    private final PDRectangle box;
    /** Per grid cell: the drawing step of the last opaque image over it (0 = none). */
    private final int[] coveredAt = new int[GRID * GRID];
    private final List<long[]> visibleGlyphs = new ArrayList<>();
    private int step;
    private int invisibleChars;
    private int unmappedGlyphs;
    private int drawings;
    private double largestImageArea;
    private int largestImageDpi;

    private PageContentScanner(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    static PageMarks scan(PDPage page) throws IOException {
        PageContentScanner scanner = new PageContentScanner(page);
        scanner.processPage(page);
        return scanner.marks();
    }

    private PageMarks marks() {
        int visible = 0;
        int hidden = 0;
        for (long[] glyph : visibleGlyphs) {
            int cell = (int) glyph[0];
            if (coveredAt[cell] > glyph[1]) {
                hidden++;
            } else {
                visible++;
            }
        }
        int covered = 0;
        for (int at : coveredAt) {
            if (at != 0) {
                covered++;
            }
        }
        return new PageMarks(visible, invisibleChars + hidden, unmappedGlyphs, (double) covered / coveredAt.length,
                largestImageDpi, drawings);
    }

    /** A page of millions of operators is the longest loop of detect: a document given up stops here. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Cancellation.check();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        // The glyph procedures of Type 3 fonts are not walked: their pictures are letters, not page images.
        step++;
        String unicode = font.toUnicode(code);
        if (unicode != null && unicode.isBlank()) {
            return;
        }
        if (!isUsableText(unicode)) {
            unmappedGlyphs++;
            return;
        }
        int cell = cellAt(textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY());
        if (cell < 0) {
            return; // off the page: neither seen nor part of an OCR layer
        }
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            invisibleChars += unicode.length();
        } else {
            for (int i = 0; i < unicode.length(); i++) {
                visibleGlyphs.add(new long[] {cell, step});
            }
        }
    }

    /** A mapping to nothing, to U+FFFD, to private-use or control code points is no text a reader could use. */
    private static boolean isUsableText(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return false;
        }
        return unicode.codePoints().allMatch(cp -> cp != 0xFFFD && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.PRIVATE_USE && Character.getType(cp) != Character.UNASSIGNED);
    }

    @Override
    public void drawImage(PDImage image) {
        step++;
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double[] bounds = bounds(ctm);
        double width = bounds[2] - bounds[0];
        double height = bounds[3] - bounds[1];
        if (width <= 0 || height <= 0) {
            return;
        }
        if (width * height > largestImageArea) {
            largestImageArea = width * height;
            // pixels per inch along each side of the drawn image; the poorer side is what a reader gets
            double dpiX = image.getWidth() / (width / 72.0);
            double dpiY = image.getHeight() / (height / 72.0);
            largestImageDpi = (int) Math.round(Math.min(dpiX, dpiY));
        }
        boolean opaque = !image.isStencil() && isOpaque(getGraphicsState())
                && !(image instanceof PDImageXObject xobject && hasSoftMask(xobject));
        markCells(bounds, opaque ? step : -1);
    }

    private static boolean hasSoftMask(PDImageXObject image) {
        return image.getCOSObject().containsKey(COSName.SMASK) || image.getCOSObject().containsKey(COSName.MASK);
    }

    private static boolean isOpaque(PDGraphicsState state) {
        return state.getNonStrokeAlphaConstant() >= 1.0 && state.getSoftMask() == null;
    }

    /** The drawn image is the unit square under the current transformation: its bounding box on the page. */
    private static double[] bounds(Matrix ctm) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            Point2D.Float point = ctm.transformPoint(corner & 1, corner >> 1);
            minX = Math.min(minX, point.x);
            maxX = Math.max(maxX, point.x);
            minY = Math.min(minY, point.y);
            maxY = Math.max(maxY, point.y);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** Marks the cells whose centre lies inside the bounds; {@code drawnAt} -1 covers without hiding text. */
    private void markCells(double[] bounds, int drawnAt) {
        double cellWidth = box.getWidth() / GRID;
        double cellHeight = box.getHeight() / GRID;
        for (int row = 0; row < GRID; row++) {
            double y = box.getLowerLeftY() + (row + 0.5) * cellHeight;
            if (y < bounds[1] || y > bounds[3]) {
                continue;
            }
            for (int column = 0; column < GRID; column++) {
                double x = box.getLowerLeftX() + (column + 0.5) * cellWidth;
                if (x >= bounds[0] && x <= bounds[2]) {
                    int cell = row * GRID + column;
                    if (drawnAt > 0) {
                        coveredAt[cell] = drawnAt;
                    } else if (coveredAt[cell] == 0) {
                        coveredAt[cell] = Integer.MIN_VALUE; // covered, but hides nothing drawn earlier
                    }
                }
            }
        }
    }

    private int cellAt(float x, float y) {
        double column = (x - box.getLowerLeftX()) / box.getWidth() * GRID;
        double row = (y - box.getLowerLeftY()) / box.getHeight() * GRID;
        if (column < 0 || row < 0 || column >= GRID || row >= GRID) {
            return -1;
        }
        return (int) row * GRID + (int) column;
    }

    @Override
    public void strokePath() {
        drawings++;
    }

    @Override
    public void fillPath(int windingRule) {
        drawings++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        drawings++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        drawings++;
    }

    // Path construction and clipping change nothing that is counted.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }
}
