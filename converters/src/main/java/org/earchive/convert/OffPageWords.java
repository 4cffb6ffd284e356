package org.earchive.convert;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Words a PDF draws outside its pages: in its text (PDFBox reads them, so an index built with Tika has them), yet on
 * no page a reader sees, and pdftotext leaves them out. A layout engine puts text there where the document itself
 * does: Tika's testPPT_various.ppt has a text box of no height half an inch below the slide's top edge, its thirty
 * lines centred on it, and LibreOffice draws the first eleven above the slide. Said with the damaged word, the
 * clerk reads where the words went instead of a guess.
 */
final class OffPageWords {

    private OffPageWords() {
    }

    /**
     * Each word (as {@link WordFidelity#words} spells it) whose letters all stand outside their page's crop box,
     * with where: " (page 1, above the page's top edge)".
     */
    static Map<String, String> find(PDDocument document) throws IOException {
        Map<String, String> outside = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                // PDFBox's "word" may be a whole run of text: each space-separated word is looked at alone
                PDRectangle page = getCurrentPage().getCropBox();
                StringBuilder word = new StringBuilder();
                String side = null;
                boolean onPage = false;
                for (TextPosition position : positions) {
                    String unicode = position.getUnicode();
                    if (unicode == null || unicode.isBlank()) {
                        flush(word, onPage ? null : side, getCurrentPageNo(), outside);
                        side = null;
                        onPage = false;
                        continue;
                    }
                    word.append(unicode);
                    String here = side(position, page);
                    onPage |= here == null;
                    side = side == null ? here : side;
                }
                flush(word, onPage ? null : side, getCurrentPageNo(), outside);
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(document, new StringWriter());
        return outside;
    }

    /** Notes the word when its letters are all outside the page ({@code side} not null), and empties it. */
    private static void flush(StringBuilder word, String side, int page, Map<String, String> outside) {
        if (side != null) {
            for (String whole : WordFidelity.words(word.toString())) {
                outside.putIfAbsent(whole, " (page " + page + ", " + side + ")");
            }
        }
        word.setLength(0);
    }

    /** Where a glyph stands when it is wholly off the page (PDFBox's coordinates run down from the top); null on it. */
    private static String side(TextPosition glyph, PDRectangle page) {
        float x = glyph.getXDirAdj();
        float baseline = glyph.getYDirAdj();
        if (baseline < 0) {
            return "above the page's top edge";
        }
        if (baseline - glyph.getHeightDir() > page.getHeight()) {
            return "below the page's bottom edge";
        }
        if (x + glyph.getWidthDirAdj() < 0) {
            return "left of the page";
        }
        if (x > page.getWidth()) {
            return "right of the page";
        }
        return null;
    }
}
