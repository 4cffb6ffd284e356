package org.earchive.detect.pronom;

import java.io.ByteArrayOutputStream;

/**
 * An XML file without the whitespace that only indents its elements: a run of spaces, tabs and line breaks between
 * two tags is left out, unless it is all an element holds ({@code <Sequence> </Sequence>} keeps its space). DROID
 * reads its signature file into objects that append every piece of text met inside an element to that element's
 * text, one string copy at a time, also the indentation between a collection's thousands of children; none of it is
 * ever read back. The binary signature file is 30% indentation (0.87 of its 2.9 MB): without it DROID reads the same
 * signatures in about a fifth less CPU ({@code UnindentedXmlTest} checks DROID's model and its answers are the same).
 * Text, comments, CDATA sections, processing instructions and attribute values (quoted, so a {@code >} inside one
 * ends nothing) are copied as they are.
 */
final class UnindentedXml {

    private UnindentedXml() {
    }

    /** The document's bytes (UTF-8 or any ASCII-compatible encoding), indentation left out. */
    static byte[] of(byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        int i = 0;
        boolean afterStartTag = false; // the last markup opened an element: whitespace up to its end tag is its text
        while (i < xml.length) {
            if (xml[i] != '<') {
                int text = i;
                while (i < xml.length && xml[i] != '<') {
                    i++;
                }
                boolean indentation = blank(xml, text, i) && i < xml.length
                        && !(afterStartTag && i + 1 < xml.length && xml[i + 1] == '/');
                if (!indentation || text == 0) {
                    out.write(xml, text, i - text);
                }
                continue;
            }
            int end = markupEnd(xml, i);
            out.write(xml, i, end - i);
            afterStartTag = isStartTag(xml, i, end);
            i = end;
        }
        return out.toByteArray();
    }

    /** Where the markup starting at {@code start} ends (one past its last byte). */
    private static int markupEnd(byte[] xml, int start) {
        if (startsWith(xml, start, "<!--")) {
            return after(xml, start + 4, "-->");
        }
        if (startsWith(xml, start, "<![CDATA[")) {
            return after(xml, start + 9, "]]>");
        }
        if (startsWith(xml, start, "<?")) {
            return after(xml, start + 2, "?>");
        }
        byte quote = 0;
        int brackets = 0; // a DOCTYPE's internal subset holds declarations of its own
        for (int i = start + 1; i < xml.length; i++) {
            byte b = xml[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '[') {
                brackets++;
            } else if (b == ']') {
                brackets--;
            } else if (b == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return xml.length;
    }

    private static boolean isStartTag(byte[] xml, int start, int end) {
        return end - start >= 3 && xml[start + 1] != '/' && xml[start + 1] != '!' && xml[start + 1] != '?'
                && xml[end - 2] != '/' && xml[end - 1] == '>';
    }

    private static int after(byte[] xml, int from, String terminator) {
        for (int i = from; i + terminator.length() <= xml.length; i++) {
            if (startsWith(xml, i, terminator)) {
                return i + terminator.length();
            }
        }
        return xml.length;
    }

    private static boolean startsWith(byte[] xml, int at, String prefix) {
        if (at + prefix.length() > xml.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (xml[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte[] xml, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = xml[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
