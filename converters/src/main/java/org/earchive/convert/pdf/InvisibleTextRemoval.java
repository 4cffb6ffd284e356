package org.earchive.convert.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Takes an old OCR layer off a page ({@code --ocr redo}): every string shown in text render mode 3 (neither
 * filled nor stroked: invisible, which is how OCR tools lay their text over a scan) is dropped, on the page and
 * in the forms it draws (OCRmyPDF puts its layer in one). Everything that shows stays exactly as it was: the
 * scan, visible text, drawings. The render mode is tracked as the graphics state is, saved by {@code q} and
 * restored by {@code Q}, and handed down to a form drawn with {@code Do}.
 */
final class InvisibleTextRemoval {

    private static final int INVISIBLE = 3;
    private static final Set<String> SHOWS_TEXT = Set.of("Tj", "TJ", "'", "\"");

    private final PDDocument document;
    private final Set<COSStream> formsDone = new HashSet<>();
    private int removed;
    /** Whether a form drew with its page's resources: then the page's fonts are not pruned. */
    private boolean sharesResources;

    private InvisibleTextRemoval(PDDocument document) {
        this.document = document;
    }

    /** Removes the invisible text of one page; returns how many strings were dropped (0: nothing changed). */
    static int apply(PDDocument document, PDPage page) throws IOException {
        InvisibleTextRemoval removal = new InvisibleTextRemoval(document);
        List<Object> tokens = removal.strip(page, page.getResources(), 0);
        if (tokens != null) {
            PDStream stream = new PDStream(document);
            write(tokens, stream.getCOSObject());
            page.setContents(stream);
        }
        return removal.removed;
    }

    /** The content's tokens with invisible strings dropped, or null when it had none (nothing to rewrite). */
    private List<Object> strip(PDContentStream content, PDResources resources, int initialMode) throws IOException {
        List<Object> tokens = new PDFStreamParser(content).parse();
        List<Object> kept = new ArrayList<>(tokens.size());
        List<COSBase> operands = new ArrayList<>();
        Deque<Integer> saved = new ArrayDeque<>();
        Deque<COSName> savedFonts = new ArrayDeque<>();
        Set<COSName> fontsShown = new HashSet<>();
        int mode = initialMode;
        COSName font = null;
        int before = removed;
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = operator.getName();
            switch (name) {
                case "q" -> {
                    saved.push(mode);
                    savedFonts.push(font == null ? COSName.getPDFName("") : font);
                }
                case "Q" -> {
                    mode = saved.isEmpty() ? mode : saved.pop();
                    font = savedFonts.isEmpty() ? font : savedFonts.pop();
                }
                case "Tr" -> {
                    if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSNumber number) {
                        mode = number.intValue();
                    }
                }
                case "Tf" -> {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSName fontName) {
                        font = fontName;
                    }
                }
                case "Do" -> stripForm(resources, operands, mode);
                default -> { }
            }
            if (mode != INVISIBLE && SHOWS_TEXT.contains(name) && font != null) {
                fontsShown.add(font);
            }
            if (mode == INVISIBLE && SHOWS_TEXT.contains(name)) {
                removed++;
                // ' and " also move to the next line (and " sets the spacing): that move must stay for what follows
                if (name.equals("\"") && operands.size() == 3) {
                    kept.add(operands.get(0));
                    kept.add(Operator.getOperator("Tw"));
                    kept.add(operands.get(1));
                    kept.add(Operator.getOperator("Tc"));
                }
                if (!name.equals("Tj") && !name.equals("TJ")) {
                    kept.add(Operator.getOperator("T*"));
                }
            } else {
                kept.addAll(operands);
                kept.add(operator);
            }
            operands.clear();
        }
        kept.addAll(operands);
        if (removed == before) {
            return null;
        }
        return resources == null ? kept : withoutUnusedFonts(kept, resources, fontsShown);
    }

    /**
     * The old layer's font is of no use once its text is gone: it leaves the resources, and its Tf operators
     * the content. Only resources this content owns are pruned (a form without resources of its own draws
     * with its page's, so the page's fonts stay when such a form was met).
     */
    private List<Object> withoutUnusedFonts(List<Object> tokens, PDResources resources, Set<COSName> fontsShown) {
        if (sharesResources) {
            return tokens;
        }
        Set<COSName> unused = new HashSet<>();
        for (COSName fontName : resources.getFontNames()) {
            if (!fontsShown.contains(fontName)) {
                unused.add(fontName);
            }
        }
        if (unused.isEmpty()) {
            return tokens;
        }
        List<Object> kept = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            boolean unusedFont = operator.getName().equals("Tf") && !operands.isEmpty() && unused.contains(operands.get(0));
            if (!unusedFont) {
                kept.addAll(operands);
                kept.add(operator);
            }
            operands.clear();
        }
        kept.addAll(operands);
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        unused.forEach(fonts::removeItem);
        return kept;
    }

    /** A form drawn while the render mode is {@code mode}, cleaned in place (once, however often it is drawn). */
    private void stripForm(PDResources resources, List<COSBase> operands, int mode) throws IOException {
        if (resources == null || operands.isEmpty() || !(operands.get(operands.size() - 1) instanceof COSName name)) {
            return;
        }
        PDXObject xobject = resources.getXObject(name);
        if (!(xobject instanceof PDFormXObject form) || !formsDone.add(form.getCOSObject())) {
            return;
        }
        PDResources own = form.getResources();
        if (own == null) {
            sharesResources = true;
        }
        List<Object> tokens = strip(form, own, mode);
        if (tokens != null) {
            write(tokens, form.getCOSObject());
        }
    }

    private static void write(List<Object> tokens, COSStream stream) throws IOException {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
    }
}
