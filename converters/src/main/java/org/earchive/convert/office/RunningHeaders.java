package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.earchive.core.SafeXml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A word-processing document's header and footer text on every page, as Word prints it, rather than once at the
 * top and once at the bottom where Tika's XHTML has it. A .doc's come marked ({@code div.header},
 * {@code div.footer}); a .docx's are unmarked paragraphs, so they are read from the document's own header and
 * footer parts ({@code word/header1.xml}, ...) and those paragraphs taken off the start and end of the text.
 * They become CSS running elements that the page's top and bottom margin boxes repeat. A page-number field
 * (NĐ 30 puts the number at the top of every page) becomes the page's own number, not the number Word last
 * cached in the file. Word's first-page and even-page variants cannot be told apart here, so every distinct
 * line is printed on every page.
 */
final class RunningHeaders {

    private static final Pattern HEADER_PART = Pattern.compile("word/header\\d*\\.xml");
    private static final Pattern FOOTER_PART = Pattern.compile("word/footer\\d*\\.xml");
    /** Where a PAGE or NUMPAGES field stood in a header line; private-use characters no document shows. */
    private static final char PAGE = '\uE000';
    private static final char PAGES = '\uE001';
    /** A header is a line or two: a part with more text than this is not read further. */
    private static final int MAX_PART_CHARS = 64 * 1024;

    private RunningHeaders() {
    }

    /** @return the CSS that puts them in the margins, or "" when the document has neither */
    static String moveIntoMargins(Document html, Path source, boolean docx) {
        Set<String> headers = docx ? takeOff(html, partLines(source, HEADER_PART), true) : marked(html, "header");
        Set<String> footers = docx ? takeOff(html, partLines(source, FOOTER_PART), false) : marked(html, "footer");
        StringBuilder css = new StringBuilder();
        if (!headers.isEmpty()) {
            html.body().prependChild(running("running-header", headers));
            css.append("span.page-number::after { content: counter(page); }\n")
                    .append("span.page-count::after { content: counter(pages); }\n")
                    .append("div.running-header { position: running(pageHeader); font-size: 10pt; }\n")
                    .append("@page { @top-center { content: element(pageHeader); vertical-align: bottom; } }\n");
        }
        if (!footers.isEmpty()) {
            // a running element must come before the content of the first page it is to appear on
            html.body().prependChild(running("running-footer", footers));
            css.append("span.page-number::after { content: counter(page); }\n")
                    .append("span.page-count::after { content: counter(pages); }\n")
                    .append("div.running-footer { position: running(pageFooter); font-size: 10pt; }\n")
                    .append("@page { @bottom-center { content: element(pageFooter); vertical-align: top; } }\n");
        }
        return css.toString();
    }

    private static Element running(String className, Set<String> lines) {
        Element running = new Element("div").addClass(className);
        for (String line : lines) {
            Element paragraph = running.appendElement("p");
            StringBuilder text = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (c == PAGE || c == PAGES) {
                    paragraph.appendText(text.toString());
                    text.setLength(0);
                    paragraph.appendElement("span").addClass(c == PAGE ? "page-number" : "page-count");
                } else {
                    text.append(c);
                }
            }
            paragraph.appendText(text.toString());
        }
        return running;
    }

    /** Tika's text of a header paragraph has Word's cached numbers where the line has its fields. */
    private static boolean sameLine(String text, String line) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == PAGE || c == PAGES) {
                pattern.append(Pattern.quote(literal.toString())).append("\\d*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        pattern.append(Pattern.quote(literal.toString()));
        return Pattern.compile(pattern.toString()).matcher(text).matches();
    }

    /** A .doc: the text of the body-level {@code div.header} (or footer) blocks, which are removed. */
    private static Set<String> marked(Document html, String kind) {
        Elements blocks = html.body().select("> div." + kind);
        Set<String> lines = new LinkedHashSet<>();
        for (Element paragraph : blocks.select("p")) {
            if (!paragraph.text().isBlank()) {
                lines.add(paragraph.text().strip());
            }
        }
        blocks.remove();
        return lines;
    }

    /**
     * A .docx: Tika writes the header parts' paragraphs (empty ones too) first and the footer parts' last; as
     * many of them as the parts hold are taken off that end of the body, as long as they match.
     */
    private static Set<String> takeOff(Document html, List<String> partParagraphs, boolean fromStart) {
        Set<String> lines = new LinkedHashSet<>();
        partParagraphs.stream().filter(line -> !line.isEmpty()).forEach(lines::add);
        if (lines.isEmpty()) {
            return lines;
        }
        Elements children = html.body().children();
        int taken = 0;
        for (int i = 0; i < children.size() && taken < partParagraphs.size(); i++, taken++) {
            Element paragraph = children.get(fromStart ? i : children.size() - 1 - i);
            String text = paragraph.text().strip();
            if (!paragraph.is("p") || !(text.isEmpty() || lines.stream().anyMatch(line -> sameLine(text, line)))) {
                break;
            }
            paragraph.remove();
        }
        return lines;
    }

    /** Every paragraph's text (empty ones as "") in the header or footer parts, in part-name order. */
    static List<String> partLines(Path docx, Pattern part) {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            List<ZipEntry> parts = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (part.matcher(entry.getName()).matches()) {
                    parts.add(entry);
                }
            }
            parts.sort(java.util.Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : parts) {
                try (InputStream in = zip.getInputStream(entry)) {
                    paragraphs(in, lines);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            // not a plain zip (an encrypted .docx opened with a password) or an odd part: the text stays where
            // Tika put it, once at the top and once at the bottom
            return List.of();
        }
        return lines;
    }

    private static void paragraphs(InputStream in, List<String> lines) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.streamReader(in);
        StringBuilder paragraph = null;
        int chars = 0;
        boolean inText = false;
        boolean inInstruction = false;
        StringBuilder instruction = null; // of the complex field being read (w:fldChar begin ... end)
        boolean cachedResult = false; // inside a page field's result: Word's number, replaced by the page's own
        while (reader.hasNext() && chars < MAX_PART_CHARS) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> paragraph = new StringBuilder();
                    case "t" -> inText = true;
                    case "tab" -> append(paragraph, " ");
                    case "instrText" -> inInstruction = true;
                    case "fldSimple" -> {
                        Character field = pageField(attribute(reader, "instr"));
                        if (field != null) {
                            append(paragraph, field.toString());
                            cachedResult = true;
                        }
                    }
                    case "fldChar" -> {
                        String type = attribute(reader, "fldCharType");
                        if ("begin".equals(type)) {
                            instruction = new StringBuilder();
                        } else if ("separate".equals(type) && instruction != null) {
                            Character field = pageField(instruction.toString());
                            if (field != null) {
                                append(paragraph, field.toString());
                                cachedResult = true;
                            }
                        } else if ("end".equals(type)) {
                            instruction = null;
                            cachedResult = false;
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "t" -> inText = false;
                    case "instrText" -> inInstruction = false;
                    case "fldSimple" -> cachedResult = false;
                    case "p" -> {
                        if (paragraph != null) {
                            lines.add(paragraph.toString().strip());
                            paragraph = null;
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.CHARACTERS && inInstruction && instruction != null) {
                instruction.append(reader.getText());
            } else if (event == XMLStreamReader.CHARACTERS && inText && !cachedResult) {
                chars += reader.getTextLength();
                append(paragraph, reader.getText());
            }
        }
    }

    /** PAGE or NUMPAGES (a field instruction such as {@code " PAGE \* MERGEFORMAT "}), else null. */
    private static Character pageField(String instruction) {
        if (instruction == null) {
            return null;
        }
        String[] words = instruction.strip().split("\\s+");
        return words[0].equalsIgnoreCase("PAGE") ? PAGE : words[0].equalsIgnoreCase("NUMPAGES") ? PAGES : null;
    }

    /** An attribute by its local name, whatever prefix the file binds to Word's namespace. */
    private static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    private static void append(StringBuilder paragraph, String text) {
        if (paragraph != null) {
            paragraph.append(text);
        }
    }
}
