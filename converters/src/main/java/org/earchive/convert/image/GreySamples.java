package org.earchive.convert.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A grey page stored with its own sample values as DeviceGray Flate (coded as suits the page: {@link ScanDeflate}).
 * PDFBox's lossless factory reads pixels through {@link BufferedImage#getRGB}, which turns Java's linear grey into
 * sRGB: a grey PNG's 9 was stored as 53, 18 as 75, so every grey page came out lighter than its file (and a 16-bit
 * grey page as RGB).
 *
 * <p>A 16-bit page whose samples are all 8-bit values scaled up (v × 257, what converters write when they put
 * 8-bit data into a 16-bit file) is stored in 8 bits: half the bytes and nothing lost; any other 16-bit page
 * keeps its 16 bits.
 */
final class GreySamples {

    private GreySamples() {
    }

    /** The page as DeviceGray of 8 or 16 bits, or null when it is not one-channel grey of 8 or 16 bits. */
    static PDImageXObject embed(PDDocument pdf, BufferedImage image) throws IOException {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        if (model.hasAlpha() || raster.getNumBands() != 1 || model.getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
            return null;
        }
        int bits = raster.getSampleModel().getSampleSize(0);
        if (bits != 8 && bits != 16) {
            return null;
        }
        boolean eight = bits == 8 || scaledUpFromEightBits(raster);
        int width = image.getWidth();
        int[] row = new int[width];
        COSStream stream = pdf.getDocument().createCOSStream();
        ScanDeflate.write(stream, image.getHeight(), eight ? width : 2 * width, (y, line) -> {
            raster.getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                if (eight) {
                    line[x] = (byte) (bits == 8 ? row[x] : row[x] / 257);
                } else {
                    line[2 * x] = (byte) (row[x] >> 8);
                    line[2 * x + 1] = (byte) row[x];
                }
            }
        });
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setInt(COSName.WIDTH, width);
        stream.setInt(COSName.HEIGHT, image.getHeight());
        stream.setInt(COSName.BITS_PER_COMPONENT, eight ? 8 : 16);
        stream.setItem(COSName.COLORSPACE, PDDeviceGray.INSTANCE);
        return new PDImageXObject(new PDStream(stream), null);
    }

    private static boolean scaledUpFromEightBits(Raster raster) {
        int[] row = new int[raster.getWidth()];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(0, y, raster.getWidth(), 1, 0, row);
            for (int value : row) {
                if (value % 257 != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
