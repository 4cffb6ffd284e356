package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.fixtures.AdministrativeScans;
import org.earchive.fixtures.PageImages;
import org.junit.jupiter.api.Test;

class ScanDeflateTest {

    @Test
    void aGrainyGreyScanIsStoredInFewerBytesThanPdfboxsFlateAndDecodesToItsSamples() throws IOException {
        // the bench's 200 dpi grey page: stained paper, a scanner's grain
        BufferedImage scan = AdministrativeScans.benchSet().get(0).image();
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, scan.getType());
        try (PDDocument pdf = new PDDocument()) {
            COSStream chosen = stored(pdf, scan);
            COSStream pdfbox = storedAsBefore(pdf, scan);
            assertEquals(COSName.FLATE_DECODE, chosen.getCOSName(COSName.FILTER));
            assertArrayEquals(samples(scan), decoded(chosen), "every sample as scanned");
            long mine = chosen.getLength();
            long before = pdfbox.getLength();
            assertTrue(mine < before, mine + " bytes against PDFBox's Flate " + before);
        }
    }

    @Test
    void aCleanPageKeepsPdfboxsFlateByteForByte() throws IOException {
        // a page rendered from a file: white paper, no grain, where zlib's string search is what saves the bytes
        BufferedImage page = PageImages.page("Biên bản họp ngày 02 tháng 01 năm 2025", 148, 210, 200,
                BufferedImage.TYPE_BYTE_GRAY, Color.BLACK, Color.WHITE);
        try (PDDocument pdf = new PDDocument()) {
            COSStream chosen = stored(pdf, page);
            COSStream pdfbox = storedAsBefore(pdf, page);
            assertArrayEquals(raw(pdfbox), raw(chosen));
            assertArrayEquals(samples(page), decoded(chosen));
        }
    }

    private static COSStream stored(PDDocument pdf, BufferedImage grey) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        byte[] samples = samples(grey);
        int width = grey.getWidth();
        ScanDeflate.write(stream, grey.getHeight(), width, (y, line) -> System.arraycopy(samples, y * width, line, 0, width));
        return stream;
    }

    private static COSStream storedAsBefore(PDDocument pdf, BufferedImage grey) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(samples(grey));
        }
        return stream;
    }

    private static byte[] samples(BufferedImage grey) {
        int[] values = grey.getRaster().getSamples(0, 0, grey.getWidth(), grey.getHeight(), 0, (int[]) null);
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] decoded(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] raw(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
