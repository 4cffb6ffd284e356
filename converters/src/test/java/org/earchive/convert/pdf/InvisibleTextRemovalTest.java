package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code --ocr redo}: the old OCR layer goes, on the page and in a form (OCRmyPDF's way); what shows stays. */
class InvisibleTextRemovalTest {

    @Test
    void invisibleTextGoesFromThePageAndItsFormAndVisibleTextStays() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            resources.put(COSName.getPDFName("F9"), new PDType1Font(Standard14Fonts.FontName.COURIER));
            // the old OCR layer in a form with a font of its own, as OCRmyPDF grafts Tesseract's text-only PDF
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(PDRectangle.A5);
            PDResources formResources = new PDResources();
            formResources.put(COSName.getPDFName("G1"), new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
            form.setResources(formResources);
            write(form.getContentStream(), "BT /G1 10 Tf 3 Tr 50 300 Td (formhidden) Tj ET");
            resources.put(COSName.getPDFName("Fm1"), form);
            page.setResources(resources);
            PDStream content = new PDStream(document);
            write(content, "q 3 Tr Q BT /F1 12 Tf 50 500 Td (stampdate) Tj ET\n"
                    + "BT /F9 12 Tf 3 Tr 50 400 Td (pagehidden) Tj (morehidden) ' 0 Tr (numbered) Tj ET\n"
                    + "/Fm1 Do");
            page.setContents(content);

            int removed = InvisibleTextRemoval.apply(document, page);

            assertEquals(3, removed, "two strings on the page, one in the form");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("stampdate"), "visible text after a q 3 Tr Q stays: " + text);
            assertTrue(text.contains("numbered"), "visible text in the same BT as hidden text stays: " + text);
            assertFalse(text.contains("hidden"), text);
            assertTrue(page.getResources().getFont(COSName.getPDFName("F9")) != null,
                    "F9 still shows 'numbered', so it stays");
            assertFalse(formResources.getFontNames().iterator().hasNext(), "the form's OCR font went with its text");
        }
    }

    @Test
    void aPageWithoutInvisibleTextIsLeftAsItWas() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream content = new PDStream(document);
            write(content, "BT /F1 12 Tf 50 500 Td (visible) Tj ET");
            page.setContents(content);
            assertEquals(0, InvisibleTextRemoval.apply(document, page));
            assertTrue(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) == content.getCOSObject(), "not rewritten");
        }
    }

    private static void write(PDStream stream, String operators) throws Exception {
        try (OutputStream out = stream.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
