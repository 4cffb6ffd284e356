package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    /** The 67 lower-case letters Vietnamese adds to ASCII: 12 vowels x 6 tones less the 6 plain ASCII ones, and đ. */
    static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>();
        String[] vowels = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
        for (String vowel : vowels) {
            for (String tone : tones) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (letter.charAt(0) >= 0x80) {
                    letters.add(letter);
                }
            }
        }
        letters.add("đ");
        return letters;
    }

    @Test
    void thereAre134LettersAndEveryCodeRoundTripsAllOfThem() {
        List<String> lower = vietnameseLetters();
        assertEquals(67, lower.size());
        List<String> all = new ArrayList<>(lower);
        lower.forEach(letter -> all.add(letter.toUpperCase(Locale.ROOT)));
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            for (String letter : all) {
                String legacy = encoding.encode(letter);
                assertTrue(legacy.chars().allMatch(c -> c <= 0xFF), encoding + " has no code for " + letter);
                assertEquals(letter, encoding.decode(legacy), encoding + " round trip of " + letter);
            }
        }
    }

    @Test
    void tcvn3GivesTheMojibakeEveryoneHasSeen() {
        String motto = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        assertEquals("Céng hßa x· héi chñ nghÜa ViÖt Nam", LegacyEncoding.TCVN3.encode(motto));
        assertEquals(motto, LegacyEncoding.TCVN3.decode("Céng hßa x· héi chñ nghÜa ViÖt Nam"));
        // the soft hyphen 0xAD is ư: the letter extractors silently drop
        assertEquals("Người", LegacyEncoding.TCVN3.decode("Ng\u00ADêi"));
    }

    @Test
    void vniGivesBaseLetterAndModifier() {
        String motto = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        assertEquals("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", LegacyEncoding.VNI.encode(motto));
        assertEquals(motto, LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("ĐỘC LẬP - TỰ DO - HẠNH PHÚC", LegacyEncoding.VNI.decode("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC"));
    }

    @Test
    void visciiIsRfc1456() {
        // bytes as glibc's VISCII converter writes "Việt Nam": V i 0xAE t
        assertEquals("Việt Nam", LegacyEncoding.VISCII.decode("Vi\u00AEt Nam"));
    }

    @Test
    void upperCaseFontDecidesTheCase() {
        // the national motto as typed in .VnTimeH: lower-case codes, capitals on the page
        LegacyFont font = LegacyFont.of(".VnTimeH").orElseThrow();
        assertTrue(font.capitals());
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", font.decode("céng hoµ x· héi chñ nghÜa viÖt nam"));
    }

    @Test
    void fontNamesSayTheCode() {
        assertEquals(LegacyEncoding.TCVN3, LegacyFont.of(".VnTime").orElseThrow().encoding());
        assertEquals(false, LegacyFont.of(".VnTime").orElseThrow().capitals());
        assertEquals(true, LegacyFont.of(".VnArialH Bold").orElseThrow().capitals());
        assertEquals("Arial", LegacyFont.of(".VnArial").orElseThrow().replacement());
        assertEquals("Times New Roman", LegacyFont.of(".VnTime").orElseThrow().replacement());
        assertEquals(LegacyEncoding.VNI, LegacyFont.of("VNI-Times").orElseThrow().encoding());
        assertEquals("Arial", LegacyFont.of("VNI-Helve").orElseThrow().replacement());
        assertTrue(LegacyFont.of("Times New Roman").isEmpty());
        assertTrue(LegacyFont.of("Vni").isEmpty());
        assertEquals(LegacyEncoding.VISCII, LegacyFont.of("VI Times").orElseThrow().encoding());
        assertEquals(false, LegacyFont.of("VI Times").orElseThrow().capitals());
        assertEquals(true, LegacyFont.of("VI Times H").orElseThrow().capitals());
        assertEquals("Arial", LegacyFont.of("VI Arial").orElseThrow().replacement());
        assertTrue(LegacyFont.of("Vivaldi").isEmpty());
        assertTrue(LegacyFont.of("Victorian LET").isEmpty());
    }

    @Test
    void visciiBytesAsWindowsAndLibreOfficeStoreThemReadBack() {
        // Word stores VISCII's Ộ (0x93) in a "VI Times" run as "“" and Ủ (0x9C) as "œ", their Windows-1252
        // characters; LibreOffice stores
        // Ố (0x8F, undefined in Windows-1252) as U+F18F
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ", LegacyEncoding.VISCII.decode("C\u201CNG HÒA XÃ H\u201CI CH\u0153"));
        assertEquals("ĐỐC", LegacyEncoding.VISCII.decode("Ð\uF18FC"));
        // TCVN3's .VnTime fonts draw nothing of VN1's capitals at 0x80-0x9F: a Unicode quote there stays a quote
        assertEquals("\u201Cv\u00E2ng\u201D", LegacyEncoding.TCVN3.decode("\u201Cv\u00A9ng\u201D"));
    }
}
