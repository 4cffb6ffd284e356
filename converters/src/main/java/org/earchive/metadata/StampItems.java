package org.earchive.metadata;

import java.util.Locale;
import java.util.regex.Pattern;
import org.earchive.metadata.MetadataExtractor.Line;

/**
 * The received stamp's own lines ("Ngày: 28/9/2025", "Chuyển: Văn phòng", "Lưu hồ sơ số: ...", NĐ 30/2020 Phụ lục
 * IV) as OCR reads them between a trích yếu's lines when the stamp stands beside the title block: Tesseract reads the
 * page row by row, so the stamp's row comes between the subject's ("Về việc ban hành Quy" / "Ngày. 19/3/2025" / "chế
 * quản lý, vận hành Trung" / "Chuyển: Văn phòng" / "tâm dữ liệu của tỉnh"). A subject goes on past them.
 */
final class StampItems {

    /**
     * A stamp's label and its colon (or the full stop OCR reads for it), folded: "Ngày:", "gày:" (its N lost at the
     * stamp's frame), "Giờ:", "Chuyển:", "Số:", or "Lưu hồ sơ số". The colon is required, and the "số" after "Lưu hồ
     * sơ": "chuyển đổi số ...", "số hóa ...", "lưu hồ sơ, tài liệu vào ..." are a subject's wrapped lines.
     */
    private static final Pattern ITEM = Pattern.compile("^(?:n?gay|gio|chuyen|s[o0])\\s*[:.;]|^luu ho so s[o0]\\b");

    private StampItems() {
    }

    /** Whether the line, read by OCR, is one of the received stamp's own lines. */
    static boolean isItem(Line line) {
        return ITEM.matcher(line.folded().toLowerCase(Locale.ROOT).strip()).find();
    }

    /**
     * Whether the line after a stamp's line is the stamp's handwriting or ink read as a speck ("x" beside "gày:"),
     * not a subject's words: a subject whose line OCR read so may have lost a word under the stamp.
     */
    static boolean isDebris(Line line) {
        if (line.blank() || isItem(line)) {
            return false; // the stamp's next line ("Ngày: 25/9/2025" / "Chuyển: Văn phòng,"), its colon no word's
        }
        return line.text().chars().filter(Character::isLetter).count() <= 2 || !line.opensWithWord();
    }
}
