package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.OcrSettings;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.fixtures.FixtureGenerator;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.ImageFiles;
import org.earchive.fixtures.PageImages;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.CharacterErrorRate;
import org.earchive.testing.Pdfs;
import org.earchive.testing.TesseractForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans become two-layer PDF/A-2b ("PDF/A hai lớp"): the page image as it was, and over it invisible text
 * that real Tesseract read. Few pages, because each costs seconds of CPU.
 */
class ScanOcrTest {

    /**
     * Measured 0.5% on this clean 300 dpi page pair with Tesseract 5.3.0 (the misses are a few capitals that
     * lose their tone marks, "KET QUA" for "KẾT QUẢ"). 2% leaves room for other Tesseract builds while still
     * failing if a line, a page or the diacritics went missing (one lost line of the ~80 is over 1%).
     */
    private static final double MAX_CER_CLEAN_300_DPI = 0.02;
    /** Measured 0% on the turned 200 dpi greyscale A5 page (anti-aliased text reads better than bilevel). */
    private static final double MAX_CER_ROTATED_200_DPI = 0.02;
    private static final float MM = 72f / 25.4f;

    @TempDir
    Path out;

    @Test
    void cleanTwoPageScanReadsBackAsItsPrintedTextOverTheUnchangedImage() throws Exception {
        Path tiff = Fixtures.samples().resolve("scans/bao-cao-300dpi-g4.tif");
        Path searchable = out.resolve("g4-ocr.pdf");
        Path imageOnly = out.resolve("g4-image-only.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractForTests.require())
                .convert(Pdfs.request(tiff, searchable));
        new ImageToPdfaConverter(Pdfs.FINISHER, TesseractOcr.off()).convert(Pdfs.request(tiff, imageOnly));

        Pdfs.assertCompliant(searchable, PdfaLevel.PDFA_2B);
        assertEquals("yes", result.facts().get("searchable"), result.facts()::toString);
        String text = Pdfs.text(searchable);
        double cer = CharacterErrorRate.of(FixtureGenerator.printedText("scans/bao-cao-300dpi-g4.tif"), text);
        assertTrue(cer < MAX_CER_CLEAN_300_DPI, "CER " + cer + "\n" + text);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"), text);
        assertTrue(text.contains("Nguyên nhân chủ yếu là nhận thức về vai trò"), "page 2 is searchable too:\n" + text);

        try (PDDocument withText = Pdfs.open(searchable); PDDocument without = Pdfs.open(imageOnly)) {
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(rawImage(without.getPage(i)), rawImage(withText.getPage(i)),
                        "page " + (i + 1) + ": the image is the image-only conversion's, byte for byte");
                assertTrue(samePixels(render(without, i), render(withText, i)),
                        "page " + (i + 1) + " looks exactly as without the text layer: the text is invisible");
            }
            TextPosition motto = firstLetter(withText, "CỘNG HÒA");
            assertEquals(30 * MM, motto.getXDirAdj(), 6, "left margin of the printed page, 30 mm");
        }
    }

    @Test
    void pageScannedSidewaysIsShownUprightWithItsTextInPlace() throws Exception {
        BufferedImage upright = PageImages.page(Fixtures.sourceText("cong-van.txt"), 148, 210, 200,
                BufferedImage.TYPE_BYTE_GRAY, Color.BLACK, Color.WHITE);
        Path png = out.resolve("sideways.png");
        ImageFiles.write(png, turnClockwise(upright), "png", 200);
        Path pdf = out.resolve("sideways.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractForTests.require())
                .convert(Pdfs.request(png, pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        assertEquals("page 1 270°", result.facts().get("turnedUpright"));
        String text = Pdfs.text(pdf);
        double cer = CharacterErrorRate.of(PageImages.printedText(Fixtures.sourceText("cong-van.txt"), 148, 210, 200), text);
        assertTrue(cer < MAX_CER_ROTATED_200_DPI, "CER " + cer + "\n" + text);
        assertTrue(text.startsWith("SỞ NỘI VỤ TỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), text);
        try (PDDocument document = Pdfs.open(pdf)) {
            PDPage page = document.getPage(0);
            assertEquals(270, page.getRotation(), "turned to stand upright");
            assertEquals(210 * MM, page.getMediaBox().getWidth(), 1, "the image itself stays as scanned, on its side");
            // where a reader sees the first word: NĐ 30's 30 mm left margin, first line below the 20 mm top margin
            TextPosition first = firstLetter(document, "SỞ");
            assertEquals(30 * MM, first.getXDirAdj(), 6);
            assertEquals(20 * MM + 13 * 0.89, first.getYDirAdj(), 6);
        }
    }

    /**
     * Upside down, Tesseract's layout still finds lines across the page: only the first reading's low confidence
     * (guesses at letters standing on their heads) calls for the orientation check that turns it.
     */
    @Test
    void pageScannedUpsideDownIsTurnedAndRead() throws Exception {
        BufferedImage upright = PageImages.page(Fixtures.sourceText("cong-van.txt"), 148, 210, 200,
                BufferedImage.TYPE_BYTE_GRAY, Color.BLACK, Color.WHITE);
        Path png = out.resolve("upside-down.png");
        ImageFiles.write(png, turnClockwise(turnClockwise(upright)), "png", 200);
        Path pdf = out.resolve("upside-down.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractForTests.require())
                .convert(Pdfs.request(png, pdf));

        assertEquals("page 1 180°", result.facts().get("turnedUpright"));
        String text = Pdfs.text(pdf);
        assertTrue(text.startsWith("SỞ NỘI VỤ TỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), text);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertEquals(180, document.getPage(0).getRotation(), "turned to stand upright");
        }
    }

    @Test
    void withoutTesseractTheScanIsImageOnlyAndTheReportSaysHowToFixIt() throws Exception {
        TesseractOcr missing = TesseractForTests.at(out.resolve("no-such-tesseract").toString(), OcrSettings.defaults(1));
        Path pdf = out.resolve("jpeg.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, missing)
                .convert(Pdfs.request(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        assertTrue(Pdfs.text(pdf).isBlank(), "image-only");
        assertEquals("no", result.facts().get("searchable"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Converted, not searchable:")
                && w.contains("install tesseract-ocr and tesseract-ocr-vie")), result.warnings()::toString);
    }

    @Test
    void languageWithoutDataIsNamedWithItsPackage() throws Exception {
        TesseractForTests.require();
        TesseractOcr ocr = TesseractOcr.start(new OcrSettings("vie+xyz", OcrSettings.DEFAULT_PAGE_TIMEOUT, 1), System.getenv());
        assertFalse(ocr.available());
        assertTrue(ocr.notSearchableReason().contains("no data for xyz") && ocr.notSearchableReason().contains("tesseract-ocr-xyz"),
                ocr.notSearchableReason());
    }

    /** A stand-in Tesseract that answers the lookup but never finishes a page; records its process id. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void pageThatTakesTooLongIsStoppedAndStaysImageOnly() throws Exception {
        Path pidFile = out.resolve("tesseract.pid");
        Path hanging = out.resolve("hanging-tesseract");
        Files.writeString(hanging, "#!/bin/sh\n"
                + "case \"$1\" in\n"
                + "  --version) echo 'tesseract 5.3.0' ;;\n"
                + "  --list-langs) printf 'List of available languages (2):\\neng\\nvie\\n' ;;\n"
                + "  *) echo $$ > '" + pidFile + "'; exec sleep 600 ;;\n"
                + "esac\n");
        assertTrue(hanging.toFile().setExecutable(true));
        TesseractOcr slow = TesseractForTests.at(hanging.toString(),
                new OcrSettings("vie+eng", java.time.Duration.ofSeconds(1), 1));
        Path pdf = out.resolve("slow.pdf");
        ConvertedPdf result = new ImageToPdfaConverter(Pdfs.FINISHER, slow)
                .convert(Pdfs.request(Fixtures.samples().resolve("scans/phieu-gui-khong-dpi.png"), pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        assertTrue(result.warnings().contains("Page 1 is not searchable: OCR took longer than the 1 s allowed per page"
                + " and was stopped."), result.warnings()::toString);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the Tesseract process was stopped");
        try (var leftovers = Files.list(out)) {
            assertTrue(leftovers.noneMatch(f -> f.getFileName().toString().contains(".ocr-")), "scratch files removed");
        }
    }

    private static BufferedImage turnClockwise(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), image.getType());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return turned;
    }

    private static byte[] rawImage(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                    return raw.readAllBytes();
                }
            }
        }
        throw new AssertionError("no image on the page");
    }

    private static BufferedImage render(PDDocument document, int page) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(page, 30);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first character of the first occurrence of {@code word}, with its position as a reader sees it. */
    private static TextPosition firstLetter(PDDocument document, String word) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                positions.addAll(textPositions);
            }
        };
        stripper.getText(document);
        StringBuilder letters = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            String unicode = positions.get(i).getUnicode();
            for (int c = 0; c < unicode.length(); c++) {
                owner.add(i);
            }
            letters.append(unicode);
        }
        int at = letters.indexOf(word);
        assertTrue(at >= 0, "'" + word + "' not in " + letters);
        return positions.get(owner.get(at));
    }
}
