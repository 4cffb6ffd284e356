package org.earchive.convert.text;

import com.ibm.icu.text.Bidi;
import org.earchive.formats.DecodedText;
import org.earchive.formats.TextDecoder;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.convert.FidelityCheck;
import org.earchive.convert.WordFidelity;
import org.earchive.detect.Detection;
import org.earchive.formats.vietnamese.LegacyEncoding;
import org.earchive.pdfa.HtmlPdfRenderer;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pdfa.UnshapedScripts;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain text to PDF/A-2u, typeset as NĐ 30/2020 asks of administrative documents: A4, Liberation Serif
 * (Times New Roman's metric twin) at 13 pt, margins 20 mm top and bottom, 30 mm left, 15 mm right. Lines
 * wrap at the margin; the text's own line breaks and indentation are kept, and a form feed starts a new page.
 */
public final class TextToPdfaConverter implements Converter {

    private static final String TEXT_CSS = HtmlPdfRenderer.ND30_PAGE_CSS + """
            body { line-height: 1.25; margin: 0; }
            .page { white-space: pre-wrap; word-wrap: break-word; }
            .page + .page { page-break-before: always; }
            """;

    private final HtmlPdfRenderer renderer = new HtmlPdfRenderer();
    private final PdfaFinisher finisher;

    public TextToPdfaConverter(PdfaFinisher finisher) {
        this.finisher = finisher;
    }

    @Override
    public String engine() {
        return "Java engine (text)";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        DecodedText decoded = new TextDecoder(request.context().legacyEncoding()).decode(Files.readAllBytes(request.source()));
        List<String> warnings = new ArrayList<>(decoded.warnings());
        // tagged when the run asks for level a or PDF/UA: each page's text one paragraph, in reading order
        boolean tagged = request.context().level().tagged();
        PdfaLevel level = tagged ? PdfaLevel.PDFA_2A : PdfaLevel.PDFA_2U;
        try (PDDocument pdf = renderer.render(W3CDom.convert(typeset(decoded.text(), request.info().title())), null, tagged)) {
            finisher.finish(pdf, request.info(), level, tagged && request.context().level().ua());
            pdf.save(request.target().toFile());
            // checked on the saved file: fonts are subset and their Unicode maps written only on save
            warnings.addAll(FidelityCheck.lostCharacters(decoded.text(), PdfText.extract(request.target())));
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("encoding", decoded.encoding());
            facts.put("encodingEvidence", decoded.how());
            LegacyEncoding.byName(decoded.encoding()).ifPresent(legacy -> facts.put("legacyEncoding", legacy.id()));
            // the words a search would look for, whole and each in one font: below the threshold, not faithful
            List<String> unmet = new ArrayList<>();
            UnshapedScripts.warnAbout(decoded.text(), warnings);
            WordFidelity.check(decoded.text(), request.target()).report(facts, warnings, unmet);
            return new ConvertedPdf("born-digital", level, pdf.getNumberOfPages(), warnings, facts, unmet);
        }
    }

    /** The text as an HTML document: one block per form-feed-separated page, whitespace preserved. */
    static Document typeset(String text, String title) {
        Document html = Document.createShell("");
        html.head().appendElement("meta").attr("charset", "utf-8");
        html.head().appendElement("title").text(title);
        html.head().appendElement("style").appendText(TEXT_CSS);
        html.selectFirst("html").attr("lang", "vi");
        for (String page : text.split("\f", -1)) {
            Element block = html.body().appendElement("div").addClass("page");
            appendLines(block, breakEndlessRuns(page));
        }
        return html;
    }

    /**
     * The page's text, each line that starts in a right-to-left script (its first letter Arabic or Hebrew) a block
     * of that direction, as a text editor shows it: set from the right margin, its numbers and Latin words in their
     * place. openhtmltopdf orders the pieces of a line from the right only in a right-to-left block: inside a
     * left-to-right one, "رقم 2024 في" came out in the wrong order. A page without right-to-left letters is one
     * text, as it always was.
     */
    private static void appendLines(Element block, String page) {
        if (page.codePoints().noneMatch(WordFidelity::isRightToLeft)) {
            block.appendText(page);
            return;
        }
        StringBuilder leftToRight = new StringBuilder();
        for (String line : AFTER_LINE_BREAK.split(page)) {
            String content = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            if (Bidi.getBaseDirection(content) != Bidi.RTL) {
                leftToRight.append(line);
                continue;
            }
            if (!leftToRight.isEmpty()) {
                block.appendText(leftToRight.toString());
                leftToRight.setLength(0);
            }
            // the block ends its line: the line's own line break would add an empty one
            block.appendElement("div").attr("dir", "rtl").appendText(content);
        }
        if (!leftToRight.isEmpty()) {
            block.appendText(leftToRight.toString());
        }
    }

    /** Between a line's break and the next line: the lines of a page, each with its own line break. */
    private static final java.util.regex.Pattern AFTER_LINE_BREAK = java.util.regex.Pattern.compile("(?<=\n)");

    /** Longer than any word or web address; a run this long is a line of base64, a hex dump, or a hostile file. */
    static final int LONGEST_RUN = 1_000;

    /**
     * A run of characters without a space longer than {@link #LONGEST_RUN} gets a line break after every
     * {@code LONGEST_RUN} of them. The layout engine breaks such a run at the margin itself, but at a cost that grows
     * with the square of its length: one 4 MB line with no space laid out for more than ten minutes. Broken here, it
     * reads the same, wrapped at the margin as before, with a line ending a little early once in every ten or so.
     */
    static String breakEndlessRuns(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run > LONGEST_RUN && !Character.isLowSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + text.length() / LONGEST_RUN).append(text, 0, i);
                }
                out.append('\n');
                run = 1;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
