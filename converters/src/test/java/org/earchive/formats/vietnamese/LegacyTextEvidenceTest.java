package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class LegacyTextEvidenceTest {

    public static final String CONG_VAN = """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 125/UBND-VP
            Hà Nội, ngày 15 tháng 3 năm 2004
            V/v tăng cường công tác lưu trữ hồ sơ
            Kính gửi: Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân thành phố.
            Thực hiện chỉ thị của Thủ tướng Chính phủ về việc tăng cường quản lý công tác văn thư, lưu trữ,
            Ủy ban nhân dân thành phố yêu cầu các cơ quan, đơn vị khẩn trương thực hiện những việc sau đây:
            1. Lập hồ sơ công việc và nộp lưu hồ sơ, tài liệu vào lưu trữ cơ quan đúng thời hạn.
            2. Bố trí kho lưu trữ đủ diện tích, bảo đảm an toàn cho tài liệu.
            Nơi nhận: như trên; lưu VT.
            """;

    private final LegacyTextEvidence evidence = new LegacyTextEvidence();

    @Test
    void eachCodeIsRecognisedFromItsCharactersAlone() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            LegacyVerdict verdict = evidence.weigh(encoding.encode(CONG_VAN));
            assertEquals(LegacyVerdict.Strength.STRONG, verdict.strength(), encoding + ": " + verdict.reason());
            assertEquals(encoding, verdict.encoding());
            assertEquals(CONG_VAN, encoding.decode(encoding.encode(CONG_VAN)));
        }
    }

    @Test
    void westernEuropeanTextIsNeverVietnamese() {
        String french = """
                Le conseil municipal s'est réuni à la mairie le 12 février 2004 à dix-huit heures.
                Étaient présents : le maire, ses adjoints et les conseillers. Après délibération, le conseil
                décide à l'unanimité d'approuver le budget supplémentaire de l'exercice et de créer un poste
                d'archiviste. Où sont déposés les registres ? Là où ils étaient : au grenier, déjà pleins.
                """;
        String german = """
                Sehr geehrte Damen und Herren, für die Übergabe der Akten an das Stadtarchiv möchten wir Ihnen
                herzlich danken. Die Unterlagen aus den Jahren 1990 bis 2004 werden in säurefreien Kartons
                gelagert; größere Bestände müssen zunächst gereinigt werden. Mit freundlichen Grüßen, Jörg Müller.
                """;
        String spanish = "El año pasado el señor García envió las actas del ayuntamiento; sí, también las de junio.";
        for (String text : new String[] {french, german, spanish, french + german + spanish}) {
            LegacyVerdict verdict = evidence.weigh(text);
            assertFalse(verdict.converts(), verdict.reason());
        }
    }

    @Test
    void plainAsciiAndRealUnicodeHaveNothingToConvert() {
        assertEquals(LegacyVerdict.Strength.NONE, evidence.weigh("Cong hoa xa hoi chu nghia Viet Nam").strength());
        assertEquals(LegacyVerdict.Strength.NONE, evidence.weigh(CONG_VAN).strength());
    }

    @Test
    void aFewWordsAreTooLittleToConvert() {
        LegacyVerdict verdict = evidence.weigh("Héi nghÞ 2004");
        assertFalse(verdict.converts());
    }

    @Test
    void syllables() {
        for (String word : new String[] {"nghiêng", "người", "khuỷu", "quốc", "giữ", "gì", "thuở", "Việt", "tập", "xoay"}) {
            assertTrue(VietnameseSyllables.isSyllable(word), word);
        }
        for (String word : new String[] {"été", "für", "Straße", "tập̀", "ce", "cem", "tàp", "pour", "Céng", "hßa"}) {
            assertFalse(VietnameseSyllables.isSyllable(word), word);
        }
    }
}
