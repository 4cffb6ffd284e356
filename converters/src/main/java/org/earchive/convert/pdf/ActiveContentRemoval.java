package org.earchive.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.earchive.convert.pdf.PdfActions.Where;

/**
 * Takes out what PDF/A forbids because it acts rather than shows, and what an archival copy must not do even
 * where PDF/A allows it: every action {@link ArchivalActions} does not keep where it hangs (so a link's web
 * address stays, a form that posts itself on opening does not), additional-actions triggers, XFA forms,
 * embedded files (PDF/A-2 admits only PDF/A attachments, which earchive cannot vouch for), and annotation types
 * that play media. Annotations that stay are made printable and visible, as PDF/A requires, and entries their
 * producer wrote wrong are mended ({@link AnnotationEntries}).
 */
final class ActiveContentRemoval {

    /** Annotation types PDF/A-2 forbids (6.3.1) or that only carry an attachment. */
    private static final Set<String> REMOVED_ANNOTATIONS = Set.of("Sound", "Movie", "Screen", "3D", "RichMedia", "FileAttachment");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");
    private static final int MAX_CHAIN = 64;

    private ActiveContentRemoval() {
    }

    static void apply(PDDocument document, RepairLog log) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        COSDictionary catalogDictionary = catalog.getCOSObject();
        COSBase openAction = catalogDictionary.getDictionaryObject(COSName.OPEN_ACTION);
        if (openAction instanceof COSDictionary action) {
            if (PdfActions.keeps(action, Where.OPEN_ACTION)) {
                pruneChain(action, Where.OPEN_ACTION, log, 0);
            } else {
                catalogDictionary.removeItem(COSName.OPEN_ACTION);
                log.changed(describe(action) + " removed (it ran when the document opened)");
            }
        }
        if (catalogDictionary.containsKey(NEEDS_RENDERING)) {
            catalogDictionary.removeItem(NEEDS_RENDERING);
            log.changed("NeedsRendering flag removed");
        }
        removeNameTrees(catalog, log);
        removeXfa(catalog, log);
        stripActions(document, log);
        for (PDPage page : document.getPages()) {
            repairAnnotations(document, page, log);
        }
    }

    private static void removeNameTrees(PDDocumentCatalog catalog, RepairLog log) {
        COSDictionary names = catalog.getCOSObject().getCOSDictionary(COSName.NAMES);
        if (names == null) {
            return;
        }
        if (names.containsKey(COSName.JAVA_SCRIPT)) {
            names.removeItem(COSName.JAVA_SCRIPT);
            log.changed("document JavaScript removed");
        }
        if (names.containsKey(COSName.EMBEDDED_FILES)) {
            names.removeItem(COSName.EMBEDDED_FILES);
            log.changed("embedded files removed (PDF/A-2 admits only PDF/A attachments)");
        }
    }

    private static void removeXfa(PDDocumentCatalog catalog, RepairLog log) {
        PDAcroForm form = catalog.getAcroForm(null);
        if (form == null) {
            return;
        }
        COSDictionary formDictionary = form.getCOSObject();
        if (formDictionary.containsKey(XFA)) {
            formDictionary.removeItem(XFA);
            log.changed("XFA form data removed (the AcroForm fields stay)");
        }
        if (formDictionary.getBoolean(COSName.NEED_APPEARANCES, false)) {
            formDictionary.removeItem(COSName.NEED_APPEARANCES);
            log.changed("NeedAppearances flag removed");
        }
    }

    /**
     * Every dictionary the PDF will keep (annotations, fields, bookmarks, pages, direct or indirect) loses its
     * additional-actions triggers and every clicked action the table does not keep.
     */
    private static void stripActions(PDDocument document, RepairLog log) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        for (COSDictionary dictionary : ReachableDictionaries.of(document)) {
            if (dictionary.containsKey(COSName.AA)) {
                dictionary.removeItem(COSName.AA);
                log.changed("additional-actions trigger removed");
            }
            if (dictionary != catalog && dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action
                    && PdfActions.isAction(action)) {
                if (PdfActions.keeps(action, Where.CLICK)) {
                    pruneChain(action, Where.CLICK, log, 0);
                } else {
                    dictionary.removeItem(COSName.A);
                    log.changed(describe(action) + " removed");
                }
            }
        }
    }

    /** A kept action keeps only those actions chained after it (/Next) that the table keeps too. */
    private static void pruneChain(COSDictionary action, Where where, RepairLog log, int depth) {
        if (depth > MAX_CHAIN) {
            action.removeItem(COSName.NEXT);
            return;
        }
        List<COSDictionary> next = PdfActions.next(action);
        if (next.isEmpty()) {
            return;
        }
        COSArray kept = new COSArray();
        for (COSDictionary following : next) {
            if (PdfActions.keeps(following, where)) {
                pruneChain(following, where, log, depth + 1);
                kept.add(following);
            } else {
                log.changed(describe(following) + " removed");
            }
        }
        if (kept.size() == next.size()) {
            return;
        }
        if (kept.size() == 0) {
            action.removeItem(COSName.NEXT);
        } else {
            action.setItem(COSName.NEXT, kept.size() == 1 ? kept.getObject(0) : kept);
        }
    }

    private static String describe(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        return type == null ? "untyped action" : type + " action";
    }

    private static void repairAnnotations(PDDocument document, PDPage page, RepairLog log) throws IOException {
        List<PDAnnotation> annotations = page.getAnnotations();
        List<PDAnnotation> kept = new ArrayList<>(annotations.size());
        for (PDAnnotation annotation : annotations) {
            String subtype = annotation.getSubtype();
            if (subtype != null && REMOVED_ANNOTATIONS.contains(subtype)) {
                log.changed(subtype + " annotation removed");
                continue;
            }
            AnnotationEntries.mend(page, annotation, log);
            makePrintableAndVisible(annotation, subtype, log);
            ensureNormalAppearance(document, annotation, subtype, log);
            kept.add(annotation);
        }
        if (kept.size() != annotations.size()) {
            page.setAnnotations(kept);
        }
    }

    private static void makePrintableAndVisible(PDAnnotation annotation, String subtype, RepairLog log) {
        boolean isPopup = "Popup".equals(subtype);
        if (isPopup && !annotation.getCOSObject().containsKey(COSName.F)) {
            return; // a popup may go without flags
        }
        int before = annotation.getAnnotationFlags();
        annotation.setPrinted(true);
        annotation.setHidden(false);
        annotation.setInvisible(false);
        annotation.setNoView(false);
        annotation.setToggleNoView(false);
        if (annotation.getAnnotationFlags() != before || !annotation.getCOSObject().containsKey(COSName.F)) {
            annotation.getCOSObject().setInt(COSName.F, annotation.getAnnotationFlags());
            log.changed("annotation made printable and visible");
        }
    }

    /** PDF/A wants every annotation but links and popups drawn by its own appearance stream, and only the normal one. */
    private static void ensureNormalAppearance(PDDocument document, PDAnnotation annotation, String subtype, RepairLog log) {
        if ("Link".equals(subtype) || "Popup".equals(subtype)) {
            return;
        }
        PDAppearanceDictionary appearance = annotation.getAppearance();
        if (appearance == null || appearance.getNormalAppearance() == null) {
            try {
                annotation.constructAppearances(document);
                appearance = annotation.getAppearance();
            } catch (RuntimeException e) {
                appearance = null;
            }
            if (appearance == null || appearance.getNormalAppearance() == null) {
                log.problem("A " + subtype + " annotation on a page has no appearance and earchive could not draw one.");
                return;
            }
            log.changed("appearance drawn for a " + subtype + " annotation");
        }
        COSDictionary appearanceDictionary = appearance.getCOSObject();
        if (appearanceDictionary.containsKey(COSName.D) || appearanceDictionary.containsKey(COSName.R)) {
            appearanceDictionary.removeItem(COSName.D);
            appearanceDictionary.removeItem(COSName.R);
            log.changed("rollover/down appearance removed from an annotation");
        }
    }
}
