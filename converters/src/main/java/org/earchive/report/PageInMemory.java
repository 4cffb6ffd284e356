package org.earchive.report;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A page's image as the renderer asks for it, taken from the picture the converter still holds instead of decoding the
 * stored stream again (JBIG2, G4, Flate or JPEG: most of a scan thumbnail's cost). PDFBox's own steps are kept: the
 * same pixels picked when it subsamples (every n-th of every n-th row) and the stored colour space's own conversion
 * to RGB, so the thumbnail is the one drawn from the PDF (ThumbnailsTest compares them pixel for pixel). Only for
 * images whose samples are the picture's as they are: one-bit or eight-bit grey, or eight-bit RGB, with no Decode
 * array, mask or clip region; anything else is decoded from the PDF as before.
 */
final class PageInMemory implements PDImage {

    private final PDImage stored;
    private final BufferedImage picture;

    private PageInMemory(PDImage stored, BufferedImage picture) {
        this.stored = stored;
        this.picture = picture;
    }

    /** {@code stored}, or the picture standing in for it where the picture holds exactly its samples. */
    static PDImage standIn(PDImage stored, BufferedImage picture) {
        return picture != null && holdsSamplesOf(stored, picture) ? new PageInMemory(stored, picture) : stored;
    }

    private static boolean holdsSamplesOf(PDImage stored, BufferedImage picture) {
        try {
            if (!(stored instanceof PDImageXObject xobject) || stored.isStencil() || stored.getDecode() != null
                    || xobject.getCOSObject().getItem(COSName.MASK) != null || xobject.getSoftMask() != null
                    || stored.getWidth() != picture.getWidth() || stored.getHeight() != picture.getHeight()) {
                return false;
            }
            PDColorSpace space = stored.getColorSpace();
            int bits = stored.getBitsPerComponent();
            if (space instanceof PDDeviceGray) {
                return bits == 1 ? blackAndWhite(picture) : bits == 8 && grey(picture);
            }
            return space instanceof PDDeviceRGB && bits == 8 && rgb(picture);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** One bit a pixel, black and white: what a bilevel page is held as and stored from. */
    private static boolean blackAndWhite(BufferedImage picture) {
        return picture.getColorModel() instanceof IndexColorModel palette && palette.getMapSize() == 2
                && !palette.hasAlpha() && picture.getColorModel().getPixelSize() == 1
                && (palette.getRGB(0) & 0xFFFFFF) + (palette.getRGB(1) & 0xFFFFFF) == 0xFFFFFF
                && ((palette.getRGB(0) & 0xFFFFFF) == 0 || (palette.getRGB(0) & 0xFFFFFF) == 0xFFFFFF);
    }

    private static boolean grey(BufferedImage picture) {
        return picture.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    private static boolean rgb(BufferedImage picture) {
        return !picture.getColorModel().hasAlpha() && picture.getColorModel().getNumComponents() == 3
                && picture.getColorModel().getColorSpace().isCS_sRGB()
                && picture.getSampleModel().getDataType() == DataBuffer.TYPE_BYTE;
    }

    @Override
    public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
        if (region != null) {
            return stored.getImage(region, subsampling);
        }
        int step = Math.max(1, subsampling);
        int width = (picture.getWidth() + step - 1) / step;
        int height = (picture.getHeight() + step - 1) / step;
        if (stored.getBitsPerComponent() == 1) {
            return blackAndWhite(step, width, height);
        }
        int bands = stored.getColorSpace().getNumberOfComponents();
        WritableRaster samples = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, bands, null);
        Raster source = picture.getRaster();
        int[] pixel = new int[bands];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // only the pixels drawn are read: a thumbnail's are one in 64
                samples.setPixel(x, y, source.getPixel(x * step, y * step, pixel));
            }
        }
        return stored.getColorSpace().toRGBImage(samples);
    }

    /** As PDFBox draws a one-bit grey image: a grey picture of 0 (black) and 255 (white). */
    private BufferedImage blackAndWhite(int step, int width, int height) {
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = grey.getRaster();
        Raster source = picture.getRaster();
        int white = (((IndexColorModel) picture.getColorModel()).getRGB(0) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setSample(x, y, 0, source.getSample(x * step, y * step, 0) == white ? 255 : 0);
            }
        }
        return grey;
    }

    @Override
    public BufferedImage getImage() throws IOException {
        return getImage(null, 1);
    }

    // everything else is the stored image's own

    @Override
    public WritableRaster getRawRaster() throws IOException {
        return stored.getRawRaster();
    }

    @Override
    public BufferedImage getRawImage() throws IOException {
        return stored.getRawImage();
    }

    @Override
    public BufferedImage getStencilImage(Paint paint) throws IOException {
        return stored.getStencilImage(paint);
    }

    @Override
    public InputStream createInputStream() throws IOException {
        return stored.createInputStream();
    }

    @Override
    public InputStream createInputStream(List<String> stopFilters) throws IOException {
        return stored.createInputStream(stopFilters);
    }

    @Override
    public InputStream createInputStream(DecodeOptions options) throws IOException {
        return stored.createInputStream(options);
    }

    @Override
    public boolean isEmpty() {
        return stored.isEmpty();
    }

    @Override
    public boolean isStencil() {
        return stored.isStencil();
    }

    @Override
    public void setStencil(boolean isStencil) {
        stored.setStencil(isStencil);
    }

    @Override
    public int getBitsPerComponent() {
        return stored.getBitsPerComponent();
    }

    @Override
    public void setBitsPerComponent(int bitsPerComponent) {
        stored.setBitsPerComponent(bitsPerComponent);
    }

    @Override
    public PDColorSpace getColorSpace() throws IOException {
        return stored.getColorSpace();
    }

    @Override
    public void setColorSpace(PDColorSpace colorSpace) {
        stored.setColorSpace(colorSpace);
    }

    @Override
    public int getHeight() {
        return stored.getHeight();
    }

    @Override
    public void setHeight(int height) {
        stored.setHeight(height);
    }

    @Override
    public int getWidth() {
        return stored.getWidth();
    }

    @Override
    public void setWidth(int width) {
        stored.setWidth(width);
    }

    @Override
    public void setDecode(COSArray decode) {
        stored.setDecode(decode);
    }

    @Override
    public COSArray getDecode() {
        return stored.getDecode();
    }

    @Override
    public boolean getInterpolate() {
        return stored.getInterpolate();
    }

    @Override
    public void setInterpolate(boolean value) {
        stored.setInterpolate(value);
    }

    @Override
    public String getSuffix() {
        return stored.getSuffix();
    }

    @Override
    public COSDictionary getCOSObject() {
        return stored.getCOSObject();
    }
}
