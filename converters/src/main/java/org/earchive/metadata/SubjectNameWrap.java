package org.earchive.metadata;

import java.util.List;

/**
 * Where a subject wrapped inside a proper name: "... số hóa tài liệu lưu trữ cho Trung tâm" / "Công nghệ thông tin".
 * A capitalised kind of organ (or a law's "Luật") at the end of a line names something whose name follows, and
 * the name opens with a capital: the next line goes on the subject though it does not open in lower case.
 */
final class SubjectNameWrap {

    /** Kinds of organ as a subject prints them inside a name: capitalised, compared with their marks. */
    private static final List<String> NAME_HEADS = List.of("Trung tâm", "Ủy ban", "Uỷ ban", "Hội đồng", "Sở", "Bộ",
            "Cục", "Chi cục", "Tổng cục", "Viện", "Học viện", "Văn phòng", "Bệnh viện", "Trường", "Phòng", "Ban",
            "Kho bạc", "Thanh tra", "Công ty", "Đảng ủy", "Đảng uỷ", "Đảng bộ", "Luật");

    private SubjectNameWrap() {
    }

    /** Whether the subject read so far ends in a capitalised head whose name is still to come. */
    static boolean nameFollows(String sofar) {
        String text = VietnameseText.nfc(sofar).strip();
        return NAME_HEADS.stream().anyMatch(head -> text.equals(head) || text.endsWith(" " + head));
    }
}
