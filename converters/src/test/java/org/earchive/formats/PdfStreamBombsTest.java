package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.fixtures.HostileCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfStreamBombsTest {

    @TempDir
    Path work;

    @Test
    void aPageWhoseContentInflatesAThousandTimesIsRefused() throws Exception {
        byte[] bomb = HostileCorpus.contentBombPdf(64L << 20);
        assertTrue(bomb.length < 200_000, "about 64 KB on disk: " + bomb.length);

        try (PDDocument document = Loader.loadPDF(bomb)) {
            String sentence = PdfStreamBombs.refusal(document);
            assertTrue(sentence != null && sentence.contains("decompression bomb") && sentence.contains("its object 4, a stream"),
                    String.valueOf(sentence));
        }
    }

    @Test
    void anObjectStreamThatInflatesAThousandTimesIsRefusedBeforeItsObjectsAreRead() throws Exception {
        try (PDDocument document = Loader.loadPDF(HostileCorpus.objectStreamPdf(64L << 20, 2_000_000_000))) {
            String sentence = PdfStreamBombs.refusal(document);
            assertTrue(sentence != null && sentence.contains("an object stream"), String.valueOf(sentence));
        }
    }

    @Test
    void anLzwBombIsRefusedAsAFlateOneIs() throws Exception {
        try (PDDocument document = Loader.loadPDF(pageWithContent(COSName.LZW_DECODE, 32L << 20))) {
            String sentence = PdfStreamBombs.refusal(document);
            assertTrue(sentence != null && sentence.contains("decompression bomb"), String.valueOf(sentence));
        }
    }

    @Test
    void aFlateBombWrappedInAscii85IsFoundUnderItsWrapping() throws Exception {
        org.apache.pdfbox.cos.COSArray filters = new org.apache.pdfbox.cos.COSArray();
        filters.add(COSName.ASCII85_DECODE);
        filters.add(COSName.FLATE_DECODE);
        try (PDDocument document = Loader.loadPDF(pageWithContent(filters, 64L << 20))) {
            String sentence = PdfStreamBombs.refusal(document);
            assertTrue(sentence != null && sentence.contains("decompression bomb"), String.valueOf(sentence));
        }
    }

    @Test
    void theHostileCorpusHexWrappedBombIsRefused() throws Exception {
        try (PDDocument document = Loader.loadPDF(HostileCorpus.hexWrappedContentBombPdf(64L << 20))) {
            String sentence = PdfStreamBombs.refusal(document);
            assertTrue(sentence != null && sentence.contains("its object 4, a stream"), String.valueOf(sentence));
        }
    }

    @Test
    void anOrdinaryLzwPageIsNotABomb() throws Exception {
        try (PDDocument document = Loader.loadPDF(pageWithContent(COSName.LZW_DECODE, 1L << 20))) {
            assertNull(PdfStreamBombs.refusal(document));
        }
    }

    /** A one-page PDF whose content stream is {@code spaces} bytes of spaces, written through {@code filters}. */
    private static byte[] pageWithContent(org.apache.pdfbox.cos.COSBase filters, long spaces) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) ' ');
            try (OutputStream out = content.createOutputStream(filters)) {
                for (long written = 0; written < spaces; written += block.length) {
                    out.write(block);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    @Test
    void detectGivesTheBombItsStatusAndSentence() throws Exception {
        Path file = Files.write(work.resolve("bom.pdf"), HostileCorpus.contentBombPdf(64L << 20));

        FileInspection inspection = new FileInspector(new TikaDetector()).inspect(file, "bom.pdf");

        assertEquals(DocumentStatus.CORRUPT.id(), inspection.status());
        assertTrue(inspection.message().contains("decompression bomb"), inspection.message());
    }

    @Test
    void aBlankPageScannedAt600DpiInflatesAThousandTimesHonestlyAndPasses() throws Exception {
        // A3 at 600 dpi in grey: 70 MB of white pixels that deflate to about 70 KB
        int width = 7016;
        int height = 9921;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A3);
            document.addPage(page);
            COSStream image = document.getDocument().createCOSStream();
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, height);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            byte[] row = new byte[width];
            java.util.Arrays.fill(row, (byte) 0xFF);
            try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
                for (int y = 0; y < height; y++) {
                    out.write(row);
                }
            }
            assertTrue(image.getLength() * PdfStreamBombs.MAX_RATIO < (long) width * height, "a ratio a bomb would have");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(image), null), 0, 0, page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight());
                for (int line = 0; line < 20_000; line++) {
                    content.beginText();
                    content.newLineAtOffset(72, 72 + line % 700);
                    content.endText();
                }
            }
            Path file = work.resolve("trang-trang.pdf");
            document.save(file.toFile());
            try (PDDocument reread = Loader.loadPDF(file.toFile())) {
                assertNull(PdfStreamBombs.refusal(reread));
            }
        }
    }
}
