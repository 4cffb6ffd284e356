package org.earchive.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.core.OcrWords;
import org.earchive.detect.LanguageGuesser;
import org.earchive.metadata.FieldValue.Origin;

/**
 * Reads the fields NĐ 30/2020 and Hướng dẫn 36-HD/VPTW put on every official document from its text: the
 * header block (issuing body and its parent), the number line (số, ký hiệu), the date line (địa danh,
 * ngày), the type name, the subject, the signature block and the recipients.
 *
 * <p>The hard rule is that nothing is invented: a text without the national motto or the Party header (and
 * without both a number line and a date line, for OCR text that lost the motto) is not an official document,
 * and yields no số, ký hiệu or date whatever numbers and dates its body holds. Matching is done on a
 * diacritic-free copy of the text so that OCR output without diacritics matches too; values are taken from
 * the NFC original, as printed.
 */
public final class MetadataExtractor {

    /** The header block (organ, motto, number, date, type, subject) lies within the first lines. */
    private static final int HEADER_LINES = 45;
    /** The motto or Party header opens the document: it is within the first lines, or it is a quotation. */
    private static final int MOTTO_LINES = 12;

    /** Between the motto's words OCR may read a stray dot or comma: "CỘNG HÒA XÃ HỘI.CHỦ NGHĨA". */
    private static final String GAP = "[\\s.,:;'`\u00B7]*";
    private static final Pattern STATE_MOTTO = Pattern.compile(String.join(GAP,
            "c[o0]ng", "h[o0]a", "x[a]", "h[o0]i", "ch[u]", "ngh[i1]a") + "(" + GAP + "vi[e]t(" + GAP + "nam)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOTTO_LINE_2 = Pattern.compile(
            "d[o0]c" + GAP + "l[a]p" + GAP + "[-–—]?" + GAP + "t[u]" + GAP + "d[o0]" + GAP + "[-–—]?" + GAP + "h[a]nh" + GAP
                    + "ph[u]c", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTY_HEADER = Pattern.compile(String.join(GAP, "d[a]ng", "c[o0]ng", "s[a]n", "vi[e]t",
            "nam"), Pattern.CASE_INSENSITIVE);

    /**
     * The motto wrapped in two ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"), each half on the line of an organ's line
     * when a scan's two header columns are read as one flow: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ".
     */
    private static final Pattern MOTTO_HEAD = Pattern.compile(
            String.join(GAP, "c[o0]ng", "h[o0]a", "x[a]", "h[o0]i") + "(?:" + GAP + "ch[u])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOTTO_TAIL = Pattern.compile(
            "(?:ch[u]" + GAP + ")?" + String.join(GAP, "ngh[i1]a", "vi[e]t", "nam"), Pattern.CASE_INSENSITIVE);

    /**
     * "Số: 125/QĐ-UBND", "Số: 30/2020/NĐ-CP", "Số: 2858 /QĐ-UBND", "Số: 12/QĐ/UBND", OCR's "So: 125 / QD - UBND"
     * (matched on the folded text). The number may be left blank for the pen ("Số:      /QĐ-BYT", OCR's "Số: — /BC-...")
     * or be a handwritten scrawl OCR cannot read (group 2): then the line is still the number line, without a number.
     */
    /** The dashes a ký hiệu is typed or read with: hyphen, en and em dash, Unicode's hyphens and minus; or a slash. */
    private static final String DASH_OR_SLASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212/]";
    /** OCR parts the lower-case end of a type's abbreviation from it: "TT r - BVTN" for "TTr-BVTN". */
    private static final String OCR_SPLIT_TAIL = "(?:\\s[a-z]{1,2}(?=\\s?" + DASH_OR_SLASH + "))?";
    private static final Pattern STATE_NUMBER = Pattern.compile(
            "^S[oO06]\\s*[:;.,]?\\s*(?:(\\d{1,5})|([.…_·]+|[-\u2013\u2014]{1,3}|[0-9OoIl|?~*,']{1,6}|))\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?"
                    + "([A-Za-z][A-Za-z0-9.]*" + OCR_SPLIT_TAIL + "(?:\\s?" + DASH_OR_SLASH + "\\s?[A-Za-z0-9][A-Za-z0-9.]*){0,4})");
    /** A number line without its number must still show a whole ký hiệu, not a template's "/QĐ-…3...". */
    private static final Pattern WHOLE_NOTATION = Pattern.compile("^[A-Z][A-Za-z]*[-/][A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$");
    /** "Số 27-BC/ĐU", "Số 35-CT/TW". */
    private static final Pattern PARTY_NUMBER = Pattern.compile(
            "^S[oO06]\\s*[:.]?\\s*(\\d{1,5})\\s?[-–]\\s?([A-Za-z]{1,5}\\s?/\\s?[A-Za-z0-9]{1,12}(?:\\s?[-–/]\\s?[A-Za-z0-9]{1,12}){0,3})");

    /** A number line ending in a ký hiệu's first part ("Số : 3110/ TTr"), which a column gap may have cut. */
    private static final Pattern NOTATION_HEAD = Pattern.compile("^S[oO06]\\s*[:;.,]?\\s*[\\d.…_ ]*/\\s*(?:\\d{4}\\s*/\\s*)?[A-Za-z]+$");
    /** A number line whose ký hiệu ends in a dash: "Số: 1517/TTr-", the rest wrapped to the next line. */
    private static final Pattern NOTATION_HEAD_DASH = Pattern.compile(
            "^S[oO06]\\s*[:;.,]?\\s*[\\d.…_ ]*/\\s*(?:\\d{4}\\s*/\\s*)?[A-Za-z]+\\s*" + "[-\u2010\u2011\u2012\u2013\u2014\u2212]$");
    /** The rest of that ký hiệu past the gap: "- BVTN", "/UBND". */
    private static final Pattern NOTATION_TAIL = Pattern.compile("^" + DASH_OR_SLASH + "\\s?[A-Za-z]");

    /** A line opening as a number line does, whatever OCR read for the number: "Số: — /BC-...", "Số: 59/...". */
    private static final Pattern NUMBER_LIKE = Pattern.compile("^S[oO06]\\s*[:;.,]\\s*\\S{0,6}\\s*/");
    /** "Số:" or "Số: 2858" with nothing after: the rest of the number line is past a gap ("/QĐ-UBND"). */
    private static final Pattern OPEN_NUMBER = Pattern.compile("^S[oO0]\\s*[:;.,]?\\s*[\\d.…_]*$");

    /**
     * A day or a month: one or two digits, or as OCR reads a printed one, a digit beside a letter drawn like a digit
     * ("1Š" for 15, "I1" and "1l" for 11, "O5" for 05, "0]" for 01). At least one real digit: a lone "I" or "II" may
     * be the pen's stroke in a blank left for a handwritten day, which is the clerk's to read.
     */
    private static final String DAY_OR_MONTH = "(\\d{1,2}|\\d[IlOSŠ|\\]]|[IlOSŠ|\\]]\\d)";
    private static final Pattern DATE_WORDS = Pattern.compile(
            "ngay\\s*" + DAY_OR_MONTH + "\\s*thang[.,]?\\s*" + DAY_OR_MONTH + "\\s*nam\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    /**
     * A printed day, then a month OCR read as letters alone: an italic "1" or "11" is "I", "II", "Ï" or "TI" ("ngày 13
     * tháng II năm 2025"). A typist who printed the day printed the month, so these are its digits; the pen's stroke
     * in a blank is a day's (a day left blank under a typed month), never a month's after a printed day.
     */
    private static final Pattern DATE_WORDS_MONTH_READ_AS_LETTERS = Pattern.compile(
            "ngay\\s*" + DAY_OR_MONTH + "\\s*thang[.,]?\\s*([Il|]{1,2}|T[Il|])\\s*nam\\s*(\\d{4})");
    /** A date line in words: its month printed in digits, or read by OCR as letters. */
    private static final List<Pattern> DATES_IN_WORDS = List.of(DATE_WORDS, DATE_WORDS_MONTH_READ_AS_LETTERS);
    private static final Pattern YEAR_WRAPPED = Pattern.compile(
            "ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*$", Pattern.CASE_INSENSITIVE);
    /** "Bình Định, ngày 23 tháng 03" / "năm 2024": a narrow column wrapped before the year's word. */
    private static final Pattern MONTH_WRAPPED = Pattern.compile(
            "ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*$", Pattern.CASE_INSENSITIVE);
    /** "Lào Cai, ngày 5 tháng 12": the place and date line, its year wrapped away; no subject goes on into it. */
    private static final Pattern PLACE_AND_DAY = Pattern.compile(
            "^[^,]{2,40},\\s*ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A number alone in its column: a workbook's line-number cell ("7", then "Kính gửi: ..." in the next cell); not a
     * year, which may be a V/v's wrapped last word.
     */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR_LINE = Pattern.compile("^nam\\s*\\d{4}$", Pattern.CASE_INSENSITIVE);
    /** Separators as typed, and the fraction slash (U+2044) OCR reads a slash as. */
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s?[/.\u2044-]\\s?(\\d{1,2})\\s?[/.\u2044-]\\s?(\\d{4})(?![\\d/])");

    private static final Pattern VV_LINE = Pattern.compile("^(?:V\\s?[/.]\\s?[vV]|V\\.v)\\b\\s*[:.]?\\s*\\S", Pattern.CASE_INSENSITIVE);
    /** A line of capitals that opens with the dash inside an organ's name: "- KẾ HOẠCH", "– XÃ HỘI". */
    private static final Pattern DASH_WRAP = Pattern.compile("[-–]\\s*\\p{Lu}[\\p{Lu}\\s,-]*");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s_\\-–—=*.·~]+$");

    /** Lines only a body opens with: legal grounds, the addressee, an article, a chapter, a contract's preamble. */
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:can cu\\b|kinh gui\\b|dieu (?:1|i)\\b|chuong (?:1|i)\\b|phan (?:1|i)\\b|hom nay\\b|ben a\\b)");
    /** Words a body paragraph opens with, after the subject: the subject has ended. */
    private static final List<String> BODY_OPENERS = List.of("can cu", "kinh gui", "thuc hien", "theo ", "xet ",
            "ngay ", "de ", "nham ", "tren co so", "sau khi", "trong ", "hien nay",
            "noi nhan");
    /** A subject line ending in one of these words goes on to the next line. */
    private static final List<String> LINKING_WORDS = List.of("cua", "va", "ve", "cho", "nam", "tai", "cac", "voi",
            "tren", "doi", "trong", "theo", "so", "ngay", "thang", "thuoc", "giua", "den", "tu", "nhung", "mot", "-",
            ",", "dan", "tinh", "huyen", "xa", "giai", "doan", "cong", "tac", "ke", "hoach", "vao", "toi", "boi",
            // "... cho người dưới" / "14 tuổi": a preposition of comparison wraps before a number
            "duoi", "truoc");
    /**
     * A decision's authority line names an office-holder ("Chủ tịch Ủy ban nhân dân huyện", "Giám đốc Sở Nội vụ"): typed
     * above the rule, it is no line of the subject's.
     */
    private static final Pattern OFFICE_HOLDERS = Pattern.compile("^(?:chu tich|pho chu tich|giam doc|bo truong|"
            + "thu tuong|cuc truong|vu truong|vien truong|hieu truong|chanh |tong giam doc|truong ban|truong phong|"
            + "bi thu|thu truong|(?:tm|kt|tl|tuq)\\.)");
    /** Words in capitals, then a word in lower case: a stamp's line glued before a subject's wrapped line. */
    /** "Kính gửi:" with its colon, wherever OCR put it on its line ("Chuyển: Văn phòng _. Kính gửi: ..."). */
    private static final Pattern KINH_GUI = Pattern.compile("\\bkinh gui\\s*:");
    /** The lines past the header's end where a công văn's "Kính gửi:" stands. */
    private static final int ADDRESS_LINES = 6;
    /** A name read so far that is only the first words of a council's or a committee's head (folded, capitals). */
    private static final Pattern HEAD_ALONE = Pattern.compile("(?:^|\\s)(?:HOI DONG|UY BAN)$");
    private static final Pattern STAMP_THEN_SUBJECT = Pattern.compile("^(?:\\p{Lu}{2,}\\s+){2,}\\p{Ll}");
    /** A line of a wrapped V/v at least this share of the longest before it fills its column: the V/v may go on. */
    private static final double FULL_LINE = 0.8;
    /** "giai đoạn 2026" / "- 2027": a range of years wrapped before its dash goes on with it. */
    private static final Pattern RANGE_WRAPPED = Pattern.compile("^[-\u2013\u2014]\\s*\\d");
    private final LanguageGuesser languageGuesser = new LanguageGuesser();

    /** @param text the document's text (any normalisation form); null or blank gives empty metadata */
    public DocumentMetadata extract(String text) {
        return extract(text, TextSource.TYPED);
    }

    /**
     * @param source typed text, or text OCR recognised: each value gets the confidence measured for its kind
     *               ({@link FieldCalibration}), and one below the threshold is withheld for the clerk
     */
    public DocumentMetadata extract(String text, TextSource source) {
        return extract(text, source, OcrWords.NONE);
    }

    /**
     * @param words for OCR text, the words Tesseract read with its confidence in each: a name or subject whose words
     *              it was sure of is a kind of value measured apart ({@link FieldCalibration})
     */
    public DocumentMetadata extract(String text, TextSource source, OcrWords words) {
        return extract(text, source, words, TypeWeights.NONE);
    }

    /**
     * Typed text with the weights its lines were printed in (a PDF's fonts, an office file's runs): where the header's
     * organ lines have both, the bold ones are the issuing organ and the regular ones above it its parent.
     */
    public DocumentMetadata extract(String text, TypeWeights weights) {
        return extract(text, TextSource.TYPED, OcrWords.NONE, weights);
    }

    /** A source's text as {@link SourceText} read it, with its lines' weights. */
    public DocumentMetadata extractTyped(SourceText.Reading reading) {
        return extract(reading.text(), TextSource.TYPED, OcrWords.NONE, reading.weights());
    }

    private DocumentMetadata extract(String text, TextSource source, OcrWords words, TypeWeights weights) {
        DocumentMetadata metadata = new DocumentMetadata();
        if (text == null || text.isBlank()) {
            return metadata;
        }
        // a typed header aligned with tabs is read column by column; a scan's header was put so from its boxes
        String head = source == TextSource.TYPED ? TabbedHeader.columnsFirst(headAndTail(text)) : headAndTail(text);
        String nfc = VietnameseText.nfc(head);
        language(nfc, metadata);
        if (source == TextSource.OCR) {
            // OCR's wrong marks in a subject's terms of administration ("mức chỉ", "bảo đẳm"), in the text and its words
            nfc = SubjectTerms.repairText(nfc);
            words = SubjectTerms.repairWords(words);
        }
        List<Line> lines = lines(nfc);
        Reading reading = new Reading(lines, metadata, source == TextSource.TYPED, weights);
        reading.run();
        if (source == TextSource.OCR) {
            repairOrganTerms(metadata);
        }
        // a text without any diacritics (typed so, or OCR that lost them all) is a kind not measured: its values
        // keep the extractor's own, lower estimate
        FieldCalibration.apply(metadata, source, !nfc.equals(VietnameseText.fold(nfc)), words);
        return metadata;
    }

    /** OCR's wrong marks in an organ's terms ("ĐẲNG ỦY"), and its specks, mended before the name is weighed. */
    private static void repairOrganTerms(DocumentMetadata metadata) {
        for (MetadataField field : List.of(MetadataField.ORGAN_NAME, MetadataField.PARENT_ORGAN_NAME)) {
            metadata.field(field).ifPresent(value -> {
                String repaired = OrganTerms.repair(value.value());
                if (!repaired.equals(value.value()) && !repaired.isEmpty()) {
                    metadata.replace(field, new FieldValue(repaired, value.confidence(), value.origin(), value.evidence()));
                }
            });
        }
    }

    /** "Hà Nội, ngày 20 tháng 6 năm 2025" or a date alone on its line: a date line, whoever's it is. */
    static boolean isBareDateLine(Line line) {
        String folded = line.folded();
        for (Pattern date : List.of(DATE_WORDS, DATE_NUMERIC)) {
            Matcher matcher = date.matcher(folded);
            if (matcher.find() && Reading.isDateLine(folded, matcher.start(), matcher.end())) {
                return true;
            }
        }
        return false;
    }

    /** Only the header and the signature block are read: a long text's middle is not split into lines. */
    private static final int HEAD_OR_TAIL = 200_000;

    private static String headAndTail(String text) {
        if (text.length() <= 2 * HEAD_OR_TAIL) {
            return text;
        }
        return text.substring(0, HEAD_OR_TAIL) + "\n\n" + text.substring(text.length() - HEAD_OR_TAIL);
    }

    private void language(String text, DocumentMetadata metadata) {
        String iso = languageGuesser.guess(text);
        if (iso == null) {
            return;
        }
        CodeList languages = CodeList.named("language");
        languages.entries().stream().filter(e -> iso.equals(e.extra())).findFirst()
                .ifPresent(e -> metadata.offer(MetadataField.LANGUAGE, e.code(), 0.9, Origin.TEXT));
    }

    /** One line of text: NFC with white space collapsed, and its folded twin with the same offsets. */
    record Line(String text, String folded) {
        static Line of(String raw) {
            String text = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            return new Line(text, VietnameseText.fold(text));
        }

        boolean blank() {
            return text.isEmpty();
        }

        String key() {
            return folded.toLowerCase(Locale.ROOT);
        }

        /** The first word, folded and in lower case, without the marks around it; "" for a line of marks only. */
        String firstWord() {
            String[] words = folded.strip().split("[\\s,;.]+");
            return words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
        }

        /**
         * Whether the line opens with a word Vietnamese is spelt with ("cư, định danh ..."), not the stamp's number OCR
         * read in lower case ("sø:3z4i Kínhg") nor a speck.
         */
        boolean opensWithWord() {
            String first = firstWord();
            return !first.isEmpty() && first.chars().allMatch(Character::isLetter) && OcrTokens.isSyllable(first);
        }
    }

    /** Lines of the text; tabs and wide gaps separate layout columns, which become lines of their own. */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String[] columns = raw.split("\\t|\\s{4,}");
            boolean any = false;
            String pending = null;
            for (String column : columns) {
                if (column.isBlank()) {
                    continue;
                }
                String folded = VietnameseText.fold(VietnameseText.nfc(column.strip()));
                if (pending != null && (folded.startsWith("/")
                        || NOTATION_TAIL.matcher(folded).lookingAt() && NOTATION_HEAD.matcher(VietnameseText.fold(pending)).find())) {
                    // "Số: 2858        /QĐ-UBND": the gap left for the pen is not a column; nor is a gap OCR
                    // read before a ký hiệu's dash ("Số : 3110/ TTr" | "- BVTN")
                    column = pending + " " + column.strip();
                    folded = VietnameseText.fold(VietnameseText.nfc(column));
                    lines.remove(lines.size() - 1);
                }
                pending = null;
                lines.add(Line.of(column));
                any = true;
                if (OPEN_NUMBER.matcher(folded).matches() || NOTATION_HEAD.matcher(folded).find()) {
                    pending = column.strip();
                }
            }
            if (!any) {
                lines.add(Line.of(""));
            }
        }
        return joinWrappedNotations(lines);
    }

    /** A ký hiệu's last part past its dash ("BVTN"), alone on a line. */
    private static final Pattern NOTATION_PART = Pattern.compile("^[A-Z][A-Za-z0-9]{0,11}$");

    /**
     * A number line that a narrow header column wrapped at the ký hiệu's dash: "Số: 1517/TTr-" over "BVTN" (as
     * typed, wrapped by the layout) or "Số: 1517/TTr" over "- BVTN" (as OCR reads the wrapped print) is one line.
     */
    private static List<Line> joinWrappedNotations(List<Line> lines) {
        List<Line> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i + 1 < lines.size()) {
                String next = lines.get(i + 1).folded();
                boolean dashEnds = NOTATION_HEAD_DASH.matcher(line.folded()).find() && NOTATION_PART.matcher(next).matches();
                boolean dashOpens = NOTATION_HEAD.matcher(line.folded()).find() && NOTATION_TAIL.matcher(next).lookingAt()
                        && next.length() <= 16;
                if (dashEnds || dashOpens) {
                    joined.add(Line.of(line.text() + (dashEnds ? "" : " ") + lines.get(i + 1).text()));
                    i++;
                    continue;
                }
            }
            joined.add(line);
        }
        return joined;
    }

    /** One document's reading, top to bottom. */
    private static final class Reading {
        final List<Line> lines;
        final DocumentMetadata metadata;
        /** Typed text: its lines are as printed, so the rule under a subject bounds it (OCR may lose or invent one). */
        final boolean typed;
        final int headerEnd;
        boolean stateHeader;
        boolean partyHeader;
        int numberLine = -1;
        int numberEnd = -1;
        String typeAbbreviation;
        /** Whether the ký hiệu's first part names another type than the title line ("TT" under "TỜ TRÌNH"). */
        boolean notationNamesAnotherType;
        int dateLine = -1;
        int typeLine = -1;

        /** Lines that are not the document's own (a received stamp, a copy banner, Word field codes). */
        final ForeignLines foreign;
        /** The header's fields (number, date, issuing body) are read above this line: no body text fills them. */
        final int headerLimit;

        /** The weights the typed lines were printed in, where known: the bold organ is the issuer. */
        final TypeWeights weights;

        Reading(List<Line> all, DocumentMetadata metadata, boolean typed, TypeWeights weights) {
            this.metadata = metadata;
            this.typed = typed;
            this.weights = weights;
            // a copy block under the document ("SAO Y", the copying office's number, date and signer) is not it
            ForeignLines found = ForeignLines.of(all, Math.min(recipientsHeading(all),
                    bodyOpening(all, nonBlankLimit(all, HEADER_LINES))));
            this.lines = all.subList(0, found.documentEnd());
            this.foreign = found;
            this.headerEnd = nonBlankLimit(lines, HEADER_LINES);
            this.headerLimit = bodyOpening(lines, headerEnd);
        }

        /** The first "Nơi nhận:": what follows it is the foot of the document, whatever its length. */
        static int recipientsHeading(List<Line> lines) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).key().replaceFirst("^[-•+\\s]+", "").startsWith("noi nhan")) {
                    return i;
                }
            }
            return lines.size();
        }

        /**
         * The first line of the body ("Căn cứ ...", "Kính gửi: ...", "Điều 1.", "Chương I"), or {@code limit}: a
         * date or a number cited in the body ("Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 13/06/2019") is never
         * the document's own.
         */
        static int bodyOpening(List<Line> lines, int limit) {
            for (int i = 0; i < Math.min(limit, lines.size()); i++) {
                String key = lines.get(i).key();
                if (BODY_START.matcher(key).find()) {
                    return i;
                }
            }
            return Math.min(limit, lines.size());
        }

        void run() {
            findHeaders();
            findNumber();
            findDate();
            if (!(stateHeader || partyHeader || (numberLine >= 0 && dateLine >= 0))) {
                // not an official document: its numbers and dates are not a number line and a date line
                return;
            }
            recordDate();
            findType();
            findOrgans();
            // after the organs: an abbreviation spelling the issuing body's initials takes their "Đ" ("BGDĐT")
            recordNumber();
            findSubject();
            SignatureBlock.read(lines, bodyStart(), metadata);
        }

        /** The index just past the first {@code count} non-blank lines. */
        private static int nonBlankLimit(List<Line> lines, int count) {
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).blank() && ++seen >= count) {
                    return i + 1;
                }
            }
            return lines.size();
        }

        private void findHeaders() {
            int end = nonBlankLimit(lines, MOTTO_LINES);
            for (int i = 0; i < end; i++) {
                Line line = lines.get(i);
                // a wrapped motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM") still names itself
                if (isHeading(line, STATE_MOTTO, true) || isHeading(line, MOTTO_LINE_2, false)) {
                    stateHeader = true;
                }
                if (isHeading(line, PARTY_HEADER, true)) {
                    partyHeader = true;
                }
            }
        }

        /**
         * The motto as a heading, not quoted in a sentence (NĐ 30's own appendix describes it in its body):
         * printed in capitals where it should be, and with nothing in lower case beside it on the line but
         * a date line, which OCR may merge with it.
         */
        private static boolean isHeading(Line line, Pattern heading, boolean capitals) {
            Matcher matcher = heading.matcher(line.folded());
            if (!matcher.find()) {
                return false;
            }
            String printed = line.text().substring(matcher.start(), matcher.end());
            if (capitals && !VietnameseText.isUpperCase(printed)) {
                return false;
            }
            String rest = (line.text().substring(0, matcher.start()) + " " + line.text().substring(matcher.end())).strip();
            String foldedRest = VietnameseText.fold(rest);
            // a scan read as one flow may glue the number line to it: "Độc lập - Tự do - Hạnh phúcSố: /QĐ-BYT"
            return rest.isEmpty() || VietnameseText.isUpperCase(rest) || DATE_WORDS.matcher(foldedRest).find()
                    || STATE_NUMBER.matcher(foldedRest).find() || PARTY_NUMBER.matcher(foldedRest).find();
        }

        /** Just past the header: the number, date and type lines. */
        private int bodyStart() {
            return Math.max(Math.max(numberLine, dateLine), Math.max(typeLine, 0)) + 1;
        }

        // ---- số and ký hiệu

        private NumberMatch numberMatch;

        /** @param cut the ký hiệu stops before a dash or slash the pattern could not read past ("KH-~BQLKCN") */
        private record NumberMatch(String number, String notation, DocumentGrammar grammar, double confidence,
                                   boolean cut) {
        }

        /** A ký hiệu read up to a dash or slash followed by a character none is printed with: OCR's speck cut it. */
        private static final Pattern NOTATION_GOES_ON = Pattern.compile("^\\s*" + DASH_OR_SLASH + "\\s*[^\\sA-Za-z0-9]");

        private void findNumber() {
            for (int i = 0; i < headerLimit; i++) {
                if (foreign.isForeign(i)) {
                    continue;
                }
                Line line = lines.get(i);
                int start = afterMottoLine2(line);
                Matcher party = PARTY_NUMBER.matcher(line.folded()).region(start, line.folded().length());
                if (party.find()) {
                    String notation = strokes(compact(line.text().substring(party.start(2), party.end(2))));
                    accept(i, party.end(), new NumberMatch(party.group(1), notation, DocumentGrammar.PARTY,
                            confidence(line, party, party.group(1), partyHeader), false));
                    typeAbbreviation = notation.substring(0, notation.indexOf('/'));
                    return;
                }
                Matcher state = STATE_NUMBER.matcher(line.folded()).region(start, line.folded().length());
                if (state.find()) {
                    String symbol = strokes(compact(line.text().substring(state.start(4), state.end(4))));
                    symbol = symbol.replaceAll("[.]+$", "");
                    String number = state.group(1);
                    if (number == null && !wholeNotation(line, state, symbol)) {
                        continue; // "Số:    /QĐ-…3..." of a blank template is no number line
                    }
                    boolean normative = state.group(3) != null;
                    String notation = normative ? state.group(3) + "/" + symbol : symbol;
                    accept(i, state.end(), new NumberMatch(number, notation,
                            normative ? DocumentGrammar.LEGAL_NORMATIVE : DocumentGrammar.STATE,
                            confidence(line, state, number, stateHeader),
                            NOTATION_GOES_ON.matcher(line.folded().substring(state.end())).find()));
                    int cut = symbol.replace('/', '-').indexOf('-');
                    typeAbbreviation = cut > 0 ? symbol.substring(0, cut) : null;
                    return;
                }
            }
        }

        /** A scan read as one flow glues the number line to the motto's second line: "... Hạnh phúcSố: 12/QĐ-BYT". */
        private static int afterMottoLine2(Line line) {
            Matcher motto = MOTTO_LINE_2.matcher(line.folded());
            if (motto.find() && line.folded().substring(0, motto.start()).isBlank()) {
                int end = motto.end();
                while (end < line.folded().length() && line.folded().charAt(end) == ' ') {
                    end++;
                }
                return end;
            }
            return 0;
        }

        /**
         * Without a number (left blank for the pen, or a scrawl OCR could not read), the line is a number line
         * only if a whole printed ký hiệu follows, ending the line or followed by the date beside it.
         */
        private static boolean wholeNotation(Line line, Matcher state, String symbol) {
            String after = line.folded().substring(state.end()).strip();
            return WHOLE_NOTATION.matcher(VietnameseText.fold(symbol)).matches()
                    && (after.isEmpty() || Character.isLetter(after.charAt(0)) && !after.startsWith("-"));
        }

        private void accept(int index, int end, NumberMatch match) {
            if (match.notation().length() > MetadataField.CODE_NOTATION.maxLength()) {
                return;
            }
            numberLine = index;
            numberEnd = end;
            numberMatch = match;
        }

        /** Clean print scores high; "So", spaces inside the symbol or a header of the other grammar score lower. */
        private static double confidence(Line line, Matcher match, String number, boolean headerAgrees) {
            String printed = line.text().substring(match.start(), match.end());
            double confidence = 0.97;
            if (!printed.startsWith("Số") && !printed.startsWith("SỐ")) {
                confidence -= 0.1;
            }
            if (number != null && printed.substring(printed.indexOf(number)).contains(" ")) {
                confidence -= 0.1;
            }
            if (!headerAgrees) {
                confidence -= 0.15;
            }
            return confidence;
        }

        private void recordNumber() {
            if (numberMatch == null) {
                return;
            }
            if (numberMatch.number() != null) {
                // a number written by hand and not read is left for the clerk: the printed ký hiệu still holds
                metadata.offer(MetadataField.CODE_NUMBER, numberMatch.number(), numberMatch.confidence(), Origin.TEXT);
            }
            String notation = numberMatch.notation();
            if (marked()) {
                List<String> organs = new ArrayList<>();
                metadata.get(MetadataField.ORGAN_NAME).ifPresent(organs::add);
                metadata.get(MetadataField.PARENT_ORGAN_NAME).ifPresent(organs::add);
                notation = NotationStrokes.restore(notation, organs);
            }
            metadata.offer(MetadataField.CODE_NOTATION, notation, numberMatch.confidence(), Origin.TEXT);
            if (numberMatch.cut() && notation.equals(metadata.valueOrNull(MetadataField.CODE_NOTATION))) {
                // "Số:33/KH-~BQLKCN": "KH" is the ký hiệu's first part only, its organ's part lies past the speck
                metadata.replace(MetadataField.CODE_NOTATION, new FieldValue(notation, 0.5, Origin.TEXT,
                        FieldCalibration.CUT));
            }
            if (!typed && notationNamesAnotherType && notation.equals(metadata.valueOrNull(MetadataField.CODE_NOTATION))) {
                // a scan's ký hiệu naming another type than its title: "TT-TTXTĐT" (Thông tư) under "TỜ TRÌNH", the
                // "r" of "TTr" lost in a word Tesseract read at 49 (fresh11-18); OCR misread one of the two
                metadata.replace(MetadataField.CODE_NOTATION, new FieldValue(notation, 0.5, Origin.TEXT,
                        FieldCalibration.CUT));
            }
            metadata.offer(MetadataField.GRAMMAR, numberMatch.grammar().id(), numberMatch.confidence(), Origin.TEXT);
        }

        // ---- địa danh, ngày tháng năm

        private LocalDate date;
        private double dateConfidence;
        private String place;
        /** The date as printed ("ngày 18 tháng 3 năm 2025"): OCR's confidence in its words weighs it. */
        private String printedDate;

        private void findDate() {
            for (int i = 0; i < headerLimit; i++) {
                if (foreign.isForeign(i)) {
                    continue;
                }
                Line line = lines.get(i);
                int from = i == numberLine ? numberEnd : 0;
                if (YEAR_WRAPPED.matcher(line.folded()).find() && i + 1 < headerLimit
                        && lines.get(i + 1).text().matches("\\d{4}")) {
                    // "Tân Lập, ngày 03 tháng 01 năm" / "2025": a narrow column wrapped the year
                    line = Line.of(line.text() + " " + lines.get(i + 1).text());
                } else if (MONTH_WRAPPED.matcher(line.folded()).find() && i + 1 < headerLimit
                        && YEAR_LINE.matcher(lines.get(i + 1).folded()).matches()) {
                    line = Line.of(line.text() + " " + lines.get(i + 1).text());
                }
                String folded = line.folded().substring(from);
                for (Pattern pattern : DATES_IN_WORDS) {
                    Matcher words = pattern.matcher(folded);
                    if (words.find() && (isDateLine(folded, words.start(), words.end())
                            || i > numberLine && numberLine >= 0 && gluedDateLine(folded) >= 0)) {
                        if (take(i, line, from, words, line == lines.get(i) ? 0.95 : 0.85)) {
                            return;
                        }
                    }
                }
                Matcher numeric = DATE_NUMERIC.matcher(folded);
                if (numeric.find() && isDateLine(folded, numeric.start(), numeric.end())) {
                    if (take(i, line, from, numeric, 0.85)) {
                        return;
                    }
                }
            }
        }

        /**
         * A date line is "Place, ngày ..." or the date alone: "Căn cứ Luật ... ngày 21 tháng 6 năm 2024" in a
         * body, or "ngày 05 tháng 3 năm 2020 của Chính phủ)" under an appendix title, is not one.
         */
        private static boolean isDateLine(String folded, int dateStart, int dateEnd) {
            String before = folded.substring(0, dateStart).strip().replaceFirst("(?i)\\s*ngay$", "").strip();
            if (before.isEmpty()) {
                return folded.substring(dateEnd).replaceAll("[\\s.,;)]", "").isEmpty();
            }
            if (!before.endsWith(",")) {
                return false;
            }
            String candidate = withoutLeadingMarks(before.substring(0, before.length() - 1).strip());
            return isPlace(candidate);
        }

        /** The words of a place before a glued date line: one to four, each opening with a capital. */
        private static final Pattern GLUED_PLACE = Pattern.compile(
                "(?<=\\p{Ll}[\\s'`\"\u201C\u201D\u2018\u2019|_~-]{0,6}\\s)((?:\\p{Lu}\\p{L}*\\s){0,3}\\p{Lu}\\p{L}*),\\s*ngay\\s*\\S");

        /**
         * Where a date line OCR glued after a V/v's words starts: "vụ lưu ' Hà Nội, ngày 24 tháng 11 năm 2025" is the
         * V/v's "vụ lưu", then the date line (its place, "Hà Nội", opening after a word in lower case), the date ending
         * the line; -1 when the line is no such one. On the folded text, whose offsets are the original's.
         */
        static int gluedDateLine(String folded) {
            Matcher place = GLUED_PLACE.matcher(folded);
            if (!place.find()) {
                return -1;
            }
            String rest = folded.substring(place.start());
            for (Pattern date : DATES_IN_WORDS) {
                Matcher matcher = date.matcher(rest);
                if (matcher.find() && rest.substring(matcher.end()).replaceAll("[\\s.,;)]", "").isEmpty()) {
                    return place.start();
                }
            }
            return -1;
        }

        /** OCR's stray marks before a date line's place: ": Hà Nội, ngày ..." or "“Hà Nội, ngày ..." is a date line. */
        private static String withoutLeadingMarks(String text) {
            return text.replaceFirst("^[\\s:;.,'`\"“”‘’_~|-]+", "");
        }

        private static boolean isPlace(String folded) {
            if (folded.isEmpty() || folded.length() > 60 || folded.matches(".*\\d.*")) {
                return false;
            }
            String[] words = folded.split(" ");
            return words.length <= 8 && Character.isUpperCase(words[0].charAt(0));
        }

        /** A day or month as printed: OCR's "I", "l", "|", "]" and an italic "T" are 1, "O" is 0, "S" and "Š" are 5. */
        private static int digits(String read) {
            StringBuilder digits = new StringBuilder();
            for (char c : read.toCharArray()) {
                digits.append(switch (c) {
                    case 'I', 'i', 'l', 'L', '|', ']', 'T' -> '1';
                    case 'O', 'o' -> '0';
                    case 'S', 's', 'Š', 'š' -> '5';
                    default -> c;
                });
            }
            return Integer.parseInt(digits.toString());
        }

        private boolean take(int index, Line line, int from, Matcher match, double confidence) {
            try {
                LocalDate parsed = LocalDate.of(Integer.parseInt(match.group(3)), digits(match.group(2)),
                        digits(match.group(1)));
                if (parsed.getYear() < 1900 || parsed.getYear() > 2100) {
                    return false;
                }
                date = parsed;
                dateConfidence = confidence;
                dateLine = index;
                String text = line.text().substring(from);
                printedDate = text.substring(match.start(), match.end());
                String before = text.substring(0, match.start()).strip().replaceFirst("(?i)\\s*ng[aà]y$", "").strip();
                if (before.endsWith(",")) {
                    place = withoutLeadingMarks(before.substring(0, before.length() - 1).strip());
                    int glued = gluedDateLine(VietnameseText.fold(text));
                    if (glued > 0 && !isPlace(VietnameseText.fold(place))) {
                        // "vụ lưu ' Hà Nội, ngày ...": the place is the date line's, not the V/v's words before it
                        place = text.substring(glued, text.indexOf(',', glued)).strip();
                    }
                }
                return true;
            } catch (DateTimeException | NumberFormatException e) {
                return false;
            }
        }

        private void recordDate() {
            if (date == null) {
                return;
            }
            metadata.offer(MetadataField.ISSUED_DATE, date.toString(), dateConfidence, Origin.TEXT);
            metadata.replace(MetadataField.ISSUED_DATE, new FieldValue(date.toString(), dateConfidence, Origin.TEXT,
                    FieldCalibration.PRINTED + printedDate));
            if (place != null && !place.isEmpty()) {
                metadata.offer(MetadataField.PLACE, place, dateConfidence - 0.05, Origin.TEXT);
            }
        }

        // ---- tên loại

        private void findType() {
            CodeList types = CodeList.named("typeName");
            int from = Math.max(0, Math.max(numberLine, dateLine));
            Optional<CodeList.Entry> fromLine = Optional.empty();
            for (int i = from; i < headerEnd; i++) {
                Line line = lines.get(i);
                if (line.blank() || !VietnameseText.isUpperCase(line.text()) || line.text().endsWith(":")) {
                    continue;
                }
                Optional<CodeList.Entry> entry = types.byName(line.text());
                if (entry.isPresent()) {
                    fromLine = entry;
                    typeLine = i;
                    break;
                }
            }
            Optional<CodeList.Entry> fromSymbol = symbolType(types);
            if (fromLine.isPresent()) {
                CodeList.Entry entry = fromLine.get();
                double confidence = fromSymbol.isEmpty() ? 0.9
                        : fromSymbol.get().code().equals(entry.code()) ? 0.97 : 0.7;
                recordType(entry, confidence);
                notationNamesAnotherType = fromSymbol.isPresent() && !fromSymbol.get().code().equals(entry.code());
            } else if (fromSymbol.isPresent() && vvLine() < 0) {
                recordType(fromSymbol.get(), 0.85);
            } else if (numberMatch != null && vvLine() >= 0) {
                // no type line and a "V/v": a công văn, whose ký hiệu opens with its organ's abbreviation, which
                // may spell a type's ("TTLT-VP" of Trung tâm Lưu trữ is no Thông tư liên tịch)
                // a Công văn has no type line; its ký hiệu names the body, and its subject starts "V/v"
                types.byName("Công văn").ifPresent(e -> recordType(e, 0.85));
            } else if (numberMatch != null && fromSymbol.isEmpty() && addressed()) {
                // no type line, no V/v read and a ký hiệu naming no type ("THCSLB-VP"), then "Kính gửi:": a công văn
                // whose V/v the received stamp covered (fresh13-19, fresh13-21); a titled document names its type in
                // its title or its ký hiệu
                types.byName("Công văn").ifPresent(e -> recordType(e, 0.85));
            }
        }

        /** Whether a line within the header and the lines after it addresses the document: "Kính gửi: ...". */
        private boolean addressed() {
            for (int i = 0; i < lines.size() && i < headerLimit + ADDRESS_LINES; i++) {
                if (KINH_GUI.matcher(lines.get(i).key()).find()) {
                    return true;
                }
            }
            return false;
        }

        private Optional<CodeList.Entry> symbolType(CodeList types) {
            if (typeAbbreviation == null) {
                return Optional.empty();
            }
            Optional<CodeList.Entry> exact = types.byExtra(typeAbbreviation);
            if (exact.isPresent()) {
                return exact;
            }
            // OCR without diacritics: "QD" for "QĐ"
            String folded = VietnameseText.fold(typeAbbreviation);
            return types.entries().stream()
                    .filter(e -> e.extra() != null && VietnameseText.fold(e.extra()).equals(folded)).findFirst();
        }

        private void recordType(CodeList.Entry entry, double confidence) {
            metadata.offer(MetadataField.TYPE_NAME, entry.code(), confidence, Origin.TEXT);
            metadata.offer(MetadataField.TYPE_LABEL, entry.name(), confidence, Origin.TEXT);
        }

        private int vvLine() {
            for (int i = 0; i < headerLimit; i++) {
                if (VV_LINE.matcher(lines.get(i).folded()).find()) {
                    return i;
                }
            }
            return -1;
        }

        // ---- cơ quan ban hành, cơ quan chủ quản

        private void findOrgans() {
            int end = firstKnown(numberLine, dateLine, typeLine, headerLimit);
            List<String> organs = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            // names a line of two words or more was joined to although they already ended on their place ("UBND TỈNH
            // NINH BÌNH" / "QUỸ PHÁT TRIỂN ĐẤT", fresh14): a unit under its parent whose head the extractor does not
            // know, or the name's rest; which of the two the words cannot tell, so the issuer is left for the clerk
            Map<Integer, String> endedOnPlace = new java.util.HashMap<>();
            // the weight of each name's last line, where the header's organ lines were printed in both (NĐ 30: the
            // parent regular, the issuer bold under it); else none, and the heads and wraps below decide alone
            boolean weighed = organLinesWeighed(end);
            List<TypeWeights.Weight> lastWeights = new ArrayList<>();
            boolean mottoSeen = false;
            boolean mottoTailAhead = false;
            for (int i = 0; i < end; i++) {
                Line line = lines.get(i);
                if (foreign.isForeign(i)) {
                    continue;
                }
                if (NUMBER_LIKE.matcher(line.folded()).find()) {
                    // NĐ 30 prints the number under the issuing body: capitals below a "Số: ... /" line, though it was
                    // not read as a number line, are another's (a received stamp's "VĂN PHÒNG UBND TỈNH")
                    break;
                }
                if (isMottoLine(line) && !mottoSeen) {
                    mottoSeen = true;
                    if (organs.stream().allMatch(o -> o == null) && stripMottos(line.text()).isEmpty()) {
                        // the motto opens the page: a citizen's application or a contract, which no organ issues;
                        // the capitals below it are its title, its parties or its articles, never an organ
                        return;
                    }
                }
                if (mottoTailAhead && line.folded().toUpperCase(Locale.ROOT).equals("VIET NAM")) {
                    // "ỦY BAN NHÂN DÂN XÃ QUẢNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "PHÚ<TAB>VIỆT NAM": the motto's last words
                    mottoTailAhead = false;
                    continue;
                }
                if (mottoTailAhead && line.folded().toUpperCase(Locale.ROOT).equals("NAM") && !organs.isEmpty()
                        && organs.get(organs.size() - 1) != null && mottoCutAfterViet) {
                    // "HỘI ĐỒNG NHÂN DÂN HUYỆN CAM CỘNG HÒA ... VIỆT" / "LÂM", "NAM": a PDF's row holding the name's
                    // wrapped end and, past the column's gap, the motto's last word
                    mottoTailAhead = false;
                    continue;
                }
                mottoTailAhead |= mottoWithoutTail(line);
                mottoCutAfterViet = mottoWithoutTail(line) ? line.folded().toUpperCase(Locale.ROOT).strip().endsWith(" VIET")
                        : mottoCutAfterViet;
                // the motto's second line is in mixed case and may share a line with an organ; its capital
                // first line is stripped only after wrapped lines are joined ("... CHỦ NGHĨA VIỆT" / "NAM")
                String text = strip(line.text(), MOTTO_LINE_2);
                int last = organs.size() - 1;
                if (text.isEmpty() && !line.blank() && last >= 0 && organs.get(last) != null
                        && OrganNameWrap.endsInLevel(stripMottos(organs.get(last)))) {
                    // "HỘI ĐỒNG NHÂN DÂN HUYỆN" / "Độc lập - Tự do - Hạnh phúc" / "CAM LÂM": two columns read as one
                    // flow put the motto's second line between a name and the place its level calls for
                    continue;
                }
                if (text.isEmpty() && !line.blank() && last >= 0 && organs.get(last) != null
                        && nameGoesOnAfter(i, end)) {
                    // "SỞ NGOẠI VỤ VÀ HỢP TÁC" / "Độc lập - Tự do - Hạnh phúc" / "QUỐC TẾ": the motto's second line, on
                    // the row of a name's first line, read between it and its wrapped end, which opens as no organ does
                    continue;
                }
                if (!line.blank() && stripMottos(text).isEmpty() && last >= 0 && organs.get(last) != null
                        && OrganTerms.endsInBoundWord(stripMottos(organs.get(last)))) {
                    // "CHI CỤC VĂN THƯ - LƯU" / the motto's lines / "TRỮ": the motto read between a name and the rest of
                    // its term
                    continue;
                }
                if (!text.isEmpty() && SEPARATOR.matcher(text).matches() && last >= 0 && organs.get(last) != null
                        && HEAD_ALONE.matcher(VietnameseText.fold(stripMottos(organs.get(last))).toUpperCase(Locale.ROOT))
                        .find()) {
                    // "HỘI ĐỒNG" / "-" / "NHÂN DÂN HUYỆN" / "CAM LÂM" (fresh13-20): no name ends on its head's first
                    // words, so a dash OCR read beside them is a speck, not the rule under the name
                    continue;
                }
                if (text.isEmpty() || SEPARATOR.matcher(text).matches()) {
                    organs.add(null); // a break: what follows is not a continuation
                    joined.add(false);
                    lastWeights.add(null);
                    continue;
                }
                if (last >= 0 && organs.get(last) != null && DASH_WRAP.matcher(text).matches()) {
                    // "PHÒNG TÀI CHÍNH" / "- KẾ" / "HOẠCH": a name wrapped before its dash goes on, dash and all
                    organs.set(last, organs.get(last) + " " + text);
                    joined.set(last, true);
                    continue;
                }
                if (!VietnameseText.isUpperCase(text) || !Character.isLetter(text.charAt(0))) {
                    // "TỀNg TÂM LƯU TRỮ LỊCH" (tune-122): an organ's line OCR read a letter of in lower case; the
                    // issuing organ is not known, and the line above it is its parent, never the issuer
                    misreadOrganLine |= mostlyCapitals(text) || capitalsInSpecks(text);
                    continue; // "/QĐ-BYT" of a number line split from its "Số:" is no organ
                }
                misreadOrganLine = false;
                String folded = VietnameseText.fold(text).toUpperCase(Locale.ROOT);
                // a name wrapped after "VÀ", "-" or "," goes on whatever word the next line opens with
                boolean continues = last >= 0 && organs.get(last) != null
                        && (!OrganHeads.opens(text) && !OrganHeads.followsWholeName(stripMottos(organs.get(last)), folded)
                        || endsUnfinished(organs.get(last), folded)
                        || OrganNameWrap.placeFollows(stripMottos(organs.get(last)), text));
                TypeWeights.Weight weight = weighed ? weightOf(i) : null;
                TypeWeights.Weight above = continuesFrom(organs, lastWeights);
                // printed weights tell the issuer from its parent whatever words open them: a bold line under a
                // regular one begins the issuer ("UBND TỈNH NINH BÌNH" / "QUỸ PHÁT TRIỂN ĐẤT"), a bold line under a
                // bold one goes on with it ("CHI NHÁNH" / "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI")
                boolean byWeight = weight == TypeWeights.Weight.BOLD && above != null;
                if (byWeight) {
                    continues = above == TypeWeights.Weight.BOLD;
                }
                if (continues) {
                    String sofar = stripMottos(organs.get(last));
                    if (!byWeight && endsOnItsPlace(sofar) && text.strip().split("\\s+").length >= 2
                            && !endsUnfinished(organs.get(last), folded)
                            && !OrganNameWrap.placeFollows(sofar, text)) {
                        endedOnPlace.putIfAbsent(last, sofar);
                    }
                    organs.set(last, organs.get(last) + " " + text);
                    joined.set(last, true);
                    lastWeights.set(last, weight);
                } else {
                    organs.add(text);
                    joined.add(false);
                    lastWeights.add(weight);
                }
            }
            List<String> names = new ArrayList<>();
            List<Boolean> wasJoined = new ArrayList<>();
            List<Boolean> wasJoinedAfterPlace = new ArrayList<>();
            for (int i = 0; i < organs.size(); i++) {
                String organ = organs.get(i) == null ? null : stripMottos(organs.get(i));
                if (organ != null && !organ.isEmpty() && VietnameseText.isUpperCase(organ)) {
                    names.add(organ);
                    wasJoined.add(joined.get(i));
                    // only where the name did grow past its place (a motto's piece joined, then stripped, did not)
                    wasJoinedAfterPlace.add(endedOnPlace.containsKey(i) && !organ.equals(endedOnPlace.get(i)));
                }
            }
            if (names.isEmpty()) {
                return;
            }
            int issuer = names.size() - 1;
            double confidence = (stateHeader || partyHeader ? 0.9 : 0.75) - (wasJoined.get(issuer) ? 0.1 : 0)
                    - (names.size() > 2 ? 0.15 : 0);
            metadata.offer(MetadataField.ORGAN_NAME, names.get(issuer), confidence, Origin.TEXT);
            if ((misreadOrganLine && !typed || wasJoinedAfterPlace.get(issuer))
                    && names.get(issuer).equals(metadata.valueOrNull(MetadataField.ORGAN_NAME))) {
                metadata.replace(MetadataField.ORGAN_NAME, new FieldValue(names.get(issuer), 0.5, Origin.TEXT,
                        FieldCalibration.CUT));
            }
            if (issuer > 0) {
                metadata.offer(MetadataField.PARENT_ORGAN_NAME, names.get(issuer - 1), confidence - 0.05, Origin.TEXT);
            }
        }

        /** The weight line {@code index} was printed in, counting the lines of the same text above it; null if none. */
        private TypeWeights.Weight weightOf(int index) {
            String key = TypeWeights.key(lines.get(index).text());
            int occurrence = 0;
            for (int j = 0; j < index; j++) {
                occurrence += TypeWeights.key(lines.get(j).text()).equals(key) ? 1 : 0;
            }
            return weights.of(lines.get(index).text(), occurrence).orElse(null);
        }

        /** The weight of the last line of the name a line would go on with, if it has one. */
        private static TypeWeights.Weight continuesFrom(List<String> organs, List<TypeWeights.Weight> lastWeights) {
            int last = organs.size() - 1;
            return last >= 0 && organs.get(last) != null ? lastWeights.get(last) : null;
        }

        /**
         * Whether the header's lines in capitals above {@code end} (the organs', not the motto) were printed in both
         * weights: only then does a line's weight tell the issuer from its parent. A header typed bold throughout, as
         * many offices type one with tabs, or a document with no parent, says nothing by its weights.
         */
        private boolean organLinesWeighed(int end) {
            if (weights.isEmpty()) {
                return false;
            }
            boolean bold = false;
            boolean regular = false;
            for (int i = 0; i < end; i++) {
                Line line = lines.get(i);
                String text = line.text();
                if (line.blank() || foreign.isForeign(i) || isMottoLine(line) || !Character.isLetter(text.charAt(0))
                        || !VietnameseText.isUpperCase(text) || NUMBER_LIKE.matcher(line.folded()).find()) {
                    continue;
                }
                TypeWeights.Weight weight = weightOf(i);
                bold |= weight == TypeWeights.Weight.BOLD;
                regular |= weight == TypeWeights.Weight.REGULAR;
            }
            return bold && regular;
        }

        /**
         * Whether a name ends on the place its last administrative level names, in two words or three, as most places'
         * names are: "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "THUẾ TỈNH CÀ MAU"; not "... TỈNH LÀO" (wrapped before "CAI"),
         * "... HUYỆN" (its place follows) nor "... TỈNH QUẢNG NAM VỀ VIỆC".
         */
        private static final java.util.Set<String> MARKED_LEVELS = java.util.Set.of("TỈNH", "THÀNH PHỐ", "THỊ XÃ",
                "THỊ TRẤN", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "ĐẶC KHU");

        private static boolean endsOnItsPlace(String name) {
            List<String> words = List.of(VietnameseText.nfc(name).toUpperCase(Locale.ROOT).strip().split("\\s+"));
            for (int placeWords = 2; placeWords <= 3; placeWords++) {
                int level = words.size() - placeWords;
                // the level with its marks: "QUẢN LÝ KHÁM" is no "QUẬN", as folding would have it
                if (level >= 1 && (MARKED_LEVELS.contains(words.get(level - 1))
                        || level >= 2 && MARKED_LEVELS.contains(words.get(level - 2) + " " + words.get(level - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the next line with words, before {@code end}, is a header line in capitals that opens as no organ's
         * name does: the rest of the name above it, not another organ.
         */
        private boolean nameGoesOnAfter(int index, int end) {
            for (int j = index + 1; j < end; j++) {
                Line next = lines.get(j);
                if (next.blank()) {
                    continue;
                }
                String text = next.text().strip();
                return !foreign.isForeign(j) && !isMottoLine(next) && !text.isEmpty() && Character.isLetter(text.charAt(0))
                        && VietnameseText.isUpperCase(text) && !OrganHeads.opens(text)
                        && !NUMBER_LIKE.matcher(next.folded()).find();
            }
            return false;
        }

        /** The motto's first line read beside an organ's stopped at "VIỆT": its "NAM" is on a line of its own ahead. */
        private boolean mottoCutAfterViet;

        /** An organ's line OCR read after the last one taken, with a letter in lower case: the issuer may be lost. */
        private boolean misreadOrganLine;

        /**
         * Words in capitals between specks OCR read around them ("\\9NGHIỆP””" under "BAN QUẢN LÝ CÁC KHU CÔNG"): an
         * organ's wrapped line misread, not a ký hiệu's part ("/QĐ-BYT" holds a dash).
         */
        private static boolean capitalsInSpecks(String text) {
            String inside = text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            return !inside.equals(text.strip()) && inside.codePoints().filter(Character::isLetter).count() >= 3
                    && inside.matches("[\\p{Lu} ]+");
        }

        /** Two words or more, opening with a capital, four letters in five capitals: a line in capitals misread. */
        private static boolean mostlyCapitals(String text) {
            long letters = text.codePoints().filter(Character::isLetter).count();
            long capitals = text.codePoints().filter(Character::isUpperCase).count();
            return text.strip().split("\\s+").length >= 2 && Character.isUpperCase(text.codePointAt(0))
                    && letters >= 8 && capitals * 5 >= letters * 4;
        }

        /** The motto's first line read beside an organ's and cut before its "VIỆT NAM": "... CỘNG HÒA XÃ HỘI CHỦ NGHĨA". */
        private static boolean mottoWithoutTail(Line line) {
            Matcher motto = MOTTO_HEAD.matcher(line.folded());
            return motto.find() && !line.folded().substring(motto.end()).toUpperCase(Locale.ROOT).contains("VIET NAM");
        }

        /**
         * "VĂN PHÒNG HĐND VÀ" / "UBND": an organ's line that cannot end its name, though the next line opens as an
         * organ's head does. A comma goes on only into "HỘI ...": "BỘ Y TẾ," then "CỤC QUẢN LÝ ..." is another
         * organ's head, OCR having read a speck after a parent's name as a comma (a list's "SỞ VĂN HÓA," / "THỂ THAO
         * VÀ DU LỊCH" opens no head and goes on regardless).
         *
         * @param foldedNext the next line, folded and in capitals
         */
        private static boolean endsUnfinished(String organ, String foldedNext) {
            String folded = VietnameseText.fold(organ).toUpperCase(Locale.ROOT).strip();
            return folded.endsWith(" VA") || folded.endsWith("-") || folded.endsWith(" CUA")
                    || folded.endsWith(",") && foldedNext.startsWith("HOI ");
        }

        /** The motto's first line, or the Party's header, as a heading. */
        private static boolean isMottoLine(Line line) {
            return isHeading(line, STATE_MOTTO, true) || isHeading(line, PARTY_HEADER, true);
        }

        private static int firstKnown(int... indexes) {
            int min = Integer.MAX_VALUE;
            for (int index : indexes) {
                if (index >= 0) {
                    min = Math.min(min, index);
                }
            }
            return min;
        }

        private static String stripMottos(String text) {
            String result = text;
            for (Pattern motto : List.of(STATE_MOTTO, MOTTO_LINE_2, PARTY_HEADER, MOTTO_HEAD, MOTTO_TAIL)) {
                result = strip(result, motto);
            }
            // OCR's stray marks at the end of a column: "SỞ NỘI VỤ .._"
            return result.replaceAll("[\\s.,_\\-–|~:;]+$", "");
        }

        private static String strip(String text, Pattern pattern) {
            Matcher matcher = pattern.matcher(VietnameseText.fold(text));
            String result = text;
            if (matcher.find()) {
                result = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
            }
            return result.replaceAll("\\s+", " ").strip();
        }

        // ---- trích yếu

        private void findSubject() {
            if (typeLine >= 0) {
                int start = typeLine + 1;
                while (start < lines.size() && start <= typeLine + 3 && lines.get(start).blank()) {
                    start++;
                }
                if (start < lines.size() && isFragment(lines.get(start)) && start + 1 < lines.size()
                        && lines.get(start + 1).text().length() > 0) {
                    start++; // a speck OCR read beside the title ("TỜ TRÌNH<TAB>i") is not the subject's start
                }
                if (start < lines.size() && !endsSubjectAtStart(lines.get(start))) {
                    subjectFrom(start, false);
                    return;
                }
            }
            // a công văn's subject, or a decision's whose title is followed straight by its authority: "V/v ..."
            // under the number line
            int vv = vvLine();
            if (vv >= 0) {
                subjectFrom(vv, true);
            }
        }

        /** The words of a proper name's rest OCR may read past the stamp's name ("Kỳ Co", "Đa Nhim", "Hoa Dã Quỳ"). */
        private static final int PROPER_NAME_WORDS = 4;

        /** A subject is read over this many lines at most. */
        private static final int MAX_SUBJECT_LINES = 4;

        private void subjectFrom(int start, boolean congVan) {
            StringBuilder subject = new StringBuilder(congVan ? withoutGluedDateLine(lines.get(start))
                    : ForeignLines.withoutGluedStamp(lines.get(start).text()));
            // a V/v whose first line the date line was glued to goes on only in lower case
            boolean gluedFirst = congVan && gluedDateLine(lines.get(start).folded()) > 0;
            if (gluedFirst && !goesOnInLowerCase(start + 1)) {
                offerSubject(subject.toString(), 1, true);
                return;
            }
            int rule = congVan || !typed ? -1 : ruleUnder(start);
            if (rule > 0) {
                // NĐ 30 rules a line under the trích yếu: every line above it is the subject's, whatever word wrapped
                for (int i = start + 1; i < rule; i++) {
                    subject.append(' ').append(lines.get(i).text());
                }
                offerSubject(subject.toString(), rule - start, false);
                return;
            }
            int taken = 1;
            // the lengths of the lines read: a wrapped line fills its column, the last one may not
            int lastLine = lines.get(start).text().length();
            int longestLine = 0;
            // a V/v whose next line in its column is neither its end nor its continuation: a line OCR misread lies
            // between, and the subject may go on past it
            boolean cut = false;
            int i = start + 1;
            for (; i < lines.size() && taken < MAX_SUBJECT_LINES; i++) {
                Line next = lines.get(i);
                // OCR puts a blank line between wrapped lines; only a line going on in lower case bridges it
                if (next.blank() && i + 1 < lines.size() && !lines.get(i + 1).blank()
                        && Character.isLowerCase(lines.get(i + 1).text().charAt(0))) {
                    continue;
                }
                if (congVan && (isRightColumn(next) || next.blank() && i + 1 < lines.size()
                        && (isRightColumn(lines.get(i + 1)) || isMottoLine(lines.get(i + 1))))) {
                    // a scan's header read column by column may put the V/v's wrapped line below the right column, and
                    // so may a PDF of a header typed with tabs, a blank line between
                    int j = i;
                    while (j < lines.size() && j < i + 8 && (lines.get(j).blank() || isRightColumn(lines.get(j))
                            || mottosLastWords(lines.get(j), lines.get(j - 1)) || wrappedDateLine(lines, j)
                            || typed && ROW_NUMBER.matcher(lines.get(j).text()).matches())) {
                        j++;
                    }
                    if (j < lines.size() && j < i + 8 && !lines.get(j).blank()
                            && Character.isLowerCase(lines.get(j).text().charAt(0))) {
                        i = j - 1;
                        continue;
                    }
                    cut = j < lines.size() && j < i + 6 && !lines.get(j).blank()
                            && (!endsSubject(lines.get(j)) || VietnameseText.isUpperCase(lines.get(j).text()));
                    break;
                }
                if (congVan && HandlingMarks.isMark(next.text(), i + 1 < lines.size() ? lines.get(i + 1).text() : null)) {
                    // "KHẨN", "HỎA TỐC" boxed under the V/v: the next thing printed, so the V/v ends whole above it
                    break;
                }
                if (!typed && StampItems.isItem(next)) {
                    // the received stamp beside the title block: OCR reads its "Ngày: 19/3/2025", "Chuyển: Văn phòng"
                    // between the subject's lines, and the subject goes on past them; a speck read after one ("gày:"
                    // / "x") is the stamp's ink over the subject's line, which may have lost a word
                    if (i + 1 < lines.size() && StampItems.isDebris(lines.get(i + 1))) {
                        cut = true;
                        break;
                    }
                    continue;
                }
                if (!typed && !congVan && ForeignLines.isReceived(next)) {
                    // "... phát triển chính" / "ĐEN" / "”” :" / "quyền số năm 2027": the stamp's "ĐẾN" and its frame
                    // read on the row of the subject's wrapped line, which goes on in lower case after them (fresh12-21)
                    int j = i + 1;
                    while (j < lines.size() && j <= i + 2 && (lines.get(j).blank() || isSpeck(lines.get(j)))) {
                        j++;
                    }
                    if (goesOnInLowerCase(j) && lines.get(j).opensWithWord()) {
                        i = j - 1;
                        continue;
                    }
                }
                if (STAMP_THEN_SUBJECT.matcher(next.text()).find() || VietnameseText.isUpperCase(next.text())
                        && i + 1 < lines.size() && !lines.get(i + 1).blank()
                        && Character.isLowerCase(lines.get(i + 1).text().charAt(0)) && opensWithWord(lines.get(i + 1))) {
                    // "VĂN PHÒNG UBND TỈNH" then "cư, định danh điện tử": the stamp's name read before the subject's
                    // next line, which goes on in lower case; the subject is not whole as read
                    cut = true;
                    break;
                }
                if (!congVan && !typed && VietnameseText.isUpperCase(next.text()) && i + 1 < lines.size()
                        && !foreign.isForeign(i + 1) && nameGoesOn(lines.get(i + 1))) {
                    // "... khu du lịch sinh thái" / "VĂN PHÒNG UBND TỈNH" / "Kỳ Co": the received stamp's name read
                    // before the subject's last words, a proper name in capitals and lower case (fresh11-20)
                    cut = true;
                    break;
                }
                if (congVan && VietnameseText.isUpperCase(next.text())) {
                    // capitals under a V/v that are not the right column's: the received stamp a văn thư puts under
                    // the number line ("VĂN PHÒNG UBND TỈNH" / "ĐẾN"); it may cover the V/v's next line when the
                    // last line read fills the column as the ones before it ("... gian lận thương", then "mại" lost);
                    // a lone line has none before it (longestLine 0) and counts as full
                    cut = lastLine >= FULL_LINE * longestLine;
                    break;
                }
                if (congVan && !next.blank() && Character.isLowerCase(next.text().charAt(0))
                        && gluedDateLine(next.folded()) > 0) {
                    // "vụ lưu ' Hà Nội, ngày 24 tháng 11 năm 2025", then "trữ năm 2025": OCR read the V/v's wrapped line
                    // and the date line beside it as one; the V/v goes on in its words, and in the line after; where
                    // no line goes on after it, the date line's words may have hidden the V/v's end
                    subject.append(' ').append(withoutGluedDateLine(next));
                    taken++;
                    longestLine = Math.max(longestLine, lastLine);
                    lastLine = next.text().length();
                    if (!goesOnInLowerCase(i + 1)) {
                        cut = true;
                        i++;
                        break;
                    }
                    continue;
                }
                if (typed && ROW_NUMBER.matcher(next.text()).matches() && i + 1 < lines.size()
                        && endsSubjectAfterNumber(lines.get(i + 1))) {
                    // a workbook's line number, then the date line or the body in the next row's cell: the V/v ends
                    // (typed text only: on a scan a lone number is as likely the received stamp's, over the V/v's end)
                    break;
                }
                if (next.blank() || endsSubject(next) || (congVan && (DATE_WORDS.matcher(next.folded()).find()
                        || PLACE_AND_DAY.matcher(next.folded()).find()))) {
                    // the date line glued after the V/v's next words ("vụ lưu ' Hà Nội, ngày 24 tháng 11 năm 2025"):
                    // the V/v goes on in it, and is not whole
                    cut = congVan && !next.blank() && Character.isLowerCase(next.text().charAt(0));
                    break;
                }
                if (!congVan && nameGoesOn(next) && (i + 1 == lines.size() || lines.get(i + 1).blank()
                        || endsSubject(lines.get(i + 1)))) {
                    // "... dự án khu du lịch sinh thái" / "Kỳ Co", then the body: the proper name the line wrapped
                    // before, its words capitalised (fresh11-20, a PDF of an HTML page with no rule under the subject)
                    subject.append(' ').append(next.text());
                    taken++;
                    longestLine = Math.max(longestLine, lastLine);
                    lastLine = next.text().length();
                    continue;
                }
                if (!continues(subject.toString(), next)) {
                    cut = congVan;
                    break;
                }
                if (subject.length() + 1 + next.text().length() > MetadataField.SUBJECT.maxLength()) {
                    break;
                }
                subject.append(' ').append(next.text());
                taken++;
                longestLine = Math.max(longestLine, lastLine);
                lastLine = next.text().length();
            }
            if (taken == MAX_SUBJECT_LINES && congVan && i < lines.size() && !lines.get(i).blank()
                    && !endsSubject(lines.get(i)) && continues(subject.toString(), lines.get(i))) {
                // OCR parted a line into words at wide gaps ("V/v cùng cấp", "thông", "tin", "phục", "vụ"): the
                // lines read are used up and the V/v goes on, so it may be cut short
                cut = true;
            }
            offerSubject(subject.toString(), taken, cut);
        }

        /**
         * A line that goes on a subject's proper name past another's capitals: a few words, each capitalised ("Kỳ Co",
         * not the body's "Căn dứ BI định" under the stamp, nor the stamp's "ĐẾN"), opening with one Vietnamese is spelt
         * with, and neither the body's start, a received stamp's own line ("Số: 122") nor a speck.
         */
        private static boolean nameGoesOn(Line line) {
            if (line.blank()) {
                return false;
            }
            String[] words = line.text().split("\\s+");
            boolean capitalised = words.length <= PROPER_NAME_WORDS
                    && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)));
            return capitalised && !VietnameseText.isUpperCase(words[0])
                    && !endsSubject(line) && !StampItems.isItem(line) && !isFragment(line) && opensWithWord(line)
                    && !DATE_WORDS.matcher(line.folded()).find() && !PLACE_AND_DAY.matcher(line.folded()).find();
        }

        /** Whether the line at {@code index} holds words in lower case going on from the line above. */
        private boolean goesOnInLowerCase(int index) {
            return index < lines.size() && !lines.get(index).blank()
                    && Character.isLowerCase(lines.get(index).text().charAt(0));
        }

        /** A V/v's line without the date line OCR glued after its words ("vụ lưu ' Hà Nội, ngày ..." is "vụ lưu"). */
        private static String withoutGluedDateLine(Line line) {
            int glued = gluedDateLine(line.folded());
            return glued > 0 ? line.text().substring(0, glued).replaceFirst("[\\s'`\"\u201C\u201D\u2018\u2019|_~-]+$", "")
                    : line.text();
        }

        private void offerSubject(String subject, int taken, boolean cut) {
            String trimmed = SubjectEdges.trim(subject);
            if (trimmed.length() > MetadataField.SUBJECT.maxLength() || trimmed.isBlank()) {
                return;
            }
            metadata.offer(MetadataField.SUBJECT, trimmed, taken == 1 ? 0.9 : 0.8, Origin.TEXT);
            if (cut && trimmed.equals(metadata.valueOrNull(MetadataField.SUBJECT))) {
                metadata.replace(MetadataField.SUBJECT, new FieldValue(trimmed, 0.5, Origin.TEXT, FieldCalibration.CUT));
            }
        }

        /**
         * The rule printed under a subject ("_________"), within the lines a subject may take and with none between
         * that is blank, in capitals or a rule's line itself; -1 when there is none.
         */
        private int ruleUnder(int start) {
            for (int i = start + 1; i < lines.size() && i <= start + MAX_SUBJECT_LINES; i++) {
                Line line = lines.get(i);
                // never a blank line: SEPARATOR takes one character or more
                if (SEPARATOR.matcher(line.text()).matches()) {
                    return i;
                }
                if (line.blank() || VietnameseText.isUpperCase(line.text()) || foreign.isForeign(i)
                        || OFFICE_HOLDERS.matcher(line.key()).find()) {
                    return -1;
                }
            }
            return -1;
        }

        /** Marks only, no letter or digit: what OCR read of a stamp's frame or ink ("”” :"). */
        private static boolean isSpeck(Line line) {
            return line.text().codePoints().noneMatch(Character::isLetterOrDigit);
        }

        /** One or two letters alone on a line: no subject opens so. */
        private static boolean isFragment(Line line) {
            return !line.blank() && line.text().chars().filter(Character::isLetter).count() <= 2;
        }

        /**
         * Right under the type name, a line is the subject unless it is plainly something else: a subject may open
         * with words a body paragraph also opens with ("Đề nghị bổ sung kinh phí ...", "Triển khai ...").
         */
        private static boolean endsSubjectAtStart(Line line) {
            String key = line.key();
            return VietnameseText.isUpperCase(line.text()) || SEPARATOR.matcher(line.text()).matches()
                    || BODY_START.matcher(key).find() || key.matches("^[ivx]+\\.\\s.*|^\\d+\\.\\s.*")
                    || key.matches("^(?:dieu|chuong|phan|muc) (?:\\d+|[ivxlc]+)\\b.*");
        }

        /** "NAM" or "VIỆT NAM" under a motto line cut before them ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"). */
        private static boolean mottosLastWords(Line line, Line above) {
            String folded = line.folded().toUpperCase(Locale.ROOT).strip();
            return (folded.equals("NAM") || folded.equals("VIET NAM")) && mottoWithoutTail(above);
        }

        private static boolean opensWithWord(Line line) {
            return line.opensWithWord();
        }

        /** The motto, its second line, the rule under it, or the place and date: the header's right column. */
        private static boolean isRightColumn(Line line) {
            return isMottoLine(line) || isHeading(line, MOTTO_LINE_2, false) || SEPARATOR.matcher(line.text()).matches()
                    || isBareDateLine(line);
        }

        /**
         * The place and date line a narrow column wrapped before its year, or that year's line under it: "Phan Đình
         * Phùng, ngày 17 tháng 04" / "năm 2027" (fresh15-03), the right column's, not the V/v's going on.
         */
        private static boolean wrappedDateLine(List<Line> lines, int index) {
            Line line = lines.get(index);
            return MONTH_WRAPPED.matcher(line.folded()).find() && PLACE_AND_DAY.matcher(line.folded()).find()
                    && index + 1 < lines.size() && YEAR_LINE.matcher(lines.get(index + 1).folded()).matches()
                    || index > 0 && YEAR_LINE.matcher(line.folded()).matches()
                    && MONTH_WRAPPED.matcher(lines.get(index - 1).folded()).find();
        }

        /** The line after a lone number ends a V/v: the body's start, or a date line. */
        private static boolean endsSubjectAfterNumber(Line line) {
            return !line.blank() && (endsSubject(line) || DATE_WORDS.matcher(line.folded()).find()
                    || PLACE_AND_DAY.matcher(line.folded()).find());
        }

        private static boolean endsSubject(Line line) {
            String key = line.key();
            return VietnameseText.isUpperCase(line.text()) || SEPARATOR.matcher(line.text()).matches()
                    // a body paragraph opens with a capital: "theo chuẩn nghèo đa chiều" under "V/v rà soát hộ nghèo, hộ
                    // cận nghèo" is the V/v's wrapped line, "Theo đề nghị của ..." the body's
                    || BODY_OPENERS.stream().anyMatch(key::startsWith) && !Character.isLowerCase(line.text().charAt(0))
                    || key.matches("^[ivx]+\\.\\s.*|^\\d+\\.\\s.*")
                    // "Điều 1.", "Chương II": not "điều trị bệnh ...", a subject's wrapped line
                    || key.matches("^(?:dieu|chuong|phan|muc) (?:\\d+|[ivxlc]+)\\b.*");
        }

        /**
         * A wrapped subject goes on in lower case, after a word that cannot end it ("... tài liệu vào" / "Lưu trữ lịch
         * sử năm 2026"), inside a proper name, or past a range's dash ("giai đoạn 2026" / "- 2027").
         */
        private static boolean continues(String sofar, Line next) {
            char first = next.text().charAt(0);
            if (Character.isLowerCase(first) || (Character.isUpperCase(first) && SubjectNameWrap.nameFollows(sofar))) {
                return true;
            }
            if (RANGE_WRAPPED.matcher(next.text()).find() && Character.isDigit(sofar.charAt(sofar.length() - 1))) {
                return true;
            }
            String folded = VietnameseText.fold(sofar).toLowerCase(Locale.ROOT);
            if (folded.endsWith(".") || folded.endsWith(":") || folded.endsWith(";")) {
                return false;
            }
            String lastWord = folded.substring(folded.lastIndexOf(' ') + 1);
            return LINKING_WORDS.contains(lastWord);
        }

        /**
         * OCR that lost the stroke of "Đ" in a ký hiệu ("QD-UBND") on a page whose header keeps its diacritics
         * elsewhere: the abbreviation is given back as printed. A text typed without diacritics keeps "QD".
         */
        private String strokes(String notation) {
            return marked() ? NotationStrokes.restore(notation) : notation;
        }

        /** Whether the header keeps diacritics somewhere: then a bare "D" in a ký hiệu may be OCR's lost stroke. */
        private boolean marked() {
            return lines.subList(0, headerLimit).stream().anyMatch(l -> !l.text().equals(l.folded()));
        }

        private static String compact(String symbol) {
            return symbol.replaceAll("\\s+", "").replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-");
        }
    }
}
