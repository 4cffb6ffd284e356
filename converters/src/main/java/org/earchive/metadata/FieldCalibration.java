package org.earchive.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.core.OcrWords;

/**
 * Gives each value read from a text the confidence measured for its kind (calibration.tsv: how often such a value
 * was the clerk's on the tuning documents), and withholds a value below {@link #THRESHOLD}: the field is left
 * empty and flagged for the clerk, never written. A wrong value written with high confidence is worse than a
 * blank, because a clerk trusts it.
 *
 * <p>The kinds: the field, whether the text was typed or recognised by OCR, and for names and subjects read by
 * OCR whether their words look misread ({@link OcrTokens}). A field without a measured row (a text without any
 * diacritics, fields other than those scored) keeps the extractor's own estimate.
 */
final class FieldCalibration {

    /** Values with a measured confidence below this are left for the clerk. */
    static final double THRESHOLD = 0.9;

    /** Fields that go with another and are withheld with it: the printed type name, the place, the parent organ. */
    private static final Map<MetadataField, List<MetadataField>> COMPANIONS = Map.of(
            MetadataField.TYPE_NAME, List.of(MetadataField.TYPE_LABEL),
            MetadataField.CODE_NOTATION, List.of(MetadataField.GRAMMAR),
            MetadataField.ISSUED_DATE, List.of(MetadataField.PLACE),
            MetadataField.ORGAN_NAME, List.of(MetadataField.PARENT_ORGAN_NAME));

    private static final Map<String, Double> MEASURED = load();

    private FieldCalibration() {
    }

    /** The extractor's note on a V/v subject whose column goes on past a line it could not join: it may be cut short. */
    static final String CUT = "vv-cut";

    /** The extractor's note on a date: the words it was printed with, after this ("printed: ngày 18 tháng 3 năm 2025"). */
    static final String PRINTED = "printed: ";

    /** Letters OCR gives for the digits 1 and 0 of a ký hiệu ("PCCI", "PCCl" for "PCC1"). */
    private static final Pattern DIGIT_LOOKALIKES = Pattern.compile("[IlO]");

    /** What an OCR'd ký hiệu is printed with: Latin letters, digits, "Đ" and its separators. */
    private static final Pattern NOTATION_CHARACTERS = Pattern.compile("[A-Za-z0-9Đđ./-]+");

    /** Tesseract's word confidence (0-100) at or above which every word of a name or subject makes it "sure". */
    static final int SURE_WORDS = 90;

    /**
     * @param marked whether the text has Vietnamese diacritics: one without is a kind not measured
     * @param words  the OCR words with Tesseract's confidence in each, {@link OcrWords#NONE} when not known
     */
    static void apply(DocumentMetadata metadata, TextSource source, boolean marked, OcrWords words) {
        Map<MetadataField, FieldValue> calibrated = new EnumMap<>(MetadataField.class);
        String place = metadata.valueOrNull(MetadataField.PLACE);
        List<String> organs = Arrays.asList(metadata.valueOrNull(MetadataField.ORGAN_NAME),
                metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        metadata.asMap().forEach((field, value) -> {
            if (value.origin() != FieldValue.Origin.TEXT) {
                return;
            }
            // a value the extractor found cut short (a V/v whose column goes on, a ký hiệu past a speck) is not written,
            // typed or read by OCR
            String evidence = !marked ? "unmarked" : CUT.equals(value.evidence()) ? "suspect"
                    : source == TextSource.OCR && field == MetadataField.ISSUED_DATE ? dateEvidence(value, words)
                    : evidence(field, value.value(), source, words, place, organs);
            Double measured = MEASURED.get(key(field, source, evidence));
            if (measured == null && evidence.equals("sure")) {
                // sure words not measured for this field: it is worth what clean values of it are, no more
                measured = MEASURED.get(key(field, source, "clean"));
            }
            if (measured == null && (evidence.equals("suspect") || evidence.equals("doubtful"))) {
                // a kind of misreading never measured: not written on the extractor's own estimate
                measured = 0.0;
            }
            if (measured != null) {
                calibrated.put(field, new FieldValue(value.value(), measured, value.origin(),
                        describe(source, evidence)));
            }
        });
        calibrated.forEach((field, value) -> {
            metadata.replace(field, value);
            if (value.confidence() < THRESHOLD) {
                metadata.withhold(field);
                COMPANIONS.getOrDefault(field, List.of()).forEach(metadata::withhold);
            }
        });
    }

    /** The measured confidence of a kind of value, if it was measured. */
    static Optional<Double> measured(MetadataField field, TextSource source, String evidence) {
        return Optional.ofNullable(MEASURED.get(key(field, source, evidence)));
    }

    /** A Roman numeral, the last word of an organ's name: "XII" of "BẢO HIỂM XÃ HỘI KHU VỰC XII". */
    private static final Pattern NUMERAL = Pattern.compile("[IVXLC]+");

    /**
     * Whether an organ's name read by OCR ends on a Roman numeral ("BẢO HIỂM XÃ HỘI KHU VỰC XII") in words Tesseract gave
     * under {@link #SURE_WORDS}: the numeral tells the office from its siblings, a stroke lost or added names another
     * ("XI" read at 0 for "XII", fresh11-08), and "XI" or "VI" spell syllables, so the name looks Vietnamese. Digits are
     * left to the name's other checks: "PHÒNG CÔNG CHỨNG SỐ 1" read under 90 was right three times of three (fresh3).
     */
    static boolean unsureNumeral(String name, OcrWords words) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length < 2 || !NUMERAL.matcher(parts[parts.length - 1]).matches()) {
            return false;
        }
        OptionalInt weakest = words.weakestIn(parts[parts.length - 2] + " " + parts[parts.length - 1]);
        return weakest.isPresent() && weakest.getAsInt() < SURE_WORDS;
    }

    /**
     * For a name or subject read by OCR: suspect when a word looks misread or it holds a mark none is printed with
     * ({@link PrintedMarks}), or a subject stops on a word that needs another or holds words in capitals
     * ({@link SubjectShape}) or opens on a word Tesseract was unsure of, or a name opens as no organ's does ({@link OrganHeads}) or spells the date line's place
     * with other marks ({@link PlaceAgreement}) or holds a word of a term without its partner ("LƯU" without "TRỮ",
     * {@link OrganTerms#brokenTerm}); sure when each of its words is one
     * Tesseract gave at least {@link #SURE_WORDS}; clean otherwise (or when the words' confidences are not known).
     * For a ký hiệu read by OCR: suspect when it holds a character no ký hiệu is printed with; doubtful when the issuing
     * organ's name above it lost a line ({@link OrganTerms#brokenTerm}); sure when Tesseract gave
     * the words it was read from at least {@link #SURE_WORDS}; else doubtful when it holds a letter OCR reads a digit
     * as (I, l, O) or a part the header's names do not spell ({@link NotationWords#spelt}), clean otherwise.
     */
    private static String evidence(MetadataField field, String value, TextSource source, OcrWords ocrWords, String place,
                                   List<String> organs) {
        boolean words = field == MetadataField.ORGAN_NAME || field == MetadataField.SUBJECT;
        if (source == TextSource.OCR && field == MetadataField.CODE_NOTATION) {
            // a ký hiệu is Latin capitals, digits, "Đ" and its separators: anything else is a misreading
            if (!NOTATION_CHARACTERS.matcher(value).matches()) {
                return "suspect";
            }
            if (organs.get(0) != null && OrganTerms.brokenTerm(organs.get(0))) {
                // the issuing organ's name lost a line ("CỤC VĂN THƯ VÀ LƯU" / "NƯỚC"): the received stamp lay over the
                // left column, whose next line is the number's, and may have hidden the ký hiệu's end ("QĐ-VTLT" of
                // "QĐ-VTLTNN") however sure Tesseract was of what it read
                return "doubtful";
            }
            if (NotationWords.endsInStrayMark(ocrWords, value)) {
                return "doubtful"; // "CCHQKV§": a character read as a mark, and dropped from the ký hiệu
            }
            OptionalInt weakest = NotationWords.weakest(ocrWords, value);
            if (weakest.isPresent() && weakest.getAsInt() >= SURE_WORDS) {
                return "sure";
            }
            // in words Tesseract hesitated over: "PCCI" for "PCC1", a letter it takes for a digit (Vietnamese initials
            // seldom give an I or an O, an office's or a committee's number often gives a 1 or a 0); "TTUT" for
            // "TTLT", a part the header's names do not spell
            return weakest.isPresent() && (DIGIT_LOOKALIKES.matcher(value).find() || !NotationWords.spelt(value, organs))
                    ? "doubtful" : "clean";
        }
        if (field == MetadataField.SUBJECT && SubjectShape.holdsDateLine(value)) {
            return "suspect";
        }
        if (source != TextSource.OCR || !words) {
            return "clean";
        }
        if (OcrTokens.suspicious(value, field == MetadataField.ORGAN_NAME ? place : null) > 0 || PrintedMarks.unprinted(value)
                || field == MetadataField.SUBJECT && SubjectShape.suspect(value)
                || field == MetadataField.ORGAN_NAME && (!OrganHeads.opens(value) || PlaceAgreement.disagrees(value, place)
                        || OrganNameEnds.notWhole(value, organs.get(1))
                        || OrganTerms.brokenTerm(value) || unsureNumeral(value, ocrWords))) {
            return "suspect";
        }
        if (field == MetadataField.SUBJECT && openingUnsure(value, ocrWords)) {
            return "suspect";
        }
        OptionalInt weakest = ocrWords.weakestIn(value);
        return weakest.isPresent() && weakest.getAsInt() >= SURE_WORDS ? "sure" : "clean";
    }

    /**
     * A subject whose first word Tesseract hesitated over: a received stamp printed over the start of the line leaves
     * the end of a word to open it ("Êm tra công tác ..." for "Tổ chức kiểm tra ...", "chức ki" read into the stamp),
     * as it leaves the start of one to end it, which the words read after a value show.
     */
    private static boolean openingUnsure(String subject, OcrWords ocrWords) {
        // "V/v" opens a công văn's subject by convention, in a smaller hand Tesseract is often less sure of: the word
        // after it is the subject's own first word
        String own = subject.strip().replaceFirst("^(?i)V\\s?/\\s?v:?\\s+", "");
        OptionalInt first = ocrWords.openingOf(own);
        return first.isPresent() && first.getAsInt() < SURE_WORDS;
    }

    /**
     * A date read by OCR is sure when Tesseract gave each word it was printed with at least {@link #SURE_WORDS}: an
     * italic "18" read as "16" is a digit Tesseract hesitated over, though the date it gives is a real one; doubtful
     * when its month was read as letters.
     */
    private static String dateEvidence(FieldValue value, OcrWords words) {
        String printed = value.evidence() != null && value.evidence().startsWith(PRINTED)
                ? value.evidence().substring(PRINTED.length()) : null;
        if (printed != null && MONTH_AS_LETTERS.matcher(VietnameseText.fold(printed)).find()) {
            // "ngày 6 tháng II năm 2025": a line Tesseract read the month of as letters read its day no better (an
            // italic 8 as 6, tune-149): a kind measured apart
            return "doubtful";
        }
        if (printed != null && (S_FOR_DIGIT.matcher(printed).find() || unsureSix(printed, words))) {
            // "ngày 03 tháng 0S": a bare S is an italic 5 or 8 (fresh9-07, 8 August read as May); "ngày 16" Tesseract
            // was under 90 for is an italic 18 as often (fresh9-05, and tune-149 and a tuning date before it)
            return "doubtful";
        }
        if (printed != null && UNEVEN_PADDING.matcher(printed).find()) {
            // "ngày 1/04/2027" for "11/04/2027": a typist who pads the month with its zero pads the day too, so a day
            // of one digit beside it lost one in the reading
            return "doubtful";
        }
        OptionalInt weakest = words.weakestOf(printed);
        return weakest.isPresent() && weakest.getAsInt() >= SURE_WORDS ? "sure" : "clean";
    }

    /**
     * A day or month OCR read with a bare S beside a digit ("0S", "S1"): the italic 5 and 8 both give it. "Š" keeps the
     * 5's flat top and stays read as 5 ("1Š" for 15, right each time it was seen).
     */
    private static final Pattern S_FOR_DIGIT = Pattern.compile("(?<!\\p{L})(?:\\d[Ss]|[Ss]\\d)(?!\\p{L})");

    /** The day and month of a date line, in words ("ngày 16 tháng 03") or in digits ("16/03/2027"). */
    private static final Pattern DAY_AND_MONTH = Pattern.compile(
            "(?i)ng[aà]y\\s*(\\S+)\\s*th[aá]ng[.,]?\\s*(\\S+)|(?<![\\d/])(\\d{1,2}\\s*[/.-]\\s*\\d{1,2})\\s*[/.-]\\s*\\d{4}");

    /**
     * Whether the day or month holds a 6 in a word Tesseract gave under {@link #SURE_WORDS}: the italic 8 of a date
     * line reads as 6 with a confidence in the 80s, and a date so misread is still a real date.
     */
    private static boolean unsureSix(String printed, OcrWords words) {
        String text = VietnameseText.nfc(printed);
        Matcher parts = DAY_AND_MONTH.matcher(text);
        if (!parts.find()) {
            return false;
        }
        for (int group : new int[] {1, 2, 3}) {
            String part = parts.group(group);
            if (part != null && part.indexOf('6') >= 0) {
                // the word as Tesseract read it, where the printed date's words from it on are spelt
                OptionalInt read = words.openingOf(text.substring(parts.start(group)));
                if (read.isPresent() && read.getAsInt() < SURE_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A date in digits whose day and month are padded unevenly: "1/04/2027", "01/4/2027". */
    private static final Pattern UNEVEN_PADDING = Pattern.compile(
            "(?<!\\d)(?:\\d\\s*[/.-]\\s*0\\d|0\\d\\s*[/.-]\\s*\\d)\\s*[/.-]\\s*\\d{4}");

    /** A date's month printed without a digit as OCR read it ("tháng II", "tháng TI"). */
    private static final Pattern MONTH_AS_LETTERS = Pattern.compile("thang[.,]?\\s*[^\\d\\s]+\\s*nam", Pattern.CASE_INSENSITIVE);

    private static String describe(TextSource source, String evidence) {
        return (source == TextSource.OCR ? "OCR" : "typed") + " text, " + evidence;
    }

    private static String key(MetadataField field, TextSource source, String evidence) {
        return field.element() + "\t" + source + "\t" + evidence;
    }

    private static Map<String, Double> load() {
        Map<String, Double> measured = new HashMap<>();
        try (InputStream in = FieldCalibration.class.getResourceAsStream("calibration.tsv")) {
            if (in == null) {
                throw new IllegalStateException("calibration.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                measured.put(cells[0] + "\t" + cells[1].toUpperCase(Locale.ROOT) + "\t" + cells[2],
                        Double.parseDouble(cells[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return measured;
    }
}
