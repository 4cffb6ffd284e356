package org.earchive.formats;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The largest image a PDF page draws, read from the images' dictionaries (/Width, /Height): nothing is decoded.
 * Renderers decode an image whole before scaling it to the page unless allowed to subsample, so a page whose
 * image declares more than {@link PixelLimit#MAX_PIXELS} is rendered subsampled; every other page exactly as
 * before. Forms are followed into, each once, so resources that refer to each other end.
 */
public final class PageImageSizes {

    /** Most dictionaries looked at on one page: a real page has tens, a hostile one may have millions. */
    private static final int MAX_VISITED = 10_000;

    private PageImageSizes() {
    }

    /** Width x height of the largest image XObject the page's resources hold (0 when none). */
    public static long largestPixels(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> pending = new ArrayDeque<>();
        if (resources != null) {
            pending.add(resources);
        }
        long largest = 0;
        while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
            COSDictionary xobjects = pending.poll().getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null || !seen.add(xobjects)) {
                continue;
            }
            for (COSName name : xobjects.keySet()) {
                if (!(xobjects.getDictionaryObject(name) instanceof COSStream stream) || !seen.add(stream)) {
                    continue;
                }
                if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    long width = Math.max(0, stream.getInt(COSName.WIDTH, stream.getInt(COSName.W, 0)));
                    long height = Math.max(0, stream.getInt(COSName.HEIGHT, stream.getInt(COSName.H, 0)));
                    largest = Math.max(largest, width * height);
                } else if (stream.getCOSDictionary(COSName.RESOURCES) != null) {
                    pending.add(stream.getCOSDictionary(COSName.RESOURCES));
                }
            }
        }
        return largest;
    }

    /** True when the page draws an image larger than {@link PixelLimit} lets earchive decode whole. */
    public static boolean hasOversizedImage(PDPage page) {
        return largestPixels(page) > PixelLimit.MAX_PIXELS;
    }
}
