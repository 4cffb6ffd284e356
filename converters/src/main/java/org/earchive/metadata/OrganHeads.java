package org.earchive.metadata;

import java.util.List;
import java.util.Locale;

/**
 * The words an organ's name opens with ("ỦY BAN", "SỞ", "PHÒNG", "BẢO HIỂM" ...): in the header, a line opening with
 * one begins a new organ; and an issuing body read by OCR that opens with none ("CAM LÂM", the place of "HỘI ĐỒNG NHÂN
 * DÂN HUYỆN" / "CAM LÂM" cut from its name by the motto's line; "THĂNG VIỆT NAM", the ends of two columns read as one)
 * is a piece of a name, not a name.
 */
final class OrganHeads {

    /** Folded, in capitals. */
    private static final List<String> HEADS = List.of("UY BAN", "UBND", "HOI DONG", "HDND", "SO ", "BO ",
            "PHONG", "CUC ", "TONG CUC", "VU ", "VIEN", "BAN ", "DANG UY", "DANG BO", "CHI BO", "TINH UY", "THANH UY",
            "HUYEN UY", "QUAN UY", "THI UY", "CHINH PHU", "QUOC HOI", "VAN PHONG", "THANH TRA", "TOA AN", "KHO BAC",
            "NGAN HANG", "CONG AN", "TRUONG ", "BENH VIEN", "CONG TY", "TRUNG TAM", "TAP DOAN", "TONG CONG TY",
            "DAI HOC", "HOC VIEN", "DOAN ", "MAT TRAN", "HOI ", "CHI CUC", "BO CHI HUY", "LIEN DOAN", "DAI ",
            "KIEM TOAN", "CONG HOA", "DANG CONG SAN", "CHU TICH NUOC", "THU TUONG", "BAO HIEM", "THU VIEN", "BAO TANG",
            "NHA XUAT BAN", "CANG VU", "CANG HANG KHONG", "THI HANH AN", "CHI NHANH");
    /**
     * Heads known with their marks, since their letters without them open other words: "ĐỘI" (a team, "ĐỘI QUẢN LÝ THỊ
     * TRƯỜNG SỐ 4") is no "ĐỐI" ("BAN" / "ĐỐI NGOẠI" goes on), "HẠT" (a ranger station, "HẠT KIỂM LÂM") no "HẬT", "QUỸ"
     * (a fund, "QUỸ PHÁT TRIỂN ĐẤT") no "QUY" ("QUY HOẠCH"), "BÁO" (a newspaper, "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH") no
     * "BẢO", "VƯỜN" (a national park) no "VƯƠN".
     */
    private static final List<String> MARKED_HEADS = List.of("ĐỘI ", "HẠT ", "QUỸ ", "BÁO ", "VƯỜN ");
    /** "SỐ 4", "SỐ IV": a number's word where it ends a name ("... THỊ TRƯỜNG" / "SỐ 4"), never "SỞ", which no number follows. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^SO\\s*(?:\\d|[IVXL]+\\b)");
    /** Words that carry a name on past its "VIỆT NAM" ("... VIỆT NAM" / "TẠI NHẬT BẢN"), folded. */
    private static final List<String> CARRIED_ON = List.of("TAI ", "VA ", "- ", "-", ",", "(");

    private OrganHeads() {
    }

    /** Whether a line of capitals (folded or not) opens as an organ's name does. */
    static boolean opens(String line) {
        String folded = VietnameseText.fold(VietnameseText.nfc(line)).toUpperCase(Locale.ROOT).strip();
        if (NUMBERED.matcher(folded).find()) {
            return false;
        }
        String marked = VietnameseText.nfc(line).toUpperCase(Locale.ROOT).strip();
        return HEADS.stream().anyMatch(folded::startsWith) || MARKED_HEADS.stream().anyMatch(marked::startsWith);
    }

    /**
     * Whether the header line {@code foldedNext} (folded, in capitals) begins another organ although it opens with no
     * head this class knows, because the name above it is whole: a name ending in "VIỆT NAM" ("CỤC HÀNG HẢI VÀ ĐƯỜNG
     * THỦY VIỆT NAM" / "CẢNG VỤ HÀNG HẢI VŨNG TÀU", fresh12-22) is the country's body, and what stands under it is a
     * unit of it, unless the line carries the name on ("... VIỆT NAM" / "TẠI NHẬT BẢN").
     */
    static boolean followsWholeName(String name, String foldedNext) {
        String folded = VietnameseText.fold(VietnameseText.nfc(name)).toUpperCase(Locale.ROOT).strip();
        String next = foldedNext.strip();
        return folded.endsWith(" VIET NAM") && !next.isEmpty() && Character.isLetter(next.charAt(0))
                && CARRIED_ON.stream().noneMatch(next::startsWith);
    }
}
