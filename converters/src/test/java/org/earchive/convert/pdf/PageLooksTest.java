package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page saved and read back looks as it did; a changed drawing, font, box or annotation does not. */
class PageLooksTest {

    @TempDir
    Path dir;

    @Test
    void savedAndReadBackTheSampledPagesKeepTheirLook() throws Exception {
        TreeSet<Integer> sampled = PdfFidelity.samplePages(3);
        try (PDDocument original = letter(3)) {
            PageLooks looks = PageLooks.of(original, sampled);
            Path saved = dir.resolve("saved.pdf");
            original.getDocumentInformation().setTitle("a new title: not part of any page's look");
            original.save(saved.toFile());
            try (PDDocument readBack = Loader.loadPDF(saved.toFile())) {
                assertTrue(looks.sameAs(readBack, sampled));
            }
        }
    }

    @Test
    void aDrawingOnlyCompressedAgainLooksTheSame() throws Exception {
        TreeSet<Integer> sampled = PdfFidelity.samplePages(1);
        try (PDDocument original = letter(1); PDDocument stored = letter(1)) {
            PageLooks looks = PageLooks.of(original, sampled);
            org.apache.pdfbox.cos.COSStream content = (org.apache.pdfbox.cos.COSStream) stored.getPage(0).getCOSObject()
                    .getDictionaryObject(COSName.CONTENTS);
            byte[] drawing;
            try (java.io.InputStream in = content.createInputStream()) {
                drawing = in.readAllBytes();
            }
            try (java.io.OutputStream out = content.createOutputStream()) { // no filter: stored as it reads
                out.write(drawing);
            }
            assertTrue(looks.sameAs(stored, sampled));
        }
    }

    @Test
    void aChangedDrawingFontBoxOrAnnotationIsAnotherLook() throws Exception {
        TreeSet<Integer> sampled = PdfFidelity.samplePages(3);
        try (PDDocument original = letter(3)) {
            PageLooks looks = PageLooks.of(original, sampled);

            try (PDDocument redrawn = letter(3)) {
                try (PDPageContentStream more = new PDPageContentStream(redrawn, redrawn.getPage(1),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    more.addRect(10, 10, 5, 5);
                    more.fill();
                }
                assertFalse(looks.sameAs(redrawn, sampled), "a mark added to the middle page");
            }
            try (PDDocument otherFont = letter(3)) {
                otherFont.getPage(2).getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                        .getCOSDictionary(COSName.getPDFName("F1")).setName(COSName.BASE_FONT, "Courier");
                assertFalse(looks.sameAs(otherFont, sampled), "the last page's font swapped");
            }
            try (PDDocument turned = letter(3)) {
                turned.getPage(0).setRotation(90);
                assertFalse(looks.sameAs(turned, sampled), "the first page turned");
            }
            try (PDDocument annotated = letter(3)) {
                annotated.getPage(0).getAnnotations().add(new org.apache.pdfbox.pdmodel.interactive.annotation
                        .PDAnnotationLink());
                assertFalse(looks.sameAs(annotated, sampled), "a link added");
            }
        }
    }

    private static PDDocument letter(int pages) throws Exception {
        PDDocument document = new PDDocument();
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(helvetica, 12);
                content.newLineAtOffset(72, 700);
                content.showText("Page " + (i + 1));
                content.endText();
            }
        }
        return document;
    }
}
