package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.fixtures.AdministrativeScans;
import org.earchive.fixtures.PageImages;
import org.junit.jupiter.api.Test;

/** The lossless check of a black-and-white page stored as JBIG2 or G4: every pixel, and only a true match passes. */
class StoredPixelsTest {

    private static final IndexColorModel WHITE_FIRST = new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0},
            new byte[] {-1, 0});

    @Test
    void aBilevelPageStoredAsJbig2OrG4MatchesItselfAndNotAPageOnePixelOff() throws IOException {
        // widths that end inside a byte, a palette with black first (Java's) and with white first (a TIFF's WhiteIsZero)
        BufferedImage scan = AdministrativeScans.benchSet().get(4).image();
        BufferedImage text = PageImages.page("Biên bản họp ngày 02 tháng 01 năm 2025", 105, 74, 200,
                BufferedImage.TYPE_INT_RGB, Color.BLACK, Color.WHITE);
        for (BufferedImage source : List.of(scan, text)) {
            for (int width : List.of(source.getWidth(), source.getWidth() - 3)) {
                for (IndexColorModel palette : List.of(blackFirst(), WHITE_FIRST)) {
                    BufferedImage page = bilevel(source, width, palette);
                    try (PDDocument pdf = new PDDocument()) {
                        for (PDImageXObject stored : List.of(ImageToPdfaConverter.jbig2(pdf, page), CCITTFactory.createFromImage(pdf, page))) {
                            String what = stored.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.FILTER)
                                    + " of " + width + " px, palette " + Integer.toHexString(palette.getRGB(0));
                            assertTrue(StoredPixels.same(stored, page), what);
                            assertEquals(StoredPixels.same(stored.getImage(), page), StoredPixels.same(stored, page), what);
                            for (int[] at : List.of(new int[] {width / 2, page.getHeight() / 2}, new int[] {width - 1, 0},
                                    new int[] {0, page.getHeight() - 1})) {
                                BufferedImage off = bilevel(page, width, palette);
                                off.getRaster().setSample(at[0], at[1], 0, 1 - off.getRaster().getSample(at[0], at[1], 0));
                                assertFalse(StoredPixels.same(stored, off), what + ", pixel " + at[0] + "," + at[1] + " changed");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aStoredImageOfAnotherSizeDoesNotMatch() throws IOException {
        BufferedImage page = bilevel(AdministrativeScans.benchSet().get(4).image(), 800, blackFirst());
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject stored = ImageToPdfaConverter.jbig2(pdf, page);
            assertFalse(StoredPixels.same(stored, bilevel(page, 799, blackFirst())));
        }
    }

    private static IndexColorModel blackFirst() {
        return (IndexColorModel) new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY).getColorModel();
    }

    /** The left {@code width} pixels of {@code source} in one bit a pixel, with {@code palette}. */
    private static BufferedImage bilevel(BufferedImage source, int width, IndexColorModel palette) {
        BufferedImage page = new BufferedImage(width, source.getHeight(), BufferedImage.TYPE_BYTE_BINARY, palette);
        Graphics2D g = page.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return page;
    }
}
