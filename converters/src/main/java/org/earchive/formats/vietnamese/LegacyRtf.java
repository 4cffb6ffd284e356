package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A Unicode copy of an RTF document whose text is typed in {@code .Vn*} or {@code VNI-*} fonts, written by
 * rewriting the RTF itself: the font of each piece of text is followed as RTF readers follow it ({@code \fN},
 * {@code \plain} back to {@code \deffN}, braces keeping what they enclose), the bytes of a legacy font's text
 * are decoded in its code and written as RTF Unicode escapes (backslash-u, the code, a "?"), and each legacy name in the font table becomes
 * its Unicode twin. Everything else (pictures, {@code \bin} data, styles, fields, text in Unicode fonts) is
 * copied byte for byte, so a document mixing both gets each part right and both engines lay out the copy.
 *
 * <p>The font a paragraph style gives and a run does not repeat is not followed: Word and LibreOffice write
 * {@code \fN} on every run, because RTF readers need it.
 */
public final class LegacyRtf {

    /** Groups whose text is not the document's: copied as they are (the font table is handled on its own). */
    private static final Set<String> NOT_TEXT = Set.of("colortbl", "stylesheet", "info", "pict", "object", "objdata",
            "datastore", "themedata", "colorschememapping", "latentstyles", "listtable", "listoverridetable",
            "rsidtbl", "generator", "xmlnstbl", "mmathPr", "filetbl", "revtbl", "listtext", "pntext", "fldinst");

    /** What is known inside one brace level. */
    private static final class State {
        int font = -1;
        int unicodeSkip = 1;
        boolean skip;
        boolean fontTable;
        boolean fontEntry;

        State copy() {
            State state = new State();
            state.font = font;
            state.unicodeSkip = unicodeSkip;
            state.skip = skip;
            state.fontTable = fontTable;
            return state;
        }
    }

    private final Map<Integer, String> fonts = new HashMap<>();
    private int defaultFont;
    private String rtf;
    private int at;
    private StringBuilder out;
    private final StringBuilder pending = new StringBuilder();
    private LegacyFont pendingFont;
    private final Set<String> used = new LinkedHashSet<>();
    private int runs;

    /**
     * Writes the converted copy to {@code copy} when text in a legacy font is found.
     *
     * @return what was converted, or null (nothing written) when no text is in a legacy font
     */
    public static LegacyRuns convert(Path source, Path copy) throws IOException {
        String text = new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1);
        LegacyRtf converter = new LegacyRtf();
        String converted = converter.rewrite(text);
        LegacyRuns result = LegacyRuns.of(converter.used, converter.runs);
        if (result != null) {
            Files.write(copy, converted.getBytes(StandardCharsets.ISO_8859_1));
        }
        return result;
    }

    /** The RTF (one character a byte) with its legacy text as Unicode escapes. */
    String rewrite(String source) {
        rtf = source;
        at = 0;
        out = new StringBuilder(source.length() + source.length() / 4);
        Deque<State> stack = new ArrayDeque<>();
        State state = new State();
        StringBuilder fontName = new StringBuilder();
        int fontNumber = -1;
        boolean groupStart = false;
        while (at < rtf.length()) {
            char c = rtf.charAt(at);
            if (c == '{') {
                flush();
                stack.push(state);
                state = state.copy();
                if (state.fontTable) {
                    state.fontTable = false;
                    state.fontEntry = true;
                    fontName.setLength(0);
                    fontNumber = -1;
                }
                out.append(c);
                at++;
                groupStart = true;
                continue;
            }
            if (c == '}') {
                flush();
                if ((state.fontEntry || state.fontTable) && fontNumber >= 0 && fontName.length() > 0) {
                    endFontName(fontNumber, fontName); // an entry whose name has no ";"
                    fontNumber = -1;
                }
                state = stack.isEmpty() ? new State() : stack.pop();
                out.append(c);
                at++;
                groupStart = false;
                continue;
            }
            if (c == '\\') {
                int start = at;
                String word = controlWord();
                boolean wasGroupStart = groupStart;
                groupStart = false;
                if (word.equals("'")) {
                    int value = hex(rtf, at, 2);
                    at += 2;
                    boolean inFontTable = state.fontEntry || state.fontTable;
                    if (value >= 0 && !state.skip && !inFontTable) {
                        if (text(state, (char) value)) {
                            continue;
                        }
                    } else if (inFontTable && value >= 0 && !state.skip) {
                        fontName.append((char) value);
                        continue;
                    }
                    flush();
                    out.append(rtf, start, at);
                    continue;
                }
                flush();
                String name = word.replaceAll("-?\\d+$", "");
                String number = word.substring(name.length());
                switch (name) {
                    case "*" -> {
                        if (wasGroupStart) {
                            state.skip = true;
                        }
                    }
                    case "fonttbl" -> state.fontTable = true;
                    case "deff" -> defaultFont = parse(number, 0);
                    case "plain" -> state.font = defaultFont;
                    case "f" -> {
                        if (state.fontEntry || state.fontTable) {
                            fontNumber = parse(number, -1);
                        } else {
                            state.font = parse(number, -1);
                        }
                    }
                    case "uc" -> state.unicodeSkip = parse(number, 1);
                    case "u" -> {
                        out.append(rtf, start, at);
                        copyFallback(state.unicodeSkip);
                        continue;
                    }
                    case "bin" -> {
                        out.append(rtf, start, at);
                        int length = Math.max(0, parse(number, 0));
                        int end = Math.min(rtf.length(), at + length);
                        out.append(rtf, at, end);
                        at = end;
                        continue;
                    }
                    default -> {
                        if (NOT_TEXT.contains(name)) {
                            state.skip = true;
                        }
                    }
                }
                out.append(rtf, start, at);
                continue;
            }
            at++;
            groupStart = false;
            if (c == '\r' || c == '\n') {
                out.append(c); // line ends in RTF are not text
                continue;
            }
            if ((state.fontEntry || state.fontTable) && !state.skip) {
                if (c == ';') {
                    if (fontNumber >= 0) {
                        endFontName(fontNumber, fontName);
                        fontNumber = -1;
                    } else {
                        out.append(fontName);
                    }
                    fontName.setLength(0);
                    out.append(c);
                } else {
                    fontName.append(c);
                }
                continue;
            }
            if (state.skip || !text(state, c)) {
                flush();
                out.append(c);
            }
        }
        flush();
        return out.toString();
    }

    /** A font table entry's name: recorded, and written as its Unicode twin when it is a legacy font. */
    private void endFontName(int number, StringBuilder name) {
        String font = name.toString().trim();
        fonts.put(number, font);
        LegacyFont legacy = LegacyFont.of(font).orElse(null);
        out.append(legacy == null ? name : legacy.replacement());
        name.setLength(0);
    }

    /** Collects a character of a legacy font's text; false when the current font is not a legacy one. */
    private boolean text(State state, char c) {
        LegacyFont font = LegacyFont.of(fonts.get(state.font < 0 ? defaultFont : state.font)).orElse(null);
        if (font == null) {
            return false;
        }
        if (pendingFont != null && !pendingFont.fontName().equals(font.fontName())) {
            flush();
        }
        pendingFont = font;
        pending.append(c);
        return true;
    }

    /** Writes the collected legacy text as Unicode: ASCII as it is, the rest as RTF Unicode escapes. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String unicode = pendingFont.decode(pending);
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                // readers that know the escape skip its one fallback "?", whatever skip count the group had set
                out.append("{\\uc1\\u").append((int) (short) c).append("?}");
            }
        }
        used.add(pendingFont.fontName());
        runs++;
        pending.setLength(0);
        pendingFont = null;
    }

    /** The characters a reader skips after a Unicode escape: copied, never decoded. */
    private void copyFallback(int count) {
        if (at < rtf.length() && rtf.charAt(at) == ' ') {
            out.append(' ');
            at++;
        }
        for (int i = 0; i < count && at < rtf.length(); i++) {
            char c = rtf.charAt(at);
            if (c == '{' || c == '}') {
                return;
            }
            if (c == '\\' && at + 1 < rtf.length() && rtf.charAt(at + 1) == '\'') {
                out.append(rtf, at, Math.min(rtf.length(), at + 4));
                at += 4;
            } else if (c == '\\') {
                return; // a control word ends the fallback early
            } else {
                out.append(c);
                at++;
            }
        }
    }

    /**
     * Reads the control word or symbol at {@code at} (which is a backslash) and moves past it and its
     * delimiting space: "f1", "'" (for {@code \'hh}, the digits left unread), "par", "~", "*".
     */
    private String controlWord() {
        at++; // the backslash
        if (at >= rtf.length()) {
            return "";
        }
        char first = rtf.charAt(at);
        if (!Character.isLetter(first) || first > 0x7F) {
            at++;
            return String.valueOf(first);
        }
        int start = at;
        while (at < rtf.length() && rtf.charAt(at) < 0x80 && Character.isLetter(rtf.charAt(at))) {
            at++;
        }
        if (at < rtf.length() && (rtf.charAt(at) == '-' || Character.isDigit(rtf.charAt(at)))) {
            at++;
            while (at < rtf.length() && Character.isDigit(rtf.charAt(at))) {
                at++;
            }
        }
        String word = rtf.substring(start, at);
        if (at < rtf.length() && rtf.charAt(at) == ' ') {
            at++; // the delimiter belongs to the control word
        }
        return word;
    }

    private static int hex(String text, int from, int digits) {
        if (from + digits > text.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(text.substring(from, from + digits), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int parse(String number, int otherwise) {
        try {
            return number.isEmpty() ? otherwise : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
