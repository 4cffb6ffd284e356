package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.vietnamese.LegacyEncoding;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] bytes = ("\uFEFFĐộc lập").getBytes(StandardCharsets.UTF_8);
        DecodedText text = decoder.decode(bytes);
        assertEquals("Độc lập", text.text());
        assertEquals("byte-order mark", text.how());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        DecodedText text = decoder.decode("\uFEFFHạnh phúc".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Hạnh phúc", text.text());
        assertEquals("UTF-16BE", text.encoding());
    }

    @Test
    void windows1258WithCombiningToneMarksIsRecognisedAndComposed() throws Exception {
        // "Tiếng Việt" as Vietnamese Windows wrote it: ê + combining acute, ê + combining dot below
        String legacy = "Ti\u00EA\u0301ng Vi\u00EA\u0323t co\u0301 d\u00E2\u0301u, ho\u0323c ta\u0323i nha\u0300";
        byte[] bytes = legacy.getBytes(Charset.forName("windows-1258"));
        DecodedText text = decoder.decode(bytes);
        assertEquals("windows-1258", text.encoding());
        assertEquals("Tiếng Việt có dấu, học tại nhà", text.text());
    }

    @Test
    void windows1252FrenchIsNotMistakenForVietnamese() throws Exception {
        byte[] bytes = "Les élèves réfléchissent à l'été et à l'hôpital du côté de la forêt.".getBytes(Charset.forName("windows-1252"));
        DecodedText text = decoder.decode(bytes);
        assertEquals("Les élèves réfléchissent à l'été et à l'hôpital du côté de la forêt.", text.text());
    }

    private static final String CONG_VAN = org.earchive.formats.vietnamese.LegacyTextEvidenceTest.CONG_VAN;

    @Test
    void eachPreUnicodeVietnameseCodeIsReadAsUnicode() throws Exception {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            byte[] bytes = encoding.encode(CONG_VAN).getBytes(StandardCharsets.ISO_8859_1);
            DecodedText text = decoder.decode(bytes);
            assertEquals(encoding.charsetName(), text.encoding());
            assertEquals(CONG_VAN.replace("\r", ""), text.text(), encoding + ": " + text.how());
            assertTrue(text.how().contains("Vietnamese syllables"), text.how());
        }
    }

    @Test
    void tcvn3MojibakeSavedAsUtf8IsConvertedLineByLineLeavingUnicodeLinesAlone() throws Exception {
        String unicodeHalf = "Hà Nội, ngày 15 tháng 3 năm 2004\n";
        String mixed = unicodeHalf + LegacyEncoding.TCVN3.encode(CONG_VAN);
        DecodedText text = decoder.decode(mixed.getBytes(StandardCharsets.UTF_8));
        assertEquals("TCVN3", text.encoding());
        assertEquals(unicodeHalf + CONG_VAN, text.text());
    }

    @Test
    void unicodeVietnameseWithLatin1OnlyLinesIsNotTouchedNorWarnedAbout() throws Exception {
        String unicode = "Về việc lưu trữ\nCác cán bộ là\nnhư trên";
        DecodedText text = decoder.decode(unicode.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", text.encoding());
        assertEquals(unicode, text.text());
        assertTrue(text.warnings().isEmpty(), text.warnings().toString());
    }

    @Test
    void windowsLineEndsBecomeNewlines() throws Exception {
        assertEquals("a\nb\nc", decoder.decode("a\r\nb\rc".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void nulBytesMeanBinary() {
        ConversionException e = assertThrows(ConversionException.class, () -> decoder.decode(new byte[] {'a', 0, 'b'}));
        assertEquals(DocumentStatus.CORRUPT, e.status());
    }
}
