package org.earchive.convert.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.earchive.formats.ToUnicodeCMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.MacRomanEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Embeds the fonts PDF/A requires and the document left out. A PDF that names Helvetica/Arial, Times/Times
 * New Roman or Courier without embedding them gets the Liberation face with the same metrics (Liberation Sans,
 * Serif, Mono were drawn as metric twins of exactly those), so every glyph keeps its width and no line moves.
 * The font dictionary is changed in place, keeping each character code's glyph: codes are re-expressed as
 * WinAnsi plus Differences, which PDF/A asks of TrueType fonts. Fonts with no metric twin are reported.
 */
final class FontEmbedding {

    private static final COSName MM_TYPE1 = COSName.getPDFName("MMType1");

    private FontEmbedding() {
    }

    static void apply(PDDocument document, RepairLog log) throws IOException {
        Map<COSDictionary, Boolean> seen = new IdentityHashMap<>();
        for (COSBase object : IndirectObjects.of(document)) {
            if (object instanceof COSDictionary dictionary && COSName.FONT.equals(dictionary.getCOSName(COSName.TYPE))
                    && seen.put(dictionary, Boolean.TRUE) == null) {
                embedIfMissing(document, dictionary, log);
            }
        }
        // fonts written directly inside a page's resources are not indirect objects
        for (var page : document.getPages()) {
            var resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts != null && fonts.getDictionaryObject(name) instanceof COSDictionary dictionary
                        && seen.put(dictionary, Boolean.TRUE) == null) {
                    embedIfMissing(document, dictionary, log);
                }
            }
        }
    }

    private static void embedIfMissing(PDDocument document, COSDictionary dictionary, RepairLog log) throws IOException {
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        boolean simple = COSName.TYPE1.equals(subtype) || COSName.TRUE_TYPE.equals(subtype) || MM_TYPE1.equals(subtype);
        if (!simple) {
            return; // Type 0 and Type 3 fonts: a missing CID font program has no metric twin to stand in for it
        }
        PDFont font = PDFontFactory.createFont(dictionary);
        if (font.isEmbedded() || !(font instanceof PDSimpleFont simpleFont)) {
            return;
        }
        String baseFont = font.getName() == null ? "(unnamed)" : font.getName();
        String twin = LiberationTwin.resource(baseFont, font.getFontDescriptor());
        if (twin == null) {
            List<String> symbolTwin = SymbolFontTwins.fileNames(baseFont);
            if (symbolTwin == null) {
                log.problem("The font " + baseFont + " is not embedded and earchive has no font with its metrics to embed in its place.");
            } else {
                embedSymbolTwin(document, dictionary, simpleFont, baseFont, symbolTwin, log);
            }
            return;
        }
        Encoding encoding = pdfaEncoding(simpleFont.getEncoding());
        PDTrueTypeFont replacement;
        try (InputStream program = FontEmbedding.class.getResourceAsStream(twin)) {
            if (program == null) {
                throw new IOException("bundled font " + twin + " is missing from the class path");
            }
            replacement = PDTrueTypeFont.load(document, program, encoding);
        }
        COSDictionary embedded = replacement.getCOSObject();
        for (COSName key : List.of(COSName.SUBTYPE, COSName.BASE_FONT, COSName.FONT_DESC, COSName.ENCODING,
                COSName.FIRST_CHAR, COSName.LAST_CHAR, COSName.WIDTHS)) {
            dictionary.setItem(key, embedded.getItem(key));
        }
        log.changed(baseFont + " embedded as its metric twin " + replacement.getName());
    }

    /**
     * ZapfDingbats or Symbol, replaced by URW's Type 1 twin from the system. The codes keep their glyphs: the font's own
     * Encoding (usually none: these fonts use their built-in one, which the twins share) stays, and the widths are the
     * twin's for the glyph each code names, which are the original's metrics.
     */
    private static void embedSymbolTwin(PDDocument document, COSDictionary dictionary, PDSimpleFont original,
                                        String baseFont, List<String> fileNames, RepairLog log) throws IOException {
        byte[] program = SymbolFontTwins.pfb(fileNames);
        if (program == null) {
            log.problem("The font " + baseFont + " is not embedded, and its free twin (" + fileNames.get(0)
                    + ", in Debian's fonts-urw-base35, which Ghostscript brings) is not installed on this machine.");
            return;
        }
        PDType1Font replacement = new PDType1Font(document, new java.io.ByteArrayInputStream(program));
        Encoding encoding = original.getEncoding() != null && dictionary.containsKey(COSName.ENCODING)
                ? original.getEncoding() : replacement.getEncoding();
        COSArray widths = new COSArray();
        Map<Integer, String> text = new java.util.TreeMap<>();
        for (int code = 0; code < 256; code++) {
            String name = encoding == null ? null : encoding.getName(code);
            boolean drawn = name != null && !name.equals(".notdef");
            widths.add(COSInteger.get(drawn ? Math.round(replacement.getType1Font().getWidth(name)) : 0));
            String unicode = drawn ? original.toUnicode(code) : null;
            if (unicode != null && !unicode.isEmpty()) {
                text.put(code, unicode);
            }
        }
        COSDictionary embedded = replacement.getCOSObject();
        for (COSName key : List.of(COSName.SUBTYPE, COSName.BASE_FONT, COSName.FONT_DESC)) {
            dictionary.setItem(key, embedded.getItem(key));
        }
        dictionary.setInt(COSName.FIRST_CHAR, 0);
        dictionary.setInt(COSName.LAST_CHAR, 255);
        dictionary.setItem(COSName.WIDTHS, widths);
        if (!text.isEmpty() && !dictionary.containsKey(COSName.TO_UNICODE)) {
            // readers know ZapfDingbats' glyph names (a20 is ✔) only under that font's own name: say the text outright
            COSStream cmap = document.getDocument().createCOSStream();
            try (java.io.OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(ToUnicodeCMap.of(text, false).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            dictionary.setItem(COSName.TO_UNICODE, cmap);
        }
        log.changed(baseFont + " embedded as its metric twin " + replacement.getName());
    }

    /**
     * The same code-to-glyph mapping, written the way PDF/A wants it for TrueType: WinAnsi or MacRoman as
     * they are, anything else (StandardEncoding, the font's built-in one, other Differences) as WinAnsi plus
     * the Differences that restore each code's glyph.
     */
    private static Encoding pdfaEncoding(Encoding original) {
        if (original instanceof WinAnsiEncoding || original instanceof MacRomanEncoding) {
            return original;
        }
        COSArray differences = new COSArray();
        for (int code = 0; code < 256; code++) {
            String name = original == null ? null : original.getName(code);
            if (name == null || name.equals(".notdef")) {
                continue;
            }
            if (!name.equals(WinAnsiEncoding.INSTANCE.getName(code))) {
                differences.add(COSInteger.get(code));
                differences.add(COSName.getPDFName(name));
            }
        }
        return new DictionaryEncoding(COSName.WIN_ANSI_ENCODING, differences);
    }

    /** Which Liberation face stands in for a font name: by family, then weight and slant. */
    static final class LiberationTwin {
        private LiberationTwin() {
        }

        static String resource(String baseFont, PDFontDescriptor descriptor) {
            String name = baseFont.replaceFirst("^[A-Z]{6}\\+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String family;
            boolean arial = name.startsWith("arial") && !name.startsWith("arialunicode")
                    && !name.startsWith("arialnarrow") && !name.startsWith("arialblack");
            if (name.startsWith("helvetica") || arial) {
                family = "Sans";
            } else if (name.startsWith("times")) {
                family = "Serif";
            } else if (name.startsWith("courier")) {
                family = "Mono";
            } else {
                return null;
            }
            boolean bold = name.contains("bold") || descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
            boolean italic = name.contains("italic") || name.contains("oblique")
                    || descriptor != null && descriptor.getItalicAngle() != 0;
            String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
            return "/liberation/Liberation" + family + "-" + style + ".ttf";
        }
    }
}
