package org.earchive.convert.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Grey and colour page images as Flate with PNG predictors, chosen row by row as PNG encoders do (the filter
 * whose output has the smallest sum of magnitudes): a scan's paper and ink change little from one pixel to the
 * next, so on photographs, stains and shaded paper the differences compress far better than the pixels. PDFBox's
 * own lossless encoder predicts colour images but not grey ones. Lossless: the decoded samples are the image's
 * own. On clean pages of black text on white, prediction does not pay: {@link #smaller} keeps whichever of the
 * two encodings is smaller.
 */
public final class PredictorFlate {

    private static final int PNG_OPTIMUM = 15;

    private PredictorFlate() {
    }

    /**
     * The image as a Flate XObject, or null for images this encoder does not take (alpha, more than 8 bits, a
     * colour space other than grey or sRGB: PDFBox's encoder keeps those as they are).
     */
    public static PDImageXObject encode(PDDocument document, BufferedImage image) throws IOException {
        int components = components(image);
        if (components == 0) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int stride = width * components;
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[][] filtered = new byte[5][stride];
        ByteArrayOutputStream predicted = new ByteArrayOutputStream();
        Deflater predictedDeflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream predictedOut = new DeflaterOutputStream(predicted, predictedDeflater, 65536)) {
            int[] rgb = components == 3 ? new int[width] : null;
            int[] grey = components == 1 ? new int[width] : null;
            Raster raster = image.getRaster();
            for (int y = 0; y < height; y++) {
                if (components == 1) {
                    raster.getSamples(0, y, width, 1, 0, grey);
                    for (int x = 0; x < width; x++) {
                        current[x] = (byte) grey[x];
                    }
                } else {
                    image.getRGB(0, y, width, 1, rgb, 0, width);
                    for (int x = 0, i = 0; x < width; x++) {
                        current[i++] = (byte) (rgb[x] >> 16);
                        current[i++] = (byte) (rgb[x] >> 8);
                        current[i++] = (byte) rgb[x];
                    }
                }
                int best = filterRow(current, previous, components, filtered);
                predictedOut.write(best);
                predictedOut.write(filtered[best]);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            predictedDeflater.end();
        }
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream()) {
            predicted.writeTo(raw);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.PREDICTOR, PNG_OPTIMUM);
        parameters.setInt(COSName.COLORS, components);
        parameters.setInt(COSName.BITS_PER_COMPONENT, 8);
        parameters.setInt(COSName.COLUMNS, width);
        stream.setItem(COSName.DECODE_PARMS, parameters);
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setInt(COSName.WIDTH, width);
        stream.setInt(COSName.HEIGHT, height);
        stream.setInt(COSName.BITS_PER_COMPONENT, 8);
        stream.setItem(COSName.COLORSPACE, components == 1 ? COSName.DEVICEGRAY : COSName.DEVICERGB);
        return new PDImageXObject(new PDStream(stream), null);
    }

    /**
     * The smaller of two encodings of one image, by the bytes each stores; the other is never drawn, so it is not
     * written (PDFBox saves only the objects a page reaches).
     */
    static PDImageXObject smaller(PDImageXObject a, PDImageXObject b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.getCOSObject().getLength() <= b.getCOSObject().getLength() ? a : b;
    }

    /** 1 for 8-bit grey, 3 for sRGB without alpha, 0 for anything else. */
    private static int components(BufferedImage image) {
        var model = image.getColorModel();
        if (model.hasAlpha() || model instanceof java.awt.image.IndexColorModel) {
            return 0;
        }
        ColorSpace space = model.getColorSpace();
        if (space.getType() == ColorSpace.TYPE_GRAY && model.getNumComponents() == 1 && model.getPixelSize() == 8
                && image.getRaster().getNumBands() == 1) {
            return 1;
        }
        if (space.isCS_sRGB() && model.getNumComponents() == 3 && model.getComponentSize(0) == 8) {
            return 3;
        }
        return 0;
    }

    /** Fills {@code out[0..4]} with the row under PNG's five filters and returns the one to use. */
    private static int filterRow(byte[] row, byte[] above, int bpp, byte[][] out) {
        long[] cost = new long[5];
        for (int i = 0; i < row.length; i++) {
            int x = row[i] & 0xFF;
            int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
            int b = above[i] & 0xFF;
            int c = i >= bpp ? above[i - bpp] & 0xFF : 0;
            out[0][i] = (byte) x;
            out[1][i] = (byte) (x - a);
            out[2][i] = (byte) (x - b);
            out[3][i] = (byte) (x - ((a + b) >> 1));
            out[4][i] = (byte) (x - paeth(a, b, c));
            for (int f = 0; f < 5; f++) {
                cost[f] += Math.abs((int) out[f][i]);
            }
        }
        int best = 0;
        for (int f = 1; f < 5; f++) {
            if (cost[f] < cost[best]) {
                best = f;
            }
        }
        return best;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
