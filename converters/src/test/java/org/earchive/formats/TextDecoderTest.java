package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
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
