package org.earchive.unpack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * The character set of a ZIP's entry names that do not say theirs. The ZIP specification (APPNOTE 4.4.4) says
 * such names are IBM code page 437 unless bit 11 marks them UTF-8; in practice they are in the code page of the
 * machine that wrote them: Windows' own "compressed folder", 7-Zip and WinRAR write the OEM code page, which on a
 * Vietnamese Windows is 1258 (Windows-1258, tone marks as combining characters). Read as CP437, such a name is
 * box-drawing and Greek garbage ({@code "B�o c�o"}); read as Windows-1258, it is Vietnamese.
 *
 * <p>The evidence decides, for the whole archive (one machine wrote it): names that decode as strict UTF-8 are
 * UTF-8 (Linux and macOS tools that forget the flag); else names that are all letters, digits and ordinary
 * punctuation in Windows-1258 once their tone marks are composed (NFC), with no tone mark left floating, are
 * Windows-1258; else CP437, as the specification says. The test is strict enough that a real CP437 name fails it:
 * CP437's accented letters (0x80-0xA5) are quotation marks, dashes and currency signs in Windows-1258, or bytes it
 * leaves undefined.
 */
public final class ZipNameCharset {

    public static final Charset CP437 = Charset.forName("IBM437");
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private ZipNameCharset() {
    }

    /** @param rawNames the raw bytes of the names that carry no UTF-8 flag or Unicode extra field */
    public static Charset decide(List<byte[]> rawNames) {
        List<byte[]> nonAscii = rawNames.stream().filter(ZipNameCharset::hasHighBytes).toList();
        if (nonAscii.isEmpty()) {
            return CP437; // ASCII reads the same in all three
        }
        if (nonAscii.stream().allMatch(name -> strictly(name, StandardCharsets.UTF_8) != null)) {
            return StandardCharsets.UTF_8;
        }
        if (nonAscii.stream().allMatch(ZipNameCharset::readsAsVietnameseWindows)) {
            return WINDOWS_1258;
        }
        return CP437;
    }

    public static String decode(byte[] raw, Charset charset) {
        return Normalizer.normalize(new String(raw, charset), Normalizer.Form.NFC);
    }

    private static boolean readsAsVietnameseWindows(byte[] raw) {
        String decoded = strictly(raw, WINDOWS_1258);
        if (decoded == null) {
            return false; // a byte Windows-1258 leaves undefined
        }
        String composed = Normalizer.normalize(decoded, Normalizer.Form.NFC);
        return composed.codePoints().allMatch(c -> c < 0x80 || Character.isLetterOrDigit(c)
                || c == 0x2013 || c == 0x2014 || c == 0xA0); // a dash or no-break space as Vietnamese Word puts them
    }

    private static String strictly(byte[] raw, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasHighBytes(byte[] raw) {
        for (byte b : raw) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
