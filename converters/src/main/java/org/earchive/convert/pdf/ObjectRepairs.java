package org.earchive.convert.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Repairs that concern single objects wherever they sit in the file, so they are made in one pass over
 * every indirect object rather than by walking pages, forms, patterns and annotations separately:
 * LZW-compressed streams (forbidden by PDF/A-2) re-compressed losslessly with Flate, image interpolation
 * switched off, image alternates and OPI proxies dropped, transfer functions removed, and font
 * descriptors' optional CIDSet and CharSet removed (PDF/A-2 lets them be absent but not incomplete).
 * Content streams are never re-written: the page looks as it did.
 */
final class ObjectRepairs {

    private static final COSName LZW = COSName.LZW_DECODE;
    private static final COSName LZW_ABBREVIATION = COSName.getPDFName("LZW");
    private static final COSName OPI = COSName.getPDFName("OPI");
    private static final COSName TR = COSName.getPDFName("TR");
    private static final COSName TR2 = COSName.getPDFName("TR2");
    private static final COSName ALTERNATES = COSName.getPDFName("Alternates");
    private static final COSName DEFAULT = COSName.getPDFName("Default");

    private ObjectRepairs() {
    }

    static void apply(PDDocument document, RepairLog log) throws IOException {
        for (COSBase base : IndirectObjects.of(document)) {
            if (base instanceof COSStream stream) {
                recompressLzw(stream, log);
            }
            if (base instanceof COSDictionary dictionary) {
                repairDictionary(dictionary, log);
            }
        }
    }

    private static void repairDictionary(COSDictionary dictionary, RepairLog log) {
        COSName type = dictionary.getCOSName(COSName.TYPE);
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (COSName.IMAGE.equals(subtype) || COSName.FORM.equals(subtype)) {
            if (dictionary.getBoolean(COSName.INTERPOLATE, false)) {
                dictionary.setItem(COSName.INTERPOLATE, COSBoolean.FALSE);
                log.changed("image interpolation switched off");
            }
            if (dictionary.containsKey(ALTERNATES)) {
                dictionary.removeItem(ALTERNATES);
                log.changed("alternate image removed");
            }
            if (dictionary.containsKey(OPI)) {
                dictionary.removeItem(OPI);
                log.changed("OPI proxy reference removed");
            }
        }
        if (COSName.EXT_G_STATE.equals(type) || dictionary.containsKey(TR)) {
            if (dictionary.containsKey(TR)) {
                dictionary.removeItem(TR);
                log.changed("transfer function removed");
            }
            COSBase tr2 = dictionary.getDictionaryObject(TR2);
            if (tr2 != null && !DEFAULT.equals(tr2)) {
                dictionary.setItem(TR2, DEFAULT);
                log.changed("transfer function removed");
            }
        }
        if (COSName.FONT_DESC.equals(type)) {
            if (dictionary.containsKey(COSName.CID_SET)) {
                dictionary.removeItem(COSName.CID_SET);
                log.changed("CIDSet removed from a font (PDF/A-2 forbids an incomplete one)");
            }
            if (dictionary.containsKey(COSName.CHAR_SET)) {
                dictionary.removeItem(COSName.CHAR_SET);
                log.changed("CharSet removed from a font (PDF/A-2 forbids an incomplete one)");
            }
        }
    }

    /** Decodes the whole filter chain and stores the bytes Flate-compressed; lossless by construction. */
    private static void recompressLzw(COSStream stream, RepairLog log) throws IOException {
        if (!usesLzw(stream.getDictionaryObject(COSName.FILTER))) {
            return;
        }
        byte[] decoded;
        try (InputStream in = stream.createInputStream()) {
            decoded = in.readAllBytes();
        }
        stream.removeItem(COSName.DECODE_PARMS);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(decoded);
        }
        log.changed("LZW stream re-compressed with Flate");
    }

    private static boolean usesLzw(COSBase filter) {
        if (filter instanceof COSName name) {
            return LZW.equals(name) || LZW_ABBREVIATION.equals(name);
        }
        if (filter instanceof COSArray filters) {
            for (COSBase item : filters) {
                if (LZW.equals(item) || LZW_ABBREVIATION.equals(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
