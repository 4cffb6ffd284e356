package org.earchive.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes a PDF's page count true before anyone trusts it. PDFBox answers {@code getNumberOfPages()} with the
 * page tree's /Count as the file states it, and callers size lists by it: a 600-byte PDF stating
 * {@code /Count 2000000000} takes the whole heap. This counts the leaves that are really there (iteratively,
 * each node once, so a loop in the tree or a tree nested a million deep neither hangs nor overflows the stack)
 * and rewrites, in memory, every /Count that disagrees; a branch that appears a second time (a loop back up
 * the tree) is taken out of the kids that list it again. Walks up the tree are made to end too: each node's /Parent
 * is set to the node that lists it, and the root's is removed.
 */
public final class PageTreeCounts {

    private PageTreeCounts() {
    }

    /** @return how many /Count entries were wrong or branches looped (0 for an honest file) */
    public static int repair(PDDocument document) {
        COSBase root = resolve(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES));
        if (!(root instanceof COSDictionary rootNode)) {
            return 0;
        }
        // depth-first, children before parents: nodes are listed in visiting order, then counted in reverse
        List<COSDictionary> nodes = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> pending = new ArrayDeque<>();
        pending.push(rootNode);
        seen.add(rootNode);
        int corrected = 0;
        if (rootNode.containsKey(COSName.PARENT)) {
            // the root has no parent: one that names itself sends veraPDF's inherited-box lookup round for ever
            rootNode.removeItem(COSName.PARENT);
            corrected++;
        }
        while (!pending.isEmpty()) {
            COSDictionary node = pending.pop();
            nodes.add(node);
            for (COSDictionary kid : kids(node)) {
                if (seen.add(kid)) {
                    if (resolve(kid.getItem(COSName.PARENT)) != node) {
                        // each node's /Parent is the node that lists it, so walks up the tree end at the root
                        kid.setItem(COSName.PARENT, node);
                        corrected++;
                    }
                    pending.push(kid);
                } else if (isTreeNode(kid)) {
                    // a branch met twice is a loop (or a shared subtree): readers would walk it for ever or twice
                    node.getCOSArray(COSName.KIDS).removeObject(kid);
                    corrected++;
                }
            }
        }
        Map<COSDictionary, Long> counts = new IdentityHashMap<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            COSDictionary node = nodes.get(i);
            if (!isTreeNode(node)) {
                counts.put(node, 1L);
                continue;
            }
            long count = 0;
            for (COSDictionary kid : kids(node)) {
                count += counts.getOrDefault(kid, 0L); // a kid met before, through a loop, counts once
            }
            counts.put(node, count);
            if (node.getLong(COSName.COUNT, -1) != count) {
                node.setLong(COSName.COUNT, count);
                corrected++;
            }
        }
        return corrected;
    }

    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.getDictionaryObject(COSName.KIDS) instanceof COSArray;
    }

    private static List<COSDictionary> kids(COSDictionary node) {
        if (!isTreeNode(node) || !(node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids)) {
            return List.of();
        }
        List<COSDictionary> found = new ArrayList<>(kids.size());
        for (COSBase kid : kids) {
            if (resolve(kid) instanceof COSDictionary dictionary) {
                found.add(dictionary);
            }
        }
        return found;
    }

    private static COSBase resolve(COSBase value) {
        return value instanceof COSObject indirect ? indirect.getObject() : value;
    }
}
