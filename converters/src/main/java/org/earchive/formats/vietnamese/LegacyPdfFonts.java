package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.earchive.formats.ToUnicodeCMap;

/**
 * A born-digital PDF typed in {@code .VnTime}-like fonts draws Vietnamese, but its fonts' Unicode maps (or
 * encodings) say Latin-1: copy, search and extraction give "Céng hßa". Each such font (its name says
 * {@code .Vn*}, {@code Vn*} as some producers write it, or {@code VNI-*}) gets a new ToUnicode map: every code
 * the old map (or the encoding) read as a Latin-1 character is read in the font's legacy code instead, a
 * {@code .Vn*H} font's as capitals, a VNI modifier as its combining marks. The pages, fonts and glyphs are not
 * touched: the page looks exactly as before, and its text is Vietnamese.
 */
public final class LegacyPdfFonts {

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern VN_WITHOUT_DOT = Pattern.compile("(?i)^vn(?!i)[a-z].*");
    /** "VITimes", "VITimesH": a VISCII "VI Times" as a PostScript name (no spaces) gives it. */
    private static final Pattern VI_WITHOUT_SPACE = Pattern.compile("^VI(?=(Times|Arial|Helve|Courier|Centur|Univers))");

    private LegacyPdfFonts() {
    }

    /** The legacy font a PDF font name stands for ("ABCDEF+.VnTime", "VnTimeH,Bold", "VNI-Times"). */
    static Optional<LegacyFont> legacyFont(String baseFont) {
        if (baseFont == null) {
            return Optional.empty();
        }
        String name = SUBSET_PREFIX.matcher(baseFont).replaceFirst("");
        Optional<LegacyFont> font = LegacyFont.of(name);
        if (font.isEmpty() && VN_WITHOUT_DOT.matcher(name).matches()) {
            font = LegacyFont.of("." + name);
        }
        if (font.isEmpty() && VI_WITHOUT_SPACE.matcher(name).find()) {
            font = LegacyFont.of("VI " + name.substring(2));
        }
        return font;
    }

    /**
     * Rewrites the Unicode maps of the document's legacy fonts (in memory: the caller saves).
     *
     * @return what was rewritten, or null when no font is a legacy one
     */
    public static LegacyRuns apply(PDDocument document) throws IOException {
        Set<String> fonts = new LinkedHashSet<>();
        int rewritten = 0;
        for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
            COSBase base = object.getObject();
            if (!(base instanceof COSDictionary dictionary)) {
                continue;
            }
            COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
            if (COSName.CID_FONT_TYPE0.equals(subtype) || COSName.CID_FONT_TYPE2.equals(subtype)) {
                continue; // read through its Type0 parent
            }
            Optional<LegacyFont> legacy = legacyFont(dictionary.getNameAsString(COSName.BASE_FONT));
            if (legacy.isEmpty()) {
                continue;
            }
            if (rewrite(document, dictionary, legacy.get())) {
                fonts.add(legacy.get().fontName());
                rewritten++;
            }
        }
        if (rewritten == 0) {
            return null;
        }
        return new LegacyRuns(fonts, legacyFont(fonts.iterator().next()).orElseThrow().encoding(), rewritten,
                rewritten + " font(s) of the PDF named " + String.join(", ", fonts)
                        + ", whose Unicode maps read their codes as Latin-1");
    }

    private static boolean rewrite(PDDocument document, COSDictionary dictionary, LegacyFont legacy) throws IOException {
        PDFont font;
        try {
            font = PDFontFactory.createFont(dictionary);
        } catch (IOException | RuntimeException unreadable) {
            return false; // a font PDFBox cannot read is the PDF/A ladder's to judge
        }
        boolean twoBytes = font instanceof PDType0Font;
        if (!twoBytes && !(font instanceof PDSimpleFont)) {
            return false;
        }
        // a Type0 font's codes are read from its own map: asking the font for each of 65 536 codes makes PDFBox
        // look for a fallback (and log) for every code the map does not have
        CMap existing = twoBytes ? existingMap(dictionary) : null;
        if (twoBytes && existing == null) {
            return false; // nothing reads its codes as Latin-1: a font without a map is UnicodeMapRepair's
        }
        Map<Integer, String> map = new TreeMap<>();
        boolean changed = false;
        int last = twoBytes ? 0xFFFF : 0xFF;
        for (int code = 0; code <= last; code++) {
            String text = twoBytes ? existing.toUnicode(code, 2) : font.toUnicode(code);
            if (text == null && !twoBytes && code >= 0x20 && font.getWidth(code) > 0) {
                text = String.valueOf((char) code); // no map, no glyph name PDFBox knows: the byte itself
            }
            if (text == null || text.isEmpty()) {
                continue;
            }
            int legacyByte = text.length() == 1 ? legacy.encoding().byteOf(text.charAt(0)) : -1;
            boolean aCode = legacyByte >= 0x20 || (legacyByte >= 0 && legacy.encoding().uses((char) legacyByte));
            String unicode = aCode ? legacy.glyph((char) legacyByte) : text;
            changed |= !unicode.equals(text);
            map.put(code, unicode);
        }
        if (!changed) {
            return false;
        }
        COSStream cmap = document.getDocument().createCOSStream();
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ToUnicodeCMap.of(map, twoBytes).getBytes(StandardCharsets.US_ASCII));
        }
        dictionary.setItem(COSName.TO_UNICODE, cmap);
        return true;
    }

    private static CMap existingMap(COSDictionary dictionary) {
        if (!(dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return null;
        }
        try (RandomAccessRead in = stream.createView()) {
            return new CMapParser().parse(in);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
