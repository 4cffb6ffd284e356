package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives back the marks OCR got wrong in the fixed terms organs' names are made of: a 200-dpi scan reads "ĐẲNG ỦY" or
 * "ĐÁNG ỦY" for "ĐẢNG ỦY", "SƠ KHOA HỌC" for "SỞ KHOA HỌC", "LƯU TRỪ" for "LƯU TRỮ", "CỤC THUÊ TĨNH" for "CỤC THUẾ
 * TỈNH". A run of words whose letters without marks spell one of these terms is that term: each term is the only
 * spelling of its letters in an organ's name (a single word would not be: "TĨNH" of Hà Tĩnh is "TỈNH" without
 * marks, so words are repaired only inside a term). Words outside the terms (place names) stay as read, and a token
 * with no letter or digit ("ˆ", a speck) is dropped. Only names read by OCR are repaired.
 */
final class OrganTerms {

    /** Terms of organs' names, in capitals with their marks; longer first, so that they win over their parts. */
    private static final List<String> TERMS = List.of(
            "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN", "KHOA HỌC VÀ CÔNG NGHỆ", "GIÁO DỤC VÀ ĐÀO TẠO", "KẾ HOẠCH VÀ ĐẦU TƯ",
            "TÀI NGUYÊN VÀ MÔI TRƯỜNG", "THÔNG TIN VÀ TRUYỀN THÔNG", "VĂN THƯ VÀ LƯU TRỮ", "LAO ĐỘNG - THƯƠNG BINH",
            "SỞ KHOA HỌC", "SỞ NỘI VỤ", "SỞ TÀI CHÍNH", "SỞ Y TẾ", "SỞ TƯ PHÁP", "SỞ GIÁO DỤC", "SỞ XÂY DỰNG",
            "SỞ DU LỊCH", "SỞ CÔNG THƯƠNG", "SỞ NÔNG NGHIỆP", "SỞ VĂN HÓA", "SỞ KẾ HOẠCH", "SỞ LAO ĐỘNG",
            "CỤC THUẾ", "THUẾ TỈNH", "Y TẾ TỈNH", "NHÂN DÂN TỈNH", "UBND TỈNH", "HĐND TỈNH", "TỔNG CỤC", "CỤC VĂN THƯ",
            "ĐẢNG ỦY", "ĐẢNG BỘ", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "QUẬN ỦY", "THỊ ỦY", "BAN TỔ CHỨC",
            "LƯU TRỮ", "KẾ HOẠCH", "TÀI CHÍNH", "NỘI VỤ", "VĂN THƯ", "NHÀ NƯỚC", "TRUNG TÂM", "LỊCH SỬ", "BỆNH VIỆN",
            "ĐA KHOA", "VĂN PHÒNG", "PHÒNG TÀI CHÍNH", "THANH TRA", "KHO BẠC", "NGÂN HÀNG", "CÔNG AN", "XÃ HỘI", "THỂ THAO",
            // terms whose tone OCR changes into another word's ("MÔI TRƯƠNG", "KIỀM LÂM", "NÔNG LẦM", "XÚC TIÊN")
            "MÔI TRƯỜNG", "KIỂM LÂM", "NÔNG LÂM", "XÚC TIẾN", "DÂN TỘC", "TÔN GIÁO", "ĐẠI HỌC", "CÔNG NGHIỆP",
            // a region of the country in a corporation's or a university's name ("MIỄN TRUNG", fresh9-24)
            "ĐIỆN LỰC", "MIỀN BẮC", "MIỀN TRUNG", "MIỀN NAM",
            // the Party committee of a province's Party bodies since 2025 ("ĐẢNG ỦY CÁC CƠ QUAN ĐẲNG TỈNH", fresh9-19)
            "CƠ QUAN ĐẢNG", "VIỆN KIỂM SÁT NHÂN DÂN", "TÒA ÁN NHÂN DÂN",
            // a state corporation ("TÔNG CÔNG TY ĐƯỜNG SÁT VIỆT", fresh10-08)
            "TỔNG CÔNG TY", "ĐƯỜNG SẮT",
            // a land registry office ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐẠI", fresh11-06)
            "ĐẤT ĐAI",
            // offices named since 2025 for their region or their work ("THỊ HÀNH ÁN DÂN SỰ", fresh13-03)
            "THI HÀNH ÁN", "HẢI QUAN", "KHU VỰC", "HỌC VIỆN", "CHÍNH TRỊ",
            // a region in a regional office's name ("KHU VỰC BÁC TÂY NGUYÊN", fresh14-13: "BẮC" read as "BÁC")
            "BẮC TÂY NGUYÊN", "NAM TÂY NGUYÊN", "TÂY NGUYÊN");

    /**
     * The provinces and centrally governed cities before the merger of 2025 (those after it keep one of these names),
     * with their marks: after "TỈNH" or "THÀNH PHỐ", a place whose letters without marks are one of them is that one
     * ("TỈNH TUYEN QUANG", "TỈNH NGHẸ AN" as OCR reads them). No two are spelt alike without marks.
     */
    static final List<String> PROVINCES = List.of("AN GIANG", "BÀ RỊA - VŨNG TÀU", "BẠC LIÊU", "BẮC GIANG", "BẮC KẠN",
            "BẮC NINH", "BẾN TRE", "BÌNH DƯƠNG", "BÌNH ĐỊNH", "BÌNH PHƯỚC", "BÌNH THUẬN", "CÀ MAU", "CAO BẰNG", "ĐẮK LẮK",
            "ĐẮK NÔNG", "ĐIỆN BIÊN", "ĐỒNG NAI", "ĐỒNG THÁP", "GIA LAI", "HÀ GIANG", "HÀ NAM", "HÀ TĨNH", "HẢI DƯƠNG",
            "HẬU GIANG", "HÒA BÌNH", "HƯNG YÊN", "KHÁNH HÒA", "KIÊN GIANG", "KON TUM", "LAI CHÂU", "LÂM ĐỒNG", "LẠNG SƠN",
            "LÀO CAI", "LONG AN", "NAM ĐỊNH", "NGHỆ AN", "NINH BÌNH", "NINH THUẬN", "PHÚ THỌ", "PHÚ YÊN", "QUẢNG BÌNH",
            "QUẢNG NAM", "QUẢNG NGÃI", "QUẢNG NINH", "QUẢNG TRỊ", "SÓC TRĂNG", "SƠN LA", "TÂY NINH", "THÁI BÌNH",
            "THÁI NGUYÊN", "THANH HÓA", "THỪA THIÊN HUẾ", "TIỀN GIANG", "TRÀ VINH", "TUYÊN QUANG", "VĨNH LONG", "VĨNH PHÚC",
            "YÊN BÁI");
    static final List<String> CITIES = List.of("HÀ NỘI", "HỒ CHÍ MINH", "HẢI PHÒNG", "ĐÀ NẴNG", "CẦN THƠ", "HUẾ");
    private static final List<String> PLACES = Stream.concat(PROVINCES.stream().map(name -> "TỈNH " + name),
            CITIES.stream().map(name -> "THÀNH PHỐ " + name)).toList();

    /**
     * Words of organs' names that stand only inside a term, with the words that may follow them: "LƯU" is "LƯU TRỮ",
     * "PHỔ" after "HỌC" is "TRUNG HỌC PHỔ THÔNG" (not "ĐỨC PHỔ", a place). A name read by OCR holding one without its
     * partner lost a line or a word between them ("CỤC VĂN THƯ VÀ LƯU" / "NƯỚC", a stamp over "TRỮ NHÀ"). The words
     * in capitals with their marks ("PHỔ" is not "PHỐ"); the partners without marks (OCR's "XÚC TIÊN" keeps its term).
     */
    private static final Map<String, Set<String>> BOUND = Map.of("LƯU", Set.of("TRU"), "XÚC", Set.of("TIEN"),
            "TRUYỀN", Set.of("THONG", "HINH"), "HỌC PHỔ", Set.of("THONG"));

    private OrganTerms() {
    }

    /** The name with its terms spelled as printed, specks dropped; the name itself when nothing needed it. */
    static String repair(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            // "ˆ" is a modifier letter, no letter of a word: only a cased letter or a digit makes one
            if (word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isDigit(c))
                    || word.equals("-") || word.equals("–")) {
                words.add(word);
            }
        }
        for (String term : (Iterable<String>) Stream.concat(TERMS.stream(), PLACES.stream())::iterator) {
            String[] termWords = term.split(" ");
            for (int start = 0; start + termWords.length <= words.size(); start++) {
                if (spells(words, start, termWords)) {
                    for (int i = 0; i < termWords.length; i++) {
                        words.set(start + i, termWords[i]);
                    }
                }
            }
        }
        return String.join(" ", words);
    }

    /** Whether the name holds a word that stands only inside a term without the word its term goes on with. */
    static boolean brokenTerm(String name) {
        String[] words = VietnameseText.nfc(name.strip()).toUpperCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            Set<String> partners = partners(words, i);
            if (partners != null && (i + 1 == words.length || !partners.contains(bare(words[i + 1])))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name ends in a word that stands only inside a term ("CHI CỤC VĂN THƯ - LƯU"): it goes on. */
    static boolean endsInBoundWord(String name) {
        String[] words = VietnameseText.nfc(name.strip()).toUpperCase(Locale.ROOT).split("\\s+");
        return partners(words, words.length - 1) != null;
    }

    /** The words that may follow the word at {@code i} when it stands only inside a term (alone or after the word before). */
    private static Set<String> partners(String[] words, int i) {
        Set<String> alone = BOUND.get(words[i]);
        return alone != null || i == 0 ? alone : BOUND.get(words[i - 1] + " " + words[i]);
    }

    private static boolean spells(List<String> words, int start, String[] term) {
        for (int i = 0; i < term.length; i++) {
            String word = words.get(start + i);
            if (!word.equals(word.toUpperCase(Locale.ROOT)) || !bare(word).equals(bare(term[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String word) {
        return VietnameseText.fold(word).toUpperCase(Locale.ROOT);
    }
}
