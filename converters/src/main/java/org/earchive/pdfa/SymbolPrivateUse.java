package org.earchive.pdfa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;
import org.earchive.formats.ToUnicodeCMap;

/**
 * Word and LibreOffice write list bullets in the Symbol convention of Windows: the bullet is character 0xB7 of the
 * Symbol font, stored as U+F0B7, a private-use code point. A PDF's text then holds U+F0B7 where a reader sees "•", and
 * PDF/A level a refuses private-use text without an ActualText (ISO 19005-2, 6.2.11.7.3). The Symbol font's own table
 * says what each of its characters is, so the simple fonts' Unicode maps are rewritten to say it too: U+F0B7 becomes
 * U+2022 BULLET. Only code points U+F020-U+F0FF whose Symbol character has a Unicode name change; nothing is drawn anew.
 */
final class SymbolPrivateUse {

    private static final int FIRST = 0xF020;
    private static final int LAST = 0xF0FF;

    private SymbolPrivateUse() {
    }

    /** @return how many fonts' Unicode maps were rewritten */
    static int remap(PDDocument document) throws IOException {
        Set<COSDictionary> seen = new HashSet<>();
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDSimpleFont simple && seen.add(simple.getCOSObject()) && remap(document, simple)) {
                    fonts++;
                }
            }
        }
        return fonts;
    }

    private static boolean remap(PDDocument document, PDSimpleFont font) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return false;
        }
        Map<Integer, String> map = new LinkedHashMap<>();
        boolean changed = false;
        for (int code = 0; code < 256; code++) {
            String text = font.toUnicode(code);
            if (text == null) {
                continue;
            }
            if (text.length() == 1 && text.charAt(0) >= FIRST && text.charAt(0) <= LAST) {
                String name = SymbolEncoding.INSTANCE.getName(text.charAt(0) - 0xF000);
                String unicode = name == null || ".notdef".equals(name) ? null : GlyphList.getAdobeGlyphList().toUnicode(name);
                if (unicode != null && !unicode.isEmpty() && unicode.charAt(0) < 0xE000) {
                    text = unicode;
                    changed = true;
                }
            }
            map.put(code, text);
        }
        if (changed) {
            byte[] cmap = ToUnicodeCMap.of(map, false).getBytes(StandardCharsets.US_ASCII);
            font.getCOSObject().setItem(COSName.TO_UNICODE,
                    new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE));
        }
        return changed;
    }
}
