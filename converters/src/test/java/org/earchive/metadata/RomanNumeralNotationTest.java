package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ký hiệu that spells its region's number in digits where the organ's name prints it in Roman numerals
 * ("HVCTKV4-VP" under "HỌC VIỆN CHÍNH TRỊ KHU VỰC IV", fresh13-21): read in words Tesseract was unsure of, it was left
 * for the clerk as a misreading no name spells. The name's last word in Roman numerals now spells its digits.
 */
class RomanNumeralNotationTest {

    @Test
    void aRegionsRomanNumeralSpellsTheKyHieusDigits() {
        assertTrue(NotationWords.spelt("HVCTKV4-VP", Arrays.asList("HỌC VIỆN CHÍNH TRỊ KHU VỰC IV", null)));
        assertTrue(NotationWords.spelt("BHXHKV12", Arrays.asList("BẢO HIỂM XÃ HỘI KHU VỰC XII", null)));
        // a region read as another number spells no ký hiệu ("VII" for "VIII"), nor does a word with marks ("XÍ")
        assertFalse(NotationWords.spelt("KH-KBNNKV8", Arrays.asList("KHO BẠC NHÀ NƯỚC KHU VỰC VII", null)));
        assertFalse(NotationWords.spelt("11NTX", Arrays.asList("XÍ NGHIỆP TOA XE", null)));
    }

    @Test
    void theKyHieuReadUnsureIsWrittenWhenTheNameSpellsIt() {
        String read = String.join("\n", "HỌC VIỆN CHÍNH TRỊ QUỐC", "GIA HỒ CHÍ MINH", "HỌC VIỆN", "CHÍNH TRỊ KHU", "VỰC IV",
                "Số : 83/HVCTKV4 - VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Ninh Kiều, ngày 28/09/2027", "V/v cung cấp thông tin phục vụ kiểm tra công tác văn thư",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = new MetadataExtractor().extract(read, TextSource.OCR,
                OcrReadings.sureExcept(read, Map.of("83/HVCTKV4", 37)));
        assertEquals("HVCTKV4-VP", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        String misread = read.replace("83/HVCTKV4", "83/HVCTKV7");
        assertNull(new MetadataExtractor().extract(misread, TextSource.OCR,
                OcrReadings.sureExcept(misread, Map.of("83/HVCTKV7", 37))).valueOrNull(MetadataField.CODE_NOTATION));
    }
}
