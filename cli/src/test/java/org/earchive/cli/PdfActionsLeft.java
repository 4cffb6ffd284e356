package org.earchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Every action left in a PDF, found by walking every object reachable from its trailer (not only the places a
 * viewer looks), each with the path that leads to it: "/Root/Pages/Kids[0]/Annots[0]/A: URI". An action is a
 * dictionary with /S naming an action type; what carries it decides whether the archival table keeps it.
 */
record PdfActionsLeft(String path, String type, boolean onClick, boolean underTrigger, String named) {

    /** Actions of PDF 1.7 and 2.0, which are what /S may name. */
    private static final Set<String> TYPES = Set.of("GoTo", "GoToR", "GoToE", "GoToDp", "Launch", "Thread", "URI",
            "Sound", "Movie", "Hide", "Named", "SubmitForm", "ResetForm", "ImportData", "JavaScript", "SetOCGState",
            "Rendition", "Trans", "GoTo3DView", "RichMediaExecute");

    static List<PdfActionsLeft> in(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PdfActionsLeft> found = new ArrayList<>();
            walk(document.getDocument().getTrailer(), found);
            return found;
        }
    }

    /**
     * What the archival table (docs/pdf-actions.md) allows: GoTo, Thread and page-turning Named actions anywhere
     * but under a trigger (/AA); URI and GoToR only where the reader clicks (a link, a bookmark, a button).
     */
    boolean allowed() {
        if (underTrigger) {
            return false;
        }
        return switch (type) {
            case "GoTo", "Thread" -> true;
            case "Named" -> Set.of("NextPage", "PrevPage", "FirstPage", "LastPage").contains(named);
            case "URI", "GoToR" -> onClick;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return path + ": " + type + (named == null ? "" : " " + named);
    }

    /** One object to look at: where it hangs and what the action it is chained after (if any) was. */
    private record Step(COSBase base, String path, COSDictionary parent, String key, boolean triggered, boolean clicked) {
    }

    /** Depth first, with a stack of its own: a hostile file's nesting is deeper than the thread's stack. */
    private static void walk(COSBase root, List<PdfActionsLeft> found) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(root, "", null, null, false, false));
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            COSBase object = step.base() instanceof COSObject indirect ? indirect.getObject() : step.base();
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                boolean underTrigger = step.triggered() || "AA".equals(step.key());
                COSName s = dictionary.getCOSName(COSName.S);
                boolean click = false;
                if (s != null && TYPES.contains(s.getName())) {
                    COSDictionary parent = step.parent();
                    click = "A".equals(step.key()) && parent != null && (isAnnotation(parent) || parent.containsKey(COSName.TITLE))
                            || "Next".equals(step.key()) && step.clicked();
                    COSName named = dictionary.getCOSName(COSName.N);
                    found.add(new PdfActionsLeft(step.path(), s.getName(), click, underTrigger, named == null ? null : named.getName()));
                }
                for (COSName name : dictionary.keySet()) {
                    if (COSName.PARENT.equals(name) || COSName.P.equals(name) && isAnnotation(dictionary)) {
                        continue; // back up the tree: reached from above anyway
                    }
                    pending.push(new Step(dictionary.getItem(name), extend(step.path(), "/" + name.getName()), dictionary, name.getName(),
                            underTrigger, click));
                }
            } else if (object instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    pending.push(new Step(array.get(i), extend(step.path(), "[" + i + "]"), step.parent(), step.key(), step.triggered(),
                            step.clicked()));
                }
            }
        }
    }

    /** Paths stop growing past 300 characters (ending "..."), or 100 000 nested arrays would spell 100 000 paths each longer. */
    private static String extend(String path, String step) {
        return path.length() > 300 ? (path.endsWith("...") ? path : path + "...") : path + step;
    }

    private static boolean isAnnotation(COSDictionary dictionary) {
        return COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.SUBTYPE)
                && dictionary.containsKey(COSName.RECT);
    }
}
