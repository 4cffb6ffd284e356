package org.earchive.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.core.LegacyEncodingChoice;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyPlainText;
import org.earchive.formats.vietnamese.LegacyVerdict;

/**
 * Reads a text file's bytes as Unicode, establishing the encoding from evidence rather than assuming one:
 * a byte-order mark, then strict UTF-8, then the Vietnamese Windows-1258 code page (recognised by its
 * combining tone marks following vowels, which ICU's detector does not know), then the pre-Unicode Vietnamese
 * codes TCVN3, VNI and VISCII (recognised by their bytes becoming Vietnamese syllables), then ICU's statistical
 * detector (as ported in Tika). Binary data is refused.
 */
public final class TextDecoder {

    /** Windows-1258 bytes for the five combining tone marks: grave, hook above, tilde, acute, dot below. */
    private static final String CP1258_TONE_MARKS = "\u00CC\u00D2\u00DE\u00EC\u00F2";
    /** Windows-1258 bytes (read as Latin-1) for vowels a tone mark may follow, plain or with circumflex/breve/horn. */
    private static final String CP1258_VOWELS = "aeiouyAEIOUY\u00E2\u00EA\u00F4\u00F5\u00FD\u00E3\u00C2\u00CA\u00D4\u00D5\u00DD\u00C3";
    private static final int MIN_DETECTOR_CONFIDENCE = 50;

    private final LegacyPlainText legacyVietnamese = new LegacyPlainText();
    private final LegacyEncodingChoice legacyChoice;

    /** Pre-Unicode Vietnamese recognised from the evidence. */
    public TextDecoder() {
        this(LegacyEncodingChoice.AUTO);
    }

    /** @param legacyChoice what the run was told about pre-Unicode Vietnamese ({@code --legacy-encoding}) */
    public TextDecoder(LegacyEncodingChoice legacyChoice) {
        this.legacyChoice = legacyChoice == null ? LegacyEncodingChoice.AUTO : legacyChoice;
    }

    public DecodedText decode(byte[] bytes) throws ConversionException {
        DecodedText raw = decodeRaw(bytes);
        return clean(raw);
    }

    private DecodedText decodeRaw(byte[] bytes) throws ConversionException {
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8", "byte-order mark", warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", "byte-order mark", warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", "byte-order mark", warnings);
        }
        if (looksBinary(bytes)) {
            throw new ConversionException(DocumentStatus.CORRUPT,
                    "The file is named as text but holds binary data: it may be damaged or mislabelled.");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // a .VnTime document's text saved "as Unicode" keeps its mojibake: the characters say so, line by line
            LegacyPlainText.Result legacy = legacy(text);
            if (legacy.converted()) {
                return new DecodedText(legacy.text(), legacy.verdict().encoding().charsetName(),
                        "valid UTF-8 holding " + legacy.verdict().encoding().displayName() + " text: "
                        + legacy.verdict().reason(), warnings);
            }
            addIfPresent(warnings, legacy.sentence());
            return new DecodedText(text, "UTF-8", "valid UTF-8", warnings);
        } catch (CharacterCodingException notUtf8) {
            // fall through to the legacy code pages
        }
        if (looksLikeWindows1258(bytes)) {
            return new DecodedText(new String(bytes, Charset.forName("windows-1258")), "windows-1258",
                    "Vietnamese tone marks in the Windows-1258 code page", warnings);
        }
        // TCVN3, VNI and VISCII text is one byte a character: each byte read as the character of the same number
        LegacyPlainText.Result legacy = legacy(new String(bytes, StandardCharsets.ISO_8859_1));
        if (legacy.converted()) {
            return new DecodedText(legacy.text(), legacy.verdict().encoding().charsetName(),
                    legacy.verdict().reason(), warnings);
        }
        addIfPresent(warnings, legacy.sentence());
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || !Charset.isSupported(match.getName())) {
            throw new ConversionException(DocumentStatus.UNSUPPORTED,
                    "The text is in an encoding earchive cannot identify; save it as UTF-8 and convert it again.");
        }
        if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
            warnings.add("The text encoding was identified as " + match.getName() + " with low confidence ("
                    + match.getConfidence() + "%); check the PDF's text against the original.");
        }
        return new DecodedText(new String(bytes, Charset.forName(match.getName())), match.getName(),
                "detected (" + match.getConfidence() + "% confidence)", warnings);
    }

    /** The text's TCVN3/VNI/VISCII lines read as Unicode, as the run was told ({@code off}: none). */
    private LegacyPlainText.Result legacy(String text) {
        if (!LegacyChoices.converts(legacyChoice)) {
            return new LegacyPlainText.Result(text, LegacyVerdict.NONE, 0);
        }
        return legacyVietnamese.convert(text, LegacyChoices.forced(legacyChoice));
    }

    /** NFC, one kind of line end, no BOM, no control characters other than tab, line and form feed. */
    private static DecodedText clean(DecodedText raw) {
        List<String> warnings = new ArrayList<>(raw.warnings());
        String text = raw.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        int dropped = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\f') {
                dropped++;
            } else {
                kept.append(c);
            }
        }
        if (dropped > 0) {
            warnings.add(dropped + " control character(s) with no printed form were left out.");
        }
        String nfc = Normalizer.normalize(kept, Normalizer.Form.NFC);
        return new DecodedText(nfc, raw.encoding(), raw.how(), warnings);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws ConversionException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The text starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + ": it may be damaged.");
        }
    }

    /** NUL bytes or many control codes: not a text file (UTF-16 without a BOM is not supported). */
    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u == 0) {
                return true;
            }
            if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B) {
                controls++;
            }
        }
        return controls > bytes.length / 100 + 1;
    }

    /** Most non-ASCII bytes are tone marks following vowels, the signature of Windows-1258 Vietnamese. */
    private static boolean looksLikeWindows1258(byte[] bytes) {
        int highBytes = 0;
        int marksAfterVowels = 0;
        for (int i = 0; i < bytes.length; i++) {
            int u = bytes[i] & 0xFF;
            if (u < 0x80) {
                continue;
            }
            highBytes++;
            if (i > 0 && CP1258_TONE_MARKS.indexOf(u) >= 0 && CP1258_VOWELS.indexOf(bytes[i - 1] & 0xFF) >= 0) {
                marksAfterVowels++;
            }
        }
        return marksAfterVowels >= 3 && marksAfterVowels * 4 >= highBytes;
    }

    private static void addIfPresent(List<String> warnings, String sentence) {
        if (sentence != null) {
            warnings.add(sentence);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
