package org.earchive.metadata;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.earchive.metadata.MetadataExtractor.Line;

/**
 * Lines on a page that are not the document's own and must never fill one of its fields: the received stamp
 * a văn thư puts on an incoming document ("ĐẾN / Số: 1532 / Ngày: 12/6/2025 / Chuyển: ..."), a copy's
 * block or banner ("SAO Y" with the copying office's own number and date, NĐ 30 Phụ lục I Phần II), and Word
 * field codes a text extraction lets through ("PAGE", "NUMPAGES \* MERGEFORMAT").
 *
 * <p>The copy block of NĐ 30 stands below the copied document: everything from it on is the copy's, so the
 * document ends where it starts ({@link #documentEnd}). A copy banner or received stamp higher up only
 * hides its own lines ({@link #isForeign}).
 */
final class ForeignLines {

    /** "ĐẾN" alone, or opening a stamp line ("ĐẾN Số: 1532"); "CÔNG VĂN ĐẾN" as some stamps print it. */
    private static final Pattern RECEIVED = Pattern.compile("^(?:CONG VAN )?DEN(?:\\s*$|\\s+S[O0]\\b|\\s*[:.])");
    /** The lines a received stamp holds under "ĐẾN", as printed or as OCR reads them. */
    private static final Pattern RECEIVED_ITEM = Pattern.compile(
            "^(?:s[o0]\\b|ngay\\b|gio\\b|chuyen\\b|luu ho so|so va ky hieu|so, ky hieu|ho so so)");
    /** The form of a copy, in capitals on a line of its own: "SAO Y", "SAO Y BẢN CHÍNH", "TRÍCH SAO". */
    private static final Pattern COPY_BANNER = Pattern.compile(
            "^(?:SAO Y|SAO LUC|TRICH SAO)(?: BAN CHINH| BAN GOC| TU BAN CHINH)?[\\s.:]*$");
    /** A copy's own number: "Số: 05/SY-VP", "Số: 12/SL-UBND". */
    private static final Pattern COPY_NUMBER = Pattern.compile("^S[O0]\\s*[:.]?\\s*[\\d.…]*\\s*/\\s*(?:SY|SL|TRS)\\b");
    /** Word field instructions: a field code is a capital keyword, alone or with its switches. */
    private static final Pattern FIELD_CODE = Pattern.compile(
            "^(?:PAGE|NUMPAGES|SECTIONPAGES|MERGEFORMAT|FILENAME|HYPERLINK|PAGEREF|TOC|SEQ)(?:\\s*\\\\.*|\\s+\\d+)?$"
                    + "|.*\\\\\\*\\s*MERGEFORMAT.*");

    /** A number line with its ký hiệu: the stamp's own "Số:" has none. */
    private static final Pattern NUMBER_LINE = Pattern.compile("^s[o0]\\s*[:;.,]?\\s*[\\d.…_ ]*/");

    /** The lines a stamp spans at most under its "ĐẾN". */
    private static final int STAMP_ITEMS = 6;

    private final boolean[] foreign;
    private final int documentEnd;

    private ForeignLines(boolean[] foreign, int documentEnd) {
        this.foreign = foreign;
        this.documentEnd = documentEnd;
    }

    /**
     * @param headerEnd past the lines where the document's own header can be: a copy banner above it is a
     *                  stamp on the header, below it the start of the copy block
     */
    static ForeignLines of(List<Line> lines, int headerEnd) {
        boolean[] foreign = new boolean[lines.size()];
        int documentEnd = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String folded = lines.get(i).folded().toUpperCase(Locale.ROOT);
            if (FIELD_CODE.matcher(folded).matches()) {
                foreign[i] = true;
            } else if (RECEIVED.matcher(folded).find() && VietnameseText.isUpperCase(lines.get(i).text().split(" ")[0])) {
                foreign[i] = true;
                markStampItems(lines, foreign, i + 1);
                markStampOrgan(lines, foreign, i);
            } else if (COPY_BANNER.matcher(folded).matches() || COPY_NUMBER.matcher(folded).find()) {
                if (i >= headerEnd && i > 0) {
                    documentEnd = copyBlockStart(lines, i);
                    break;
                }
                foreign[i] = true;
                markStampItems(lines, foreign, i + 1);
            }
        }
        return new ForeignLines(foreign, documentEnd);
    }

    /** After "ĐẾN" or a banner: its number, date and routing lines, past the blank lines OCR puts between. */
    private static void markStampItems(List<Line> lines, boolean[] foreign, int from) {
        int items = 0;
        for (int i = from; i < lines.size() && items < STAMP_ITEMS; i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String key = line.key();
            boolean copyDate = MetadataExtractor.isBareDateLine(line);
            if ((!RECEIVED_ITEM.matcher(key).find() && !copyDate) || NUMBER_LINE.matcher(key).find()) {
                return; // the stamp has ended; a "Số: 1187/SNV-CCVTLT" is the document's own number line
            }
            foreign[i] = true;
            items++;
        }
    }

    /**
     * The stamp prints the receiving office's name above "ĐẾN": that capital line is the receiver's. Should OCR
     * have lost the stamp's name, this hides the issuer's last line instead, and the clerk fills the issuer in:
     * a blank, never the receiver written as the issuer.
     */
    private static void markStampOrgan(List<Line> lines, boolean[] foreign, int received) {
        for (int i = received - 1; i >= 0 && received - i <= 2; i--) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (VietnameseText.isUpperCase(line.text())) {
                foreign[i] = true;
            }
            return;
        }
    }

    /** The copy block opens with the copying office's name, in capitals, just above its banner or number. */
    private static int copyBlockStart(List<Line> lines, int marker) {
        int start = marker;
        for (int i = marker - 1; i >= 0 && marker - i <= 4; i--) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String text = line.text();
            if (!VietnameseText.isUpperCase(text) && !text.matches("^[\\s_\\-–—=*.·~]+$")
                    && !COPY_BANNER.matcher(line.folded().toUpperCase(Locale.ROOT)).matches()) {
                break;
            }
            start = i;
        }
        return start;
    }

    /** "ĐẾN Số: 19" of a received stamp, as OCR glues it to the line it overlaps (the folded text's start). */
    private static final Pattern GLUED_RECEIVED = Pattern.compile("^(?:CONG VAN )?DEN\\s*(?:S\\S{0,2}\\s*[:.]?\\s*\\d*)?\\s*");
    /**
     * The received stamp's "Số:" label (its number, if any, after it), with what OCR read of the stamp's frame before
     * it, then a word in sentence case: the stamp's item read at the start of the subject's line it overlaps ("- Số
     * Chuyển đổi số ...", fresh12-21). A subject opening with "Số" goes on in lower case ("Số hóa tài liệu ...").
     */
    private static final Pattern GLUED_NUMBER_LABEL = Pattern.compile(
            "^[^\\p{L}\\d]*S[oO0]\\s*[:.]?\\s*\\d*\\s+(?=\\p{Lu}\\p{Ll})");
    /**
     * Two or more words in capitals opening a line, then a word in sentence case: a stamp's name glued before it, with
     * what OCR read of the stamp's frame or the rule between them ("VĂN PHÒNG UBND TỈNH _ Phê duyệt ...").
     */
    private static final Pattern GLUED_CAPITALS = Pattern.compile(
            "^(?:\\p{Lu}{2,}\\s+){2,}(?:[_\\-\u2013\u2014.,:;'`|~\u201E]+\\s*)?(?=\\p{Lu}\\p{Ll})");

    /**
     * A line of the document's own (a subject under its title) without the received stamp OCR read into the same
     * line where the stamp overlaps it: "ĐẾN Số: 19Ban hành Quy chế ..." is "Ban hành Quy chế ...", "VĂN PHÒNG UBND
     * TỈNH Phê duyệt ..." is "Phê duyệt ...". A subject is printed in sentence case, so capitals before it are not its.
     */
    static String withoutGluedStamp(String text) {
        String folded = VietnameseText.fold(text);
        java.util.regex.Matcher label = GLUED_NUMBER_LABEL.matcher(folded);
        if (label.find()) {
            return text.substring(label.end());
        }
        java.util.regex.Matcher received = GLUED_RECEIVED.matcher(folded.toUpperCase(Locale.ROOT));
        if (received.find() && VietnameseText.isUpperCase(text.substring(0, Math.min(text.length(), 3)))
                && startsSentence(text.substring(received.end()))) {
            return text.substring(received.end());
        }
        java.util.regex.Matcher capitals = GLUED_CAPITALS.matcher(text);
        if (capitals.find()) {
            return text.substring(capitals.end());
        }
        return text;
    }

    /** Whether the line opens the received stamp: "ĐẾN" alone, or with its number ("ĐẾN Số: 1532"), OCR's "ĐEN". */
    static boolean isReceived(Line line) {
        return !line.blank() && RECEIVED.matcher(line.folded().toUpperCase(Locale.ROOT)).find()
                && VietnameseText.isUpperCase(line.text().split(" ")[0]);
    }

    private static boolean startsSentence(String text) {
        return text.length() >= 2 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
    }

    boolean isForeign(int index) {
        return index < foreign.length && foreign[index];
    }

    /** Where the document's own text ends: the start of a copy block at its foot, or the end of the text. */
    int documentEnd() {
        return documentEnd;
    }
}
