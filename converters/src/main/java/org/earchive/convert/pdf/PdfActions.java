package org.earchive.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.convert.pdf.ArchivalActions.Trigger;

/**
 * Lists every action a PDF holds, where it hangs and whether {@link ArchivalActions} keeps it: the document's
 * open action, its document-level JavaScript, every additional-actions trigger, and every action a reader sets
 * off by clicking (links, bookmarks, form buttons), each with its /Next chain. Read-only: the converter asks
 * it whether an already valid PDF/A may be kept byte for byte, and tests ask it what is left in an output.
 */
public final class PdfActions {

    /** Where an action hangs: what sets it off. */
    public enum Where {
        OPEN_ACTION("open action"),
        DOCUMENT_JAVASCRIPT("document JavaScript"),
        ADDITIONAL_ACTIONS("additional-actions trigger"),
        CLICK("link, bookmark or button");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * @param type  the action's /S ("URI", "SubmitForm", ...), or "?" when it has none
     * @param kept  whether an archival copy keeps it
     */
    public record Action(Where where, String type, boolean kept) {
        @Override
        public String toString() {
            return type + " (" + where + (kept ? ", kept" : ", not kept") + ")";
        }
    }

    private static final int MAX_CHAIN = 64;

    private PdfActions() {
    }

    public static List<Action> of(PDDocument document) {
        List<Action> found = new ArrayList<>();
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary open) {
            chain(open, Where.OPEN_ACTION, found, 0);
        }
        if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names
                && names.containsKey(COSName.JAVA_SCRIPT)) {
            found.add(new Action(Where.DOCUMENT_JAVASCRIPT, "JavaScript", false));
        }
        for (COSDictionary dictionary : ReachableDictionaries.of(document)) {
            if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
                for (COSBase value : triggers.getValues()) {
                    if (resolve(value) instanceof COSDictionary action) {
                        chain(action, Where.ADDITIONAL_ACTIONS, found, 0);
                    }
                }
            }
            if (dictionary != catalog && dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action
                    && isAction(action)) {
                chain(action, Where.CLICK, found, 0);
            }
        }
        return found;
    }

    /** Only the actions an archival copy does not keep. */
    public static List<Action> notKept(PDDocument document) {
        return of(document).stream().filter(action -> !action.kept()).toList();
    }

    /** Whether this one action (not its chain) is kept where it hangs. */
    static boolean keeps(COSDictionary action, Where where) {
        Trigger trigger = switch (where) {
            case CLICK -> Trigger.CLICK;
            case OPEN_ACTION -> Trigger.OPEN;
            default -> null;
        };
        return trigger != null && ArchivalActions.keeps(action.getNameAsString(COSName.S),
                action.getNameAsString(COSName.N), trigger);
    }

    /** The dictionaries chained after an action by /Next, one dictionary or an array of them. */
    static List<COSDictionary> next(COSDictionary action) {
        COSBase next = action.getDictionaryObject(COSName.NEXT);
        if (next instanceof COSDictionary one) {
            return List.of(one);
        }
        List<COSDictionary> all = new ArrayList<>();
        if (next instanceof COSArray many) {
            for (COSBase item : many) {
                if (resolve(item) instanceof COSDictionary one) {
                    all.add(one);
                }
            }
        }
        return all;
    }

    /**
     * /A means "action" on annotations, bookmarks and fields, but an appearance-state key elsewhere could be
     * named A too: only a dictionary with an /S (or /Type /Action) counts.
     */
    static boolean isAction(COSDictionary dictionary) {
        return dictionary.containsKey(COSName.S) || "Action".equals(dictionary.getNameAsString(COSName.TYPE));
    }

    private static void chain(COSDictionary action, Where where, List<Action> found, int depth) {
        if (depth > MAX_CHAIN) {
            return;
        }
        String type = action.getNameAsString(COSName.S);
        found.add(new Action(where, type == null ? "?" : type, keeps(action, where)));
        for (COSDictionary next : next(action)) {
            chain(next, where, found, depth + 1);
        }
    }

    private static COSBase resolve(COSBase value) {
        return value instanceof COSObject indirect ? indirect.getObject() : value;
    }
}
