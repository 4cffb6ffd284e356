package org.earchive.convert.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What decides how each page looks, as a digest: the page's content streams, everything its resources reach (fonts
 * and their programs, images, forms, patterns, colour spaces), its annotations with their appearances, its boxes and
 * rotation, and the document's optional-content settings. Two pages with the same digest are drawn from the same
 * bytes with the same means, so they look the same to any renderer: the fidelity check need not render them.
 *
 * <p>Streams are compared decoded (a stream only compressed again is the same), but images in a picture codec (JPEG,
 * JPEG 2000, JBIG2, CCITT) by their stored bytes and filters. Left out: what does not draw (a font's Unicode map and
 * CIDSet, metadata, structure keys; the text is compared on its own). Back-links that lead off the page ({@code /Parent},
 * an annotation's {@code /P}) are not followed; an object met twice is recorded by the order it was first met, so loops end and
 * shared objects still count once.
 */
final class PageLooks {

    /** Page entries that change the picture (inherited ones read through PDFBox, which resolves inheritance). */
    private static final List<COSName> PAGE_ENTRIES = List.of(COSName.CONTENTS, COSName.ANNOTS, COSName.GROUP,
            COSName.USER_UNIT);
    /** Keys whose values are not part of the look, or lead off the page into the whole document. */
    private static final List<COSName> NOT_FOLLOWED = List.of(COSName.PARENT, COSName.LENGTH, COSName.METADATA,
            COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS, COSName.TO_UNICODE, COSName.CID_SET);
    /** Also left out of a stream compared decoded: how it happens to be compressed. */
    private static final List<COSName> NOT_FOLLOWED_DECODED = java.util.stream.Stream.concat(NOT_FOLLOWED.stream(),
            java.util.stream.Stream.of(COSName.FILTER, COSName.DECODE_PARMS)).toList();
    /** Filters that code pictures, whose output is a page of pixels. */
    private static final List<COSName> IMAGE_CODECS = List.of(COSName.DCT_DECODE, COSName.JPX_DECODE,
            COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    private final List<byte[]> digests;

    private PageLooks(List<byte[]> digests) {
        this.digests = digests;
    }

    /** The look of the pages the fidelity check samples ({@code pages}, zero-based), taken before any repair. */
    static PageLooks of(PDDocument document, TreeSet<Integer> pages) throws IOException {
        List<byte[]> digests = new ArrayList<>();
        for (int page : pages) {
            digests.add(digest(document, page));
        }
        return new PageLooks(digests);
    }

    /** True when every sampled page of {@code converted} has the look recorded here. */
    boolean sameAs(PDDocument converted, TreeSet<Integer> pages) throws IOException {
        if (pages.size() != digests.size()) {
            return false;
        }
        int i = 0;
        for (int page : pages) {
            if (page >= converted.getNumberOfPages() || !MessageDigest.isEqual(digests.get(i++), digest(converted, page))) {
                return false;
            }
        }
        return true;
    }

    private static boolean encodedImage(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return IMAGE_CODECS.contains(name);
        }
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name && IMAGE_CODECS.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] digest(PDDocument document, int index) throws IOException {
        PDPage page = document.getPage(index);
        Walk walk = new Walk();
        walk.text("media " + page.getMediaBox() + " crop " + page.getCropBox() + " rotate " + page.getRotation());
        walk.text(" resources ");
        walk.base(page.getResources() == null ? null : page.getResources().getCOSObject());
        for (COSName entry : PAGE_ENTRIES) {
            walk.text(" " + entry.getName() + " ");
            walk.base(page.getCOSObject().getDictionaryObject(entry));
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        walk.text(" optional content ");
        walk.base(catalog.getDictionaryObject(COSName.OCPROPERTIES));
        COSBase form = catalog.getDictionaryObject(COSName.ACRO_FORM);
        walk.text(" need appearances ");
        walk.base(form instanceof COSDictionary fields ? fields.getDictionaryObject(COSName.NEED_APPEARANCES) : null);
        return walk.digest.digest();
    }

    /** One page's objects, written into a digest in a fixed order. */
    private static final class Walk {
        private final MessageDigest digest;
        private final Map<COSBase, Integer> seen = new IdentityHashMap<>();
        private final byte[] buffer = new byte[8192];

        Walk() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }

        void text(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }

        void base(COSBase given) throws IOException {
            COSBase value = given instanceof COSObject object ? object.getObject() : given;
            if (value == null) {
                text("null;");
                return;
            }
            if (value instanceof COSDictionary || value instanceof COSArray) {
                Integer first = seen.putIfAbsent(value, seen.size());
                if (first != null) {
                    text("seen " + first + ";");
                    return;
                }
            }
            if (value instanceof COSStream stream) {
                // an image codec's bytes as stored (decoding a photograph costs what rendering it would); any other
                // stream decoded, so that one only compressed again (LZW to Flate, another Flate level) is the same
                boolean asStored = encodedImage(stream);
                text(asStored ? "stored{" : "decoded{");
                dictionary(stream, asStored ? NOT_FOLLOWED : NOT_FOLLOWED_DECODED);
                text("bytes ");
                try (InputStream bytes = asStored ? stream.createRawInputStream() : stream.createInputStream()) {
                    for (int n; (n = bytes.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
                text("}");
            } else if (value instanceof COSDictionary dictionary) {
                text("<<");
                dictionary(dictionary, NOT_FOLLOWED);
                text(">>");
            } else if (value instanceof COSArray array) {
                text("[");
                for (int i = 0; i < array.size(); i++) {
                    base(array.get(i));
                }
                text("]");
            } else if (value instanceof COSString string) {
                text("(" + string.getBytes().length + ")");
                digest.update(string.getBytes());
            } else if (value instanceof COSNumber number) {
                // 1, 1.0 and 1.00 are the same number, however a writer spells it
                text("n" + Float.floatToIntBits(number.floatValue()) + ";");
            } else if (value instanceof COSName name) {
                text("/" + name.getName() + ";");
            } else if (value instanceof COSBoolean bool) {
                text(bool.getValue() + ";");
            } else {
                text(value.getClass().getSimpleName() + ";");
            }
        }

        private void dictionary(COSDictionary dictionary, List<COSName> notFollowed) throws IOException {
            TreeSet<String> keys = new TreeSet<>();
            for (COSName key : dictionary.keySet()) {
                if (!notFollowed.contains(key)) {
                    keys.add(key.getName());
                }
            }
            for (String key : keys) {
                COSBase item = dictionary.getItem(COSName.getPDFName(key));
                text("/" + key + " ");
                if (key.equals("P") && (item instanceof COSObject || item instanceof COSDictionary)) {
                    text("page link;"); // an annotation's page: the page itself, being walked
                } else {
                    base(item);
                }
            }
        }
    }
}
