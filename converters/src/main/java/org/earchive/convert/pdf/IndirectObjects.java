package org.earchive.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Every indirect object of a PDF, resolved: the repairs that concern objects wherever they hang (fonts,
 * images, actions) walk this list instead of each tree (pages, forms, annotations, outlines) separately.
 */
final class IndirectObjects {

    private IndirectObjects() {
    }

    /** A snapshot, so a repair may add objects while it walks the list. */
    static List<COSBase> of(PDDocument document) {
        COSDocument cos = document.getDocument();
        List<COSBase> objects = new ArrayList<>();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSObject object = cos.getObjectFromPool(key);
            COSBase resolved = object == null ? null : object.getObject();
            if (resolved != null) {
                objects.add(resolved);
            }
        }
        return objects;
    }
}
