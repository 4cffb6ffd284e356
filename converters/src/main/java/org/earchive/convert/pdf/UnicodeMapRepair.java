package org.earchive.convert.pdf;

import org.earchive.formats.ToUnicodeCMap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Gives Unicode back to text whose font lost its ToUnicode map, where the embedded font itself still knows
 * it: a TrueType CID font addressed by glyph id (Identity-H/V, the way Word and most PDF libraries embed
 * fonts) whose program kept its Unicode cmap table. Each glyph's characters are read from that table, so the
 * text becomes extractable and searchable without touching the page, and PDF/A-2u becomes reachable.
 */
final class UnicodeMapRepair {

    private UnicodeMapRepair() {
    }

    /** @return how many fonts got a rebuilt Unicode map */
    static int apply(PDDocument document, RepairLog log) throws IOException {
        int repaired = 0;
        for (COSBase object : IndirectObjects.of(document)) {
            if (object instanceof COSDictionary dictionary
                    && COSName.FONT.equals(dictionary.getCOSName(COSName.TYPE))
                    && COSName.TYPE0.equals(dictionary.getCOSName(COSName.SUBTYPE))
                    && !dictionary.containsKey(COSName.TO_UNICODE)
                    && rebuild(document, dictionary, log)) {
                repaired++;
            }
        }
        return repaired;
    }

    private static boolean rebuild(PDDocument document, COSDictionary dictionary, RepairLog log) throws IOException {
        String encoding = dictionary.getNameAsString(COSName.ENCODING);
        if (!"Identity-H".equals(encoding) && !"Identity-V".equals(encoding)) {
            return false;
        }
        PDType0Font font = (PDType0Font) PDFontFactory.createFont(dictionary);
        PDCIDFont descendant = font.getDescendantFont();
        if (!(descendant instanceof PDCIDFontType2 trueTypeCid) || !font.isEmbedded()) {
            return false;
        }
        TrueTypeFont program = trueTypeCid.getTrueTypeFont();
        CmapLookup unicode = program == null ? null : program.getUnicodeCmapLookup(false);
        if (unicode == null) {
            return false;
        }
        Map<Integer, String> cidToText = new TreeMap<>();
        int glyphs = program.getNumberOfGlyphs();
        for (int cid = 1; cid < Math.min(glyphs, 0x10000); cid++) {
            int gid = trueTypeCid.codeToGID(cid);
            List<Integer> codePoints = gid <= 0 ? null : unicode.getCharCodes(gid);
            if (codePoints != null && !codePoints.isEmpty()) {
                cidToText.put(cid, new String(Character.toChars(preferred(codePoints)), 0, Character.charCount(preferred(codePoints))));
            }
        }
        if (cidToText.isEmpty()) {
            return false;
        }
        COSStream cmap = document.getDocument().createCOSStream();
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ToUnicodeCMap.of(cidToText, true).getBytes(StandardCharsets.US_ASCII));
        }
        dictionary.setItem(COSName.TO_UNICODE, cmap);
        log.changed("Unicode map rebuilt for " + font.getName() + " from its own character table");
        return true;
    }

    /** Several characters may share a glyph (a space and a no-break space): prefer the ordinary one. */
    private static int preferred(List<Integer> codePoints) {
        return codePoints.stream().filter(cp -> Character.getType(cp) != Character.PRIVATE_USE)
                .min(Integer::compare).orElse(codePoints.get(0));
    }
}
