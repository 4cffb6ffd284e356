package org.earchive.convert.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Every dictionary a PDF writer would write: those reachable from the trailer, direct or indirect. Actions
 * hang on annotations that are often direct objects inside a page's /Annots array, which a walk of the
 * indirect objects alone would miss. The walk is iterative with a visited set, so a hostile file's reference
 * loops and arrays nested a hundred thousand deep neither loop nor overflow the stack.
 */
final class ReachableDictionaries {

    private ReachableDictionaries() {
    }

    static List<COSDictionary> of(PDDocument document) {
        List<COSDictionary> found = new ArrayList<>();
        Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase object = next instanceof COSObject indirect ? indirect.getObject() : next;
            if (object == null || !visited.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                found.add(dictionary);
                for (COSBase value : dictionary.getValues()) {
                    pending.push(value);
                }
            } else if (object instanceof COSArray array) {
                for (COSBase item : array) {
                    pending.push(item);
                }
            }
        }
        return found;
    }
}
