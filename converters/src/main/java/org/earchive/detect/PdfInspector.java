package org.earchive.detect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.PageTreeCounts;
import org.earchive.formats.PdfStreamBombs;

/**
 * Opens a PDF and says what it is: each page's class with its evidence, encryption, signatures, active
 * content and any PDF/A claim. Pages are classified from their content streams; one is rendered (at a
 * thumbnail's resolution) only when its drawings alone cannot tell blank from not blank.
 */
public final class PdfInspector {

    /** Enough to see whether anything shows, far too coarse to cost anything. */
    private static final float INK_CHECK_DPI = 18f;
    /** A pixel darker than this in any channel is ink, not paper or antialiasing noise. */
    private static final int INK_THRESHOLD = 230;

    private final String password;
    private final PdfSignatures signatures;

    public PdfInspector() {
        this("");
    }

    /** @param password tried on PDFs that need one to open ("" for none) */
    public PdfInspector(String password) {
        this(password, TrustStore.NONE);
    }

    /**
     * @param password tried on PDFs that need one to open ("" for none)
     * @param trust    the roots signers' certificate chains are checked against
     */
    public PdfInspector(String password, TrustStore trust) {
        this.password = password == null ? "" : password;
        this.signatures = new PdfSignatures(trust);
    }

    public PdfFacts inspect(Path file) throws ConversionException, IOException {
        // Scratch buffers on disk, not the heap, so a 2,000-page PDF is inspected in bounded memory.
        // opened by its Path: a name in bytes the system's encoding cannot decode opens too (java.io.File would not)
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), password,
                IOUtils.createTempFileOnlyStreamCache())) {
            String bomb = PdfStreamBombs.refusal(document);
            if (bomb != null) {
                throw new ConversionException(DocumentStatus.CORRUPT, bomb);
            }
            return inspect(document, Files.size(file), file);
        } catch (InvalidPasswordException e) {
            throw new ConversionException(DocumentStatus.ENCRYPTED, passwordSentence(password), e);
        } catch (ConversionException | java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            // PDFBox's message ("Missing root object specification in trailer.") is the cause, not for a clerk
            throw new ConversionException(DocumentStatus.CORRUPT, "The PDF is damaged and cannot be read: the table that locates its pages and objects is broken or missing,"
                    + " as when a file is cut short. If a PDF reader still opens it, save a new copy and convert that.", e);
        }
    }

    /** What to tell a clerk about a PDF that needs a password, depending on whether one was given. */
    public static String passwordSentence(String passwordTried) {
        return passwordTried == null || passwordTried.isEmpty()
                ? "The PDF is protected by a password: it cannot be opened without it."
                : "The PDF is protected by a password, and the password given does not open it.";
    }

    /**
     * Inspects an already open PDF; {@code fileLength} decides whether signatures cover the whole file. Without the
     * file's bytes, signatures are found but not verified.
     */
    public PdfFacts inspect(PDDocument document, long fileLength) throws IOException, ConversionException {
        return inspect(document, fileLength, null);
    }

    private PdfFacts inspect(PDDocument document, long fileLength, Path file) throws IOException, ConversionException {
        PageTreeCounts.repair(document);
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The PDF has no pages.");
        }
        List<PageEvidence> pages = new ArrayList<>(pageCount);
        PDFRenderer renderer = org.earchive.formats.CancellablePdf.renderer(document);
        renderer.setSubsamplingAllowed(true);
        COSDictionary catalogDictionary = document.getDocumentCatalog().getCOSObject();
        boolean javaScript = ActiveContent.hasJavaScriptAction(catalogDictionary.getDictionaryObject(COSName.OPEN_ACTION))
                || ActiveContent.hasJavaScriptAction(catalogDictionary.getDictionaryObject(COSName.AA));
        int attachments = 0;
        int index = 0;
        for (PDPage page : document.getPages()) {
            pages.add(classify(page, index, renderer));
            javaScript |= ActiveContent.hasJavaScriptAction(page.getCOSObject().getDictionaryObject(COSName.AA));
            for (PDAnnotation annotation : page.getAnnotations()) {
                COSDictionary annotationDictionary = annotation.getCOSObject();
                javaScript |= ActiveContent.hasJavaScriptAction(annotationDictionary.getDictionaryObject(COSName.A))
                        || ActiveContent.hasJavaScriptAction(annotationDictionary.getDictionaryObject(COSName.AA));
                if (COSName.getPDFName("FileAttachment").equals(annotationDictionary.getCOSName(COSName.SUBTYPE))) {
                    attachments++;
                }
            }
            index++;
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null) {
            javaScript |= names.getJavaScript() != null && ActiveContent.countNames(names.getJavaScript().getCOSObject()) > 0;
            attachments += names.getEmbeddedFiles() == null ? 0 : ActiveContent.countNames(names.getEmbeddedFiles().getCOSObject());
        }
        PDAcroForm form = catalog.getAcroForm(null);
        boolean xfa = form != null && form.hasXFA();
        return new PdfFacts(versionOf(document), pdfaClaim(catalog.getMetadata()), pages,
                document.isEncrypted() ? PdfEncryption.PERMISSIONS_ONLY : PdfEncryption.NONE,
                document.isEncrypted() ? restrictions(document.getCurrentAccessPermission()) : List.of(),
                signatures.of(document, fileLength, file), javaScript, attachments, xfa);
    }

    private static PageEvidence classify(PDPage page, int index, PDFRenderer renderer) throws IOException {
        PageMarks marks = PageContentScanner.scan(page);
        boolean[] rendered = {false};
        DocumentClass pageClass = PageClassifier.classify(marks, () -> {
            rendered[0] = true;
            return showsInk(renderer, index);
        });
        return new PageEvidence(index + 1, marks, pageClass, rendered[0]);
    }

    private static boolean showsInk(PDFRenderer renderer, int pageIndex) {
        try {
            BufferedImage image = renderer.renderImageWithDPI(pageIndex, INK_CHECK_DPI, ImageType.RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) < INK_THRESHOLD || ((rgb >> 8) & 0xFF) < INK_THRESHOLD || (rgb & 0xFF) < INK_THRESHOLD) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // cannot render: do not call a page blank on no evidence
        }
    }

    private static String versionOf(PDDocument document) {
        return String.format(java.util.Locale.ROOT, "%.1f", document.getVersion());
    }

    /** "PDF/A-2b" from the XMP's pdfaid schema; a damaged XMP packet is no claim. */
    public static String pdfaClaim(PDMetadata metadata) {
        if (metadata == null) {
            return null;
        }
        try (InputStream xml = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(xml);
            PDFAIdentificationSchema pdfaId = xmp.getPDFAIdentificationSchema();
            if (pdfaId == null || pdfaId.getPart() == null) {
                return null;
            }
            String conformance = pdfaId.getConformance() == null ? "" : pdfaId.getConformance().toLowerCase(java.util.Locale.ROOT);
            return "PDF/A-" + pdfaId.getPart() + conformance;
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> restrictions(AccessPermission permission) {
        List<String> forbidden = new ArrayList<>();
        if (!permission.canPrint()) {
            forbidden.add("print");
        }
        if (!permission.canExtractContent()) {
            forbidden.add("copy");
        }
        if (!permission.canModify()) {
            forbidden.add("modify");
        }
        if (!permission.canModifyAnnotations()) {
            forbidden.add("annotate");
        }
        if (!permission.canFillInForm()) {
            forbidden.add("fill-in");
        }
        if (!permission.canAssembleDocument()) {
            forbidden.add("assemble");
        }
        return forbidden;
    }

    /** Where a PDF hides JavaScript and attachments, read from the COS objects without running anything. */
    static final class ActiveContent {
        private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
        /** Deeper /Next chains or name trees than this are hostile, not real. */
        private static final int MAX_DEPTH = 64;

        private ActiveContent() {
        }

        /**
         * An action dictionary (it has /S), or an additional-actions dictionary whose values are actions,
         * with JavaScript anywhere in the chain of /Next actions.
         */
        static boolean hasJavaScriptAction(COSBase base) {
            if (!(resolve(base) instanceof COSDictionary dictionary)) {
                return false;
            }
            if (dictionary.containsKey(COSName.S)) {
                return isJavaScriptChain(dictionary, 0);
            }
            for (COSName key : dictionary.keySet()) {
                if (isJavaScriptChain(dictionary.getDictionaryObject(key), 0)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isJavaScriptChain(COSBase base, int depth) {
            COSBase resolved = resolve(base);
            if (depth > MAX_DEPTH) {
                return false;
            }
            if (resolved instanceof COSDictionary action) {
                if (JAVASCRIPT.equals(action.getCOSName(COSName.S)) || action.containsKey(COSName.JS)) {
                    return true;
                }
                return isJavaScriptChain(action.getDictionaryObject(COSName.NEXT), depth + 1);
            }
            if (resolved instanceof COSArray actions) {
                for (COSBase next : actions) {
                    if (isJavaScriptChain(next, depth + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static COSBase resolve(COSBase base) {
            return base instanceof COSObject object ? object.getObject() : base;
        }

        /** Entries in a name tree (its /Names arrays hold key, value pairs), following /Kids. */
        static int countNames(COSDictionary node) {
            return countNames(node, 0);
        }

        private static int countNames(COSDictionary node, int depth) {
            if (node == null || depth > MAX_DEPTH) {
                return 0;
            }
            int count = 0;
            COSArray names = node.getCOSArray(COSName.NAMES);
            if (names != null) {
                count += names.size() / 2;
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids != null) {
                for (COSBase kid : kids) {
                    COSBase resolved = resolve(kid);
                    if (resolved instanceof COSDictionary child) {
                        count += countNames(child, depth + 1);
                    }
                }
            }
            return count;
        }
    }
}
