package org.earchive.formats.vietnamese;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Converts, in place, the legacy Vietnamese text of an HTML document: text in a {@code .Vn*} or {@code VNI-*}
 * font (named in a {@code style} attribute, a {@code <font face>}, or a simple rule of the document's own
 * stylesheet, as Word's "Save as Web Page" writes them) is decoded in that font's code and the font name
 * replaced by its Unicode twin; the remaining text is converted only when its characters are strong evidence
 * of one code. Text already in Unicode is left alone.
 */
public final class LegacyHtml {

    private static final Pattern FONT_FAMILY = Pattern.compile("(?i)(font-family\\s*:\\s*)([^;}\"']*(?:(?:\"[^\"]*\"|'[^']*')[^;}\"']*)*)");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");

    /**
     * What was converted.
     *
     * @param fonts      the legacy fonts the document names ({@code .VnTime}, {@code VNI-Times}...)
     * @param fontRuns   text pieces converted because of their font
     * @param statistics the verdict on the text in no legacy font (NONE when there was none to judge)
     * @param textRuns   text pieces converted because of that verdict
     */
    public record Result(Set<String> fonts, int fontRuns, LegacyVerdict statistics, int textRuns) {

        public boolean converted() {
            return fontRuns + textRuns > 0;
        }

        /** The code most of the converted text was in, or null. */
        public LegacyEncoding encoding() {
            for (String font : fonts) {
                return LegacyFont.of(font).map(LegacyFont::encoding).orElse(null);
            }
            return statistics.converts() ? statistics.encoding() : null;
        }

        /** Why, in a sentence for the report; null when there was nothing to say. */
        public String evidence() {
            List<String> parts = new ArrayList<>();
            if (fontRuns > 0) {
                parts.add(fontRuns + " text run(s) in the font(s) " + String.join(", ", fonts));
            }
            if (textRuns > 0) {
                parts.add(textRuns + " other text run(s) because " + statistics.reason());
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }

        /** A warning when some text looked legacy but the evidence was too weak to convert it. */
        public String warning() {
            if (statistics.strength() != LegacyVerdict.Strength.WEAK) {
                return null;
            }
            return "Some of the text may have been typed in the pre-Unicode " + statistics.encoding().displayName()
                    + " code, but the evidence is weak (" + statistics.reason() + "), so it was left as it is:"
                    + " check it against the original.";
        }
    }

    private final LegacyTextEvidence evidence = new LegacyTextEvidence();

    /**
     * Parses an HTML file as jsoup does (byte-order mark, then {@code <meta charset>}, then UTF-8), except that a
     * file that declares no charset and is not UTF-8 is read one character a byte (ISO-8859-1) instead of having
     * its bytes replaced by U+FFFD: such files are typically TCVN3 or VNI pages, whose bytes must survive to be
     * decoded.
     */
    public static Document parse(Path file, String baseUri) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Document html = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        boolean declared = html.selectFirst("meta[charset], meta[http-equiv~=(?i)content-type]") != null
                || startsWithBom(bytes);
        if (!declared && !isUtf8(bytes)) {
            html = Jsoup.parse(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1.name(), baseUri);
        } else if (declared && WindowsBytes.isWindows1252(html.charset()) && WindowsBytes.hasUndefined(bytes)) {
            // Java's windows-1252 makes 0x81, 0x8D, 0x8F, 0x90, 0x9D U+FFFD; a browser keeps them, and a VISCII
            // page needs them (0x8F is Ố)
            html = Jsoup.parse(WindowsBytes.decodeAsBrowsers(bytes), baseUri);
        }
        return html;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
                || (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public Result convert(Document html) {
        return convert(html, null);
    }

    /**
     * @param forced the code a person named for text in no legacy font ({@code --legacy-encoding}), or null to
     *               judge it on its characters
     */
    public Result convert(Document html, LegacyEncoding forced) {
        Map<Element, LegacyFont> fonts = legacyFontsByElement(html);
        List<TextNode> inFont = new ArrayList<>();
        List<LegacyFont> theirFonts = new ArrayList<>();
        List<TextNode> others = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && !inStyleOrScript(text)) {
                LegacyFont font = fontOf(text, fonts);
                if (font != null) {
                    inFont.add(text);
                    theirFonts.add(font);
                } else if (isCandidate(text.getWholeText())) {
                    others.add(text);
                }
            }
        }, html);
        // in document order (the map above is by identity, its order changes from run to run): the first names the code
        Set<String> fontNames = new LinkedHashSet<>();
        for (int i = 0; i < inFont.size(); i++) {
            TextNode text = inFont.get(i);
            text.text(theirFonts.get(i).decode(text.getWholeText()));
            fontNames.add(theirFonts.get(i).fontName().replaceAll("^['\"]|['\"]$", ""));
        }
        StringBuilder rest = new StringBuilder();
        others.forEach(text -> rest.append(text.getWholeText()).append('\n'));
        LegacyVerdict verdict = forced != null && !others.isEmpty()
                ? new LegacyVerdict(forced, LegacyVerdict.Strength.STRONG, "the code was named on the command line")
                : evidence.weigh(rest);
        int textRuns = 0;
        if (verdict.converts()) {
            for (TextNode text : others) {
                text.text(verdict.encoding().decode(text.getWholeText()));
                textRuns++;
            }
        }
        if (!fonts.isEmpty()) {
            replaceFontNames(html);
        }
        return new Result(fontNames, inFont.size(), verdict, textRuns);
    }

    /** Each element that sets a legacy font, from the stylesheet's simple rules, then its own attributes. */
    private static Map<Element, LegacyFont> legacyFontsByElement(Document html) {
        Map<Element, LegacyFont> fonts = new IdentityHashMap<>();
        for (Element style : html.select("style")) {
            Matcher rule = RULE.matcher(style.data());
            while (rule.find()) {
                Optional<LegacyFont> font = fontIn(rule.group(2));
                if (font.isEmpty()) {
                    continue;
                }
                for (String selector : rule.group(1).split(",")) {
                    try {
                        html.select(selector.trim()).forEach(element -> fonts.put(element, font.get()));
                    } catch (Selector.SelectorParseException e) {
                        // a selector jsoup does not know (@font-face, pseudo-elements): its text is judged on its characters
                    }
                }
            }
        }
        for (Element element : html.getAllElements()) {
            Optional<LegacyFont> inline = fontIn(element.attr("style"));
            if (inline.isEmpty() && element.normalName().equals("font")) {
                inline = firstFamily(element.attr("face")).flatMap(LegacyFont::of);
            }
            if (inline.isPresent()) {
                fonts.put(element, inline.get());
            } else if (element.hasAttr("style") && FONT_FAMILY.matcher(element.attr("style")).find()) {
                fonts.remove(element); // a Unicode font set on the element itself wins over the stylesheet
            }
        }
        return fonts;
    }

    /** The legacy font a CSS declaration block names first in its font-family, if any. */
    private static Optional<LegacyFont> fontIn(String declarations) {
        Matcher family = FONT_FAMILY.matcher(declarations);
        if (family.find()) {
            return firstFamily(family.group(2)).flatMap(LegacyFont::of);
        }
        return Optional.empty();
    }

    private static Optional<String> firstFamily(String list) {
        if (list == null || list.isBlank()) {
            return Optional.empty();
        }
        String first = list.split(",")[0].trim().replaceAll("^['\"]|['\"]$", "").trim();
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    private static LegacyFont fontOf(TextNode text, Map<Element, LegacyFont> fonts) {
        for (Node node = text.parent(); node != null; node = node.parent()) {
            if (node instanceof Element element) {
                if (fonts.containsKey(element)) {
                    return fonts.get(element);
                }
                if ((element.hasAttr("style") && FONT_FAMILY.matcher(element.attr("style")).find())
                        || (element.normalName().equals("font") && element.hasAttr("face"))) {
                    return null; // the nearest font named is a Unicode one
                }
            }
        }
        return null;
    }

    private static boolean inStyleOrScript(TextNode text) {
        Node parent = text.parent();
        return parent instanceof Element element
                && (element.normalName().equals("style") || element.normalName().equals("script"));
    }

    private static boolean isCandidate(String text) {
        return text.chars().anyMatch(c -> c >= 0x80 && c <= 0xFF) && !LegacyTextEvidence.hasUnicodeVietnamese(text);
    }

    /** .VnTime -> Times New Roman (Liberation Serif's metrics), .VnArial -> Arial, everywhere fonts are named. */
    private static void replaceFontNames(Document html) {
        for (Element style : html.select("style")) {
            String css = style.data();
            String replaced = replaceInCss(css);
            if (!replaced.equals(css)) {
                style.empty().appendChild(new DataNode(replaced));
            }
        }
        for (Element element : html.select("[style]")) {
            element.attr("style", replaceInCss(element.attr("style")));
        }
        for (Element font : html.select("font[face]")) {
            firstFamily(font.attr("face")).flatMap(LegacyFont::of)
                    .ifPresent(legacy -> font.attr("face", legacy.replacement()));
        }
    }

    private static String replaceInCss(String css) {
        Matcher family = FONT_FAMILY.matcher(css);
        StringBuilder out = new StringBuilder();
        while (family.find()) {
            Optional<LegacyFont> legacy = firstFamily(family.group(2)).flatMap(LegacyFont::of);
            String value = legacy.map(font -> "'" + font.replacement() + "'").orElse(family.group(2));
            family.appendReplacement(out, Matcher.quoteReplacement(family.group(1) + value));
        }
        family.appendTail(out);
        return out.toString();
    }
}
