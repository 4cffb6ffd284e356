package org.earchive.convert.image;

import org.earchive.formats.ImageReaders;
import org.earchive.formats.ImageResolution;
import org.earchive.formats.JpegFile;
import org.earchive.formats.PixelLimit;
import org.earchive.formats.TiffStructure;
import java.util.Set;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.core.DeskewMode;
import org.earchive.core.ImageOptimization;
import org.earchive.core.OcrWords;
import org.earchive.convert.ocr.InvisibleTextLayer;
import org.earchive.convert.ocr.OcrFacts;
import org.earchive.convert.ocr.PageQualityReport;
import org.earchive.convert.ocr.RecognisedPage;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.Detection;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;

/**
 * Page images (JPEG, PNG, TIFF including multi-page, BMP, GIF) to PDF/A-2b, one page per image, the page
 * sized from the image's resolution. Image data is never degraded: JPEG bytes are embedded as they are,
 * bilevel images become JBIG2 (generic coding) or G4 and everything else Flate, all lossless; an ICC
 * profile other than sRGB travels with its image.
 *
 * <p>With Tesseract, every page gets an invisible text layer on top of its image ("PDF/A hai lớp"), read
 * in its upright orientation; pages of a multi-page TIFF are recognised in parallel while the next pages
 * are decoded and embedded. Without it, the PDF is image-only and the report says how to make it
 * searchable. Each page's resolution is checked against Thông tư 05/2025/TT-BNV, Điều 8: a warning, or
 * with {@code tt05Strict} a requirement the output fails.
 */
public final class ImageToPdfaConverter implements Converter {

    static final float ASSUMED_DPI = 200f;
    /** PDF/A (ISO 32000-1 Annex C) limits page sides to 14,400 units (200 inches). */
    private static final float MAX_PAGE_SIDE = 14_400f;
    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    private final PdfaFinisher finisher;
    private final TesseractOcr ocr;

    /** Image-only PDFs, no OCR, TT 05 shortfalls as warnings. */
    /**
     * @param ocr        recognises each page's text ({@link TesseractOcr#off()} for image-only output)
     */
    public ImageToPdfaConverter(PdfaFinisher finisher, TesseractOcr ocr) {
        this.finisher = finisher;
        this.ocr = ocr;
    }

    @Override
    public String engine() {
        return "Java engine (images)";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/gif");
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        if (request.detection().isMime("image/tiff")) {
            String damage = TiffStructure.damage(request.source());
            if (damage != null) {
                throw new ConversionException(DocumentStatus.CORRUPT, damage);
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        List<TesseractOcr.PendingPage> recognitions = new ArrayList<>();
        Map<Integer, List<String>> stepsBefore = new java.util.HashMap<>();
        Tt05ScanRules tt05 = new Tt05ScanRules();
        BufferedImage firstPage = null;
        try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
             ImageInputStream input = ImageIO.createImageInputStream(request.source().toFile())) {
            ImageReader reader = readerFor(input, request.detection());
            try {
                reader.setInput(input, false, true);
                // a decoder that had to guess says so; the clerk should compare the page with the original
                reader.addIIOReadWarningListener((source, warning) -> warnings.add("The image decoder reported: " + warning));
                int pageCount = request.detection().isMime("image/tiff") ? reader.getNumImages(true) : 1;
                if (!request.detection().isMime("image/tiff") && countFrames(reader) > 1) {
                    warnings.add("Only the first frame of this animated image was converted.");
                }
                boolean assumedDpi = false;
                float[] pngDpi = request.detection().isMime("image/png") ? ImageResolution.ofPng(request.source()) : null;
                Path tiff = request.detection().isMime("image/tiff") ? request.source() : null;
                List<String> storedStraight = new ArrayList<>();
                List<String> lossyPages = new ArrayList<>();
                for (int index = 0; index < pageCount; index++) {
                    PageImage page = readPage(reader, index, pngDpi, tiff);
                    if (request.context().ocr().deskew() == DeskewMode.IMAGE) {
                        page = straightened(page, storedStraight);
                        if (page.straightened()) {
                            // "page 3 2.5°" as the fact names it: the angle is the step's
                            stepsBefore.put(index, List.of(storedStraight.get(storedStraight.size() - 1)
                                    .replaceFirst("^page \\d+ ", "stored-straightened ")));
                        }
                    }
                    assumedDpi |= page.dpiAssumed();
                    tt05.page(index + 1, page.dpiX(), page.dpiY(), page.dpiAssumed());
                    // Tesseract starts on this page while the JVM embeds it and decodes the next
                    recognitions.add(ocr.submit(page.forOcr(), page.dpiX(), page.dpiY(), scratchBase(request, index)));
                    int lossyBefore = lossyPages.size();
                    PDImageXObject xobject = embed(pdf, request, page, warnings, lossyPages);
                    addPage(pdf, xobject, page);
                    if (index == 0 && lossyPages.size() == lossyBefore) {
                        firstPage = page.image(); // stored losslessly (or the JPEG it was decoded from): its thumbnail's
                    }
                    facts.putIfAbsent("encoding", describe(xobject));
                    facts.putIfAbsent("dpi", Math.round(page.dpiX()) + "x" + Math.round(page.dpiY()));
                }
                if (!lossyPages.isEmpty()) {
                    // asked for with --optimize 2: smaller, and no longer the source's pixels
                    facts.put("lossyImages", String.join(", ", lossyPages) + " (JPEG quality " + LossyJpeg.QUALITY + ")");
                    warnings.add("Stored with loss to save space (--optimize 2): " + String.join(", ", lossyPages)
                            + " re-encoded as JPEG (quality " + LossyJpeg.QUALITY + "); the stored images are not the"
                            + " source's pixels.");
                }
                if (!storedStraight.isEmpty()) {
                    // asked for with --deskew: the record's image is no longer the scanner's, and must say so
                    facts.put("storedStraightened", String.join(", ", storedStraight));
                    warnings.add("Stored straightened, not as scanned (--deskew): " + String.join(", ", storedStraight)
                            + "; the turned image is kept losslessly.");
                }
                if (assumedDpi) {
                    warnings.add("The image does not record its resolution; " + Math.round(ASSUMED_DPI)
                            + " dpi was assumed to size the page.");
                }
            } finally {
                reader.dispose();
            }
            List<OcrWords.Word> words = new ArrayList<>();
            addTextLayers(pdf, recognitions, stepsBefore, warnings, facts, words);
            finisher.finish(pdf, request.info(), PdfaLevel.PDFA_2B);
            pdf.save(request.target().toFile());
            recordSizes(request, facts);
            List<String> shortfalls = tt05.shortfalls(pdf.getNumberOfPages());
            boolean tt05Strict = request.context().tt05Strict();
            if (!tt05Strict) {
                warnings.addAll(shortfalls);
            }
            return new ConvertedPdf("scanned", PdfaLevel.PDFA_2B, pdf.getNumberOfPages(), warnings, facts,
                    tt05Strict ? shortfalls : List.of()).withOcrWords(new OcrWords(words)).withFirstPage(firstPage);
        } catch (IIOException | java.io.EOFException e) {
            throw unreadable(e);
        } finally {
            // a page that failed to decode ends the document: stop the OCR of the pages before it
            recognitions.forEach(TesseractOcr.PendingPage::cancel);
        }
    }

    /** Scratch files for a page's OCR sit beside the PDF being written, in the run's scratch folder. */
    private static Path scratchBase(ConversionRequest request, int index) {
        return request.target().resolveSibling(request.target().getFileName() + ".ocr-" + (index + 1));
    }

    /**
     * Waits for each page's OCR and grafts its text onto the page; says which pages stay image-only and why. The
     * words read, with Tesseract's confidence in each, go to {@code words}, in the order of the text layer.
     */
    private void addTextLayers(PDDocument pdf, List<TesseractOcr.PendingPage> recognitions,
                               Map<Integer, List<String>> stepsBefore, List<String> warnings,
                               Map<String, String> facts, List<OcrWords.Word> words) throws IOException {
        if (!ocr.available()) {
            if (ocr.notSearchableReason() != null) {
                warnings.add("Converted, not searchable: " + ocr.notSearchableReason());
                facts.put("searchable", "no");
            }
            return;
        }
        InvisibleTextLayer layer = null;
        int searchable = 0;
        List<String> turned = new ArrayList<>();
        List<String> straightened = new ArrayList<>();
        PageQualityReport quality = new PageQualityReport();
        try {
            for (int index = 0; index < recognitions.size(); index++) {
                RecognisedPage page = recognitions.get(index).await();
                if (!page.searchable()) {
                    warnings.add("Page " + (index + 1) + " is not searchable: " + page.problem() + ".");
                    continue;
                }
                if (layer == null) {
                    layer = InvisibleTextLayer.embeddedIn(pdf);
                }
                layer.graft(pdf.getPage(index), page);
                words.addAll(page.words());
                searchable++;
                quality.add(index, page, stepsBefore.getOrDefault(index, List.of()));
                if (page.clockwise() != 0) {
                    turned.add("page " + (index + 1) + " " + page.clockwise() + "°");
                }
                if (page.deskew() != null) {
                    straightened.add(OcrFacts.skew(index, page.skewDegrees()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for OCR");
        }
        int pages = recognitions.size();
        facts.put("ocr", ocr.description());
        facts.put("searchable", searchable == pages ? "yes" : searchable == 0 ? "no" : searchable + " of " + pages + " pages");
        if (!turned.isEmpty()) {
            // the image is stored as scanned; /Rotate shows it upright
            facts.put("turnedUpright", String.join(", ", turned));
        }
        if (!straightened.isEmpty()) {
            // read from a straightened copy; the image stays as scanned and the text lies along its lines
            facts.put("readStraightened", String.join(", ", straightened));
        }
        if (layer != null && layer.droppedCharacters() > 0) {
            warnings.add(layer.droppedCharacters() + " character(s) read by OCR (control characters or"
                    + " beyond the Basic Multilingual Plane) were left out of the searchable text.");
        }
        quality.addFactsTo(facts);
        warnings.addAll(quality.warnings());
    }


    /** Scans are big: the report says what the PDF costs in storage against the file it came from. */
    private static void recordSizes(ConversionRequest request, Map<String, String> facts) throws IOException {
        long in = Files.size(request.source());
        long out = Files.size(request.target());
        facts.put("inputBytes", Long.toString(in));
        facts.put("outputBytes", Long.toString(out));
        facts.put("outputToInput", String.format(java.util.Locale.ROOT, "%.2f", in == 0 ? 0 : (double) out / in));
    }

    /**
     * @param straightened whether {@code image} was turned level, so is no longer the bytes in the file
     * @param forOcr       what Tesseract reads: {@code image}, or a straightened page before it went back to one bit
     */
    private record PageImage(BufferedImage image, float dpiX, float dpiY, boolean dpiAssumed, int index, boolean straightened,
                             BufferedImage forOcr) {
    }

    /** The page turned level when it lies askew, noted in {@code straightenedPages}; else the page as it is. */
    private static PageImage straightened(PageImage page, List<String> straightenedPages) {
        StraightenedScan level = StraightenedScan.of(page.image(), Math.round((page.dpiX() + page.dpiY()) / 2));
        if (level == null) {
            return page;
        }
        straightenedPages.add(OcrFacts.skew(page.index(), level.degrees()));
        return new PageImage(level.image(), page.dpiX(), page.dpiY(), page.dpiAssumed(), page.index(), true, level.forOcr());
    }

    private static ImageReader readerFor(ImageInputStream input, Detection detection) throws ConversionException {
        ImageReader reader = ImageReaders.first(input);
        if (reader == null) {
            throw new ConversionException(DocumentStatus.CORRUPT,
                    "The file is named as a " + detection.formatName() + " image but its content is not one earchive can read.");
        }
        return reader;
    }

    private static int countFrames(ImageReader reader) {
        try {
            return reader.getNumImages(true);
        } catch (IOException | IllegalStateException e) {
            return 1;
        }
    }

    /**
     * @param recordedElsewhere the resolution the file records where ImageIO does not read it (a PNG's pHYs), or null
     * @param tiff              the file, where it is a TIFF (a plain LZW page is decoded by earchive's own decoder), or null
     */
    private static PageImage readPage(ImageReader reader, int index, float[] recordedElsewhere, Path tiff)
            throws IOException, ConversionException {
        PixelLimit.check(reader, index);
        BufferedImage image;
        try {
            BufferedImage plainLzw = tiff == null ? null : LzwTiffPage.read(tiff, index, reader);
            image = plainLzw != null ? plainLzw : reader.read(index);
        } catch (IIOException | java.io.EOFException e) {
            throw unreadable(e);
        } catch (RuntimeException e) {
            throw new ConversionException(DocumentStatus.CORRUPT,
                    "Page " + (index + 1) + " of the image is damaged and cannot be decoded.", e);
        }
        float[] dpi = ImageResolution.of(reader.getImageMetadata(index));
        if (dpi == null) {
            dpi = recordedElsewhere;
        }
        boolean assumed = dpi == null;
        if (assumed) {
            dpi = new float[] {ASSUMED_DPI, ASSUMED_DPI};
        }
        return new PageImage(image, dpi[0], dpi[1], assumed, index, false, image);
    }

    /** Decoders report damage as IIOException, and a file that ends too soon as a bare EOFException. */
    private static ConversionException unreadable(IOException e) {
        if (e instanceof java.io.EOFException) {
            return new ConversionException(DocumentStatus.CORRUPT,
                    "The image file ends before its data does: it is truncated.", e);
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("unsupported") || lower.contains("compression")) {
            return new ConversionException(DocumentStatus.UNSUPPORTED,
                    "The image uses an encoding earchive cannot decode (" + message + ").", e);
        }
        // the decoder's message ("No SOF segment in stream") is kept as the cause, not shown to a clerk
        return new ConversionException(DocumentStatus.CORRUPT, "The image is damaged or truncated and cannot be decoded:"
                + " its data breaks off or does not follow its format. If a program still shows it, save a new copy and"
                + " convert that.", e);
    }

    /**
     * The page's image as the PDF stores it: a scanner's JPEG as it is, anything else by the run's
     * {@link ImageOptimization}: bilevel and two-tone pages as JBIG2 or G4, grey and colour as Flate (colour of at most 256 colours
     * indexed; or, asked for with level 2,
     * JPEG, noted in {@code lossy}).
     */
    private static PDImageXObject embed(PDDocument pdf, ConversionRequest request, PageImage page,
                                        List<String> warnings, List<String> lossy) throws IOException, ConversionException {
        if (request.detection().isMime("image/jpeg") && !page.straightened()) {
            PDImageXObject jpeg = embedJpegUnchanged(pdf, Files.readAllBytes(request.source()), warnings);
            if (jpeg != null) {
                if (request.context().ocr().optimize() != ImageOptimization.NONE) {
                    FlateOverJpeg.applyIfSmaller(jpeg.getCOSObject());
                }
                return jpeg;
            }
        }
        ImageOptimization optimize = request.context().ocr().optimize();
        BufferedImage image = page.image();
        if (image.getColorModel().getPixelSize() == 1) {
            PDImageXObject bilevel = embedBilevel(pdf, request, page, image);
            if (bilevel != null) {
                return bilevel;
            }
        } else if (optimize != ImageOptimization.NONE) {
            BufferedImage twoTone = TwoTone.of(image);
            PDImageXObject bilevel = twoTone == null ? null : embedBilevel(pdf, request, page, twoTone);
            if (bilevel != null) {
                return bilevel;
            }
        }
        if (optimize == ImageOptimization.LOSSY && !image.getColorModel().hasAlpha()) {
            lossy.add("page " + (page.index() + 1));
            return LossyJpeg.embed(pdf, image);
        }
        PDImageXObject grey = GreySamples.embed(pdf, image);
        if (grey != null) {
            return grey;
        }
        if (optimize != ImageOptimization.NONE) {
            PDImageXObject indexed = FewColours.embed(pdf, image);
            if (indexed != null && StoredPixels.same(indexed, image)) {
                return indexed;
            }
        }
        // PDFBox's Flate: PNG predictors were measured too and stored grainy grey scans 40-45% larger (docs/ocr.md)
        PDImageXObject lossless = LosslessFactory.createFromImage(pdf, image);
        keepIccProfile(pdf, lossless, image);
        return lossless;
    }

    /** The JPEG's own bytes, or null when they cannot go into a PDF/A as they are (CMYK without a profile). */
    private static PDImageXObject embedJpegUnchanged(PDDocument pdf, byte[] bytes, List<String> warnings)
            throws IOException, ConversionException {
        JpegFile jpeg = JpegFile.read(bytes);
        if (!jpeg.complete) {
            throw new ConversionException(DocumentStatus.CORRUPT,
                    "The JPEG image is truncated (it has no end marker): the bottom of the page is missing.");
        }
        PDImageXObject xobject = JPEGFactory.createFromByteArray(pdf, bytes);
        if (jpeg.iccProfile() != null && iccComponents(jpeg.iccProfile()) == jpeg.components()) {
            xobject.setColorSpace(iccBased(pdf, jpeg.iccProfile(), jpeg.components()));
        } else if (jpeg.components() == 4) {
            warnings.add("The CMYK JPEG carries no colour profile, which PDF/A requires; it was stored losslessly"
                    + " as RGB instead of byte for byte.");
            return null;
        }
        return xobject;
    }

    /**
     * A bilevel page, losslessly: at {@code --optimize 1} and up as JBIG2 generic coding ({@link Jbig2Generic},
     * a third to a half smaller than G4 on text pages), else (level 0, or no JBIG2 decoder to check it with) as
     * G4: the data straight from a CCITT TIFF when PDFBox can lift it out, or the decoded page encoded as G4.
     * Whatever is stored is decoded again and checked pixel for pixel against the page; null (Flate) if nothing
     * matches.
     */
    private static PDImageXObject embedBilevel(PDDocument pdf, ConversionRequest request, PageImage page,
                                               BufferedImage image) {
        if (request.context().ocr().optimize() != ImageOptimization.NONE) {
            try {
                PDImageXObject jbig2 = jbig2(pdf, image);
                if (StoredPixels.same(jbig2, page.image())) {
                    return jbig2;
                }
            } catch (IOException | RuntimeException notDecodable) {
                // no JBIG2 decoder on the classpath, or a page it cannot take: G4 is as lossless
            }
        }
        return embedG4(pdf, request, page, image);
    }

    private static PDImageXObject embedG4(PDDocument pdf, ConversionRequest request, PageImage page,
                                          BufferedImage image) {
        if (request.detection().isMime("image/tiff") && !page.straightened() && image == page.image()) {
            try {
                PDImageXObject kept = CCITTFactory.createFromFile(pdf, request.source().toFile(), page.index());
                if (kept != null && StoredPixels.same(kept, image)) {
                    return kept;
                }
            } catch (IOException | RuntimeException notCcittOrNotLiftable) {
                // fall through to re-encoding
            }
        }
        try {
            PDImageXObject encoded = CCITTFactory.createFromImage(pdf, image);
            // checked against the page as decoded, so a two-tone grey page is only stored so when no pixel changed
            if (StoredPixels.same(encoded, page.image())) {
                return encoded;
            }
        } catch (IOException | RuntimeException notEncodable) {
            // fall through to Flate
        }
        return null;
    }

    /** The page as a JBIG2Decode image: one bit per pixel, DeviceGray, 0 black. */
    static PDImageXObject jbig2(PDDocument pdf, BufferedImage image) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (java.io.OutputStream out = stream.createRawOutputStream()) {
            out.write(Jbig2Generic.encode(image));
        }
        stream.setItem(COSName.FILTER, COSName.JBIG2_DECODE);
        PDImageXObject xobject = new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream), null);
        xobject.setWidth(image.getWidth());
        xobject.setHeight(image.getHeight());
        xobject.setBitsPerComponent(1);
        xobject.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
        return xobject;
    }

    private static void keepIccProfile(PDDocument pdf, PDImageXObject xobject, BufferedImage image) throws IOException {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space instanceof ICC_ColorSpace icc && !space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY
                && xobject.getColorSpace().getNumberOfComponents() == space.getNumComponents()
                && xobject.getCOSObject().getCOSName(COSName.COLORSPACE) != null) {
            xobject.setColorSpace(iccBased(pdf, icc.getProfile().getData(), space.getNumComponents()));
        }
    }

    private static int iccComponents(byte[] profile) {
        try {
            return java.awt.color.ICC_Profile.getInstance(profile).getNumComponents();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static PDICCBased iccBased(PDDocument pdf, byte[] profile, int components) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(profile);
        }
        stream.setInt(COSName.N, components);
        COSArray array = new COSArray();
        array.add(COSName.ICCBASED);
        array.add(stream);
        return PDICCBased.create(array, null);
    }

    private static void addPage(PDDocument pdf, PDImageXObject image, PageImage page) throws IOException {
        float width = image.getWidth() * 72f / page.dpiX();
        float height = image.getHeight() * 72f / page.dpiY();
        float shrink = Math.max(1f, Math.max(width, height) / MAX_PAGE_SIDE);
        PDPage pdfPage = new PDPage(new PDRectangle(width / shrink, height / shrink));
        pdf.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
            content.drawImage(image, 0, 0, width / shrink, height / shrink);
        }
    }

    private static String describe(PDImageXObject image) {
        // the image's own coding: the last filter, under any Flate layer around a JPEG
        org.apache.pdfbox.cos.COSBase filters = image.getCOSObject().getFilters();
        String name = filters instanceof COSName filter ? filter.getName()
                : filters instanceof COSArray array && array.size() > 0 && array.getObject(array.size() - 1) instanceof COSName last
                ? last.getName() : "none";
        return name + ", " + image.getBitsPerComponent() + " bit, " + image.getWidth() + "x" + image.getHeight();
    }
}
