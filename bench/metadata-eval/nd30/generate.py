#!/usr/bin/env python3
"""Lays out Vietnamese administrative documents as NĐ 30/2020 prints them, for bench/metadata-eval/nd30/run.sh.

    python3 generate.py OUT_DIR [COUNT] [HALF ...]

Writes OUT_DIR/tune/, OUT_DIR/heldout/, OUT_DIR/fresh/, OUT_DIR/fresh2/ ... OUT_DIR/fresh16/ (only the HALFs named,
when any; COUNT documents each, default 24), each holding the documents
(NAME.docx or NAME.html; a NAME.docx marked in truth.tsv with format=pdf is turned into PDF by run.sh) and
truth.tsv: a clerk's reading of every document, one row each, plus the layout facts the scans need (which
document gets a received stamp). Stdlib only; the same COUNT always gives the same documents (fixed seeds).

What varies, as in real offices: the type (Quyết định, Công văn with V/v, Tờ trình, Báo cáo, Kế hoạch, Nghị
quyết, a Party báo cáo), the header as a two-column table (one or two rows) or as tab-aligned lines, the number
line as typed ("Số: 125/QĐ-UBND", "Số:125/...", "Số 125/...", "Số: 2858 /QĐ-UBND", "Số : 12/ QĐ - UBND", a
number left blank for the pen), the date in words (with or without leading zeros) or in digits, or left blank
for the pen ("ngày     tháng     năm 2025"), legal grounds citing other numbers and dates, the signature block
with or without an authority line, and nơi nhận.

The tuning half and the held-out half come from the same generator with different seeds: the extractor may be
tuned on the first, and the second is scored only to report. The fresh half (a third seed, with organs and subjects
the other halves never show) was added once the held-out half had been looked at; fresh2 (a fourth seed, more organs,
subjects and a header layout none shows) once the fresh half had been; fresh3 (a fifth seed, more organs, subjects,
signers, and number, date and V/v typing none shows) once fresh2 had been; fresh4 (a sixth seed: organs two levels
below their committee, a name wrapping to three lines, a ký hiệu with a digit, "Số:  05/2026/QĐ-UBND", a day left
blank under a typed month) once fresh3 had been; fresh5 (a seventh seed: organs whose names hold a dash, a school, a
Thông báo, "Số: 12 / TB-VP") once fresh4 had been; fresh6 (an eighth seed: organs of Thành phố Hồ Chí Minh dated
"TP. Hồ Chí Minh, ngày ...", the received stamp over the date line) written with fresh5, kept blind for the code
tuned on fresh5; fresh7 (a ninth seed: the two-level local government of 2025, a university, a hospital, "Số: 12/QĐ –
UBND" with Word's en dash, the received stamp over the organ's second line) once fresh6 had been; fresh8 (a tenth seed:
special zones, a province's office, a V/v broken before a preposition) written with fresh7, kept blind for the code
tuned on fresh7; fresh9 (an eleventh seed: courts, procuracies, a state corporation after 2025, the urgency or secrecy
mark boxed under the number line) once fresh8 had been; fresh10 (a twelfth seed: the trích yếu typed over three
lines, subjects ending in a quoted name or a number) written with fresh9, kept blind for the code tuned on fresh9;
fresh11 (a thirteenth seed: organs of 2025 in places no other half names, the copy's "SAO Y" block with its own number
and date at the foot) once fresh10 had been; fresh12 (a fourteenth seed: the received stamp across the trích yếu)
written with fresh11, kept blind for the code tuned on fresh11; fresh13 (a fifteenth seed: organ heads no other half
uses, a long issuing organ's name typed over three lines) once fresh12 had been; fresh14 (a sixteenth seed: more new
heads, the header table printed with its borders) written with fresh13, kept blind for the code tuned on fresh13;
fresh15 (a seventeenth seed: heads of 2025 no other half uses, a tabbed header whose parent is in regular capitals over
the bold issuer) once fresh14 had been; fresh16 (an eighteenth seed: more new heads, the motto typed "CỘNG HOÀ" with en
dashes in the tiêu ngữ) written with fresh15, kept blind for the code tuned on fresh15.
"""
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

# (parent organ or "", issuing organ, organ's abbreviation for the ký hiệu, place)
STATE_ORGANS = [
    ("UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ", "SNV", "Quảng Nam"),
    ("", "ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC", "UBND", "Đại Lộc"),
    ("UBND HUYỆN TIÊN PHƯỚC", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "TCKH", "Tiên Phước"),
    ("BỘ NỘI VỤ", "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "VTLTNN", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN XÃ BÌNH MINH", "UBND", "Bình Minh"),
    ("UBND TỈNH THANH HÓA", "SỞ TÀI CHÍNH", "STC", "Thanh Hóa"),
    ("SỞ Y TẾ TỈNH ĐẮK LẮK", "BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN", "BVTN", "Đắk Lắk"),
    ("", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT", "Hà Nội"),
    ("UBND THÀNH PHỐ HUẾ", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "TTLT", "Huế"),
    ("TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH BẮC NINH", "CTBNI", "Bắc Ninh"),
    ("", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "UBND", "Lào Cai"),
    ("UBND QUẬN HẢI CHÂU", "VĂN PHÒNG HĐND VÀ UBND", "VP", "Hải Châu"),
    ("UBND TỈNH BÌNH ĐỊNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", "Bình Định"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA", "UBND", "An Hòa"),
]
COUNCILS = [
    ("", "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "HĐND", "Nghệ An"),
    ("", "HỘI ĐỒNG NHÂN DÂN HUYỆN CAM LÂM", "HĐND", "Cam Lâm"),
    ("", "HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ", "HĐND", "Tân Phú"),
]
PARTY_ORGANS = [
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY ĐỨC TRỌNG", "HU", "Đức Trọng"),
    ("ĐẢNG BỘ HUYỆN PHÚ VANG", "ĐẢNG ỦY XÃ PHÚ AN", "ĐU", "Phú An"),
    ("TỈNH ỦY QUẢNG TRỊ", "BAN TỔ CHỨC", "BTCTU", "Đông Hà"),
]

SUBJECTS = {
    "QĐ": ["Về việc thành lập Hội đồng xác định giá trị tài liệu",
           "Về việc phê duyệt Kế hoạch chỉnh lý tài liệu tồn đọng năm 2025",
           "Ban hành Quy chế công tác văn thư, lưu trữ của cơ quan",
           "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số",
           "Phê duyệt Danh mục hồ sơ năm 2025",
           "Về việc hủy tài liệu hết giá trị",
           "Về việc giao nhiệm vụ số hóa tài liệu lưu trữ cho Trung tâm Công nghệ thông tin"],
    "CV": ["V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan",
           "V/v đôn đốc thực hiện số hóa tài liệu lưu trữ",
           "V/v góp ý dự thảo Quy chế quản lý văn bản điện tử",
           "V/v cung cấp thông tin phục vụ kiểm tra công tác văn thư",
           "V/v đăng ký nhu cầu đào tạo nghiệp vụ lưu trữ năm 2025",
           "V/v triển khai chữ ký số trong gửi nhận văn bản điện tử"],
    "TTr": ["Về việc đề nghị phê duyệt Đề án chỉnh lý tài liệu tồn đọng",
            "Đề nghị bổ sung kinh phí số hóa tài liệu năm 2025",
            "Về việc đề nghị thành lập kho lưu trữ chuyên dụng",
            "Đề nghị ban hành Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu"],
    "BC": ["Kết quả thực hiện công tác văn thư, lưu trữ năm 2024",
           "Tình hình thực hiện chuyển đổi số quý I năm 2025",
           "Kết quả kiểm tra công tác lưu trữ tại các xã, thị trấn",
           "Tổng kết 5 năm thực hiện Luật Lưu trữ trên địa bàn"],
    "KH": ["Tổ chức kiểm tra công tác văn thư, lưu trữ năm 2025",
           "Triển khai số hóa tài liệu lưu trữ giai đoạn 2025 - 2030",
           "Thu thập hồ sơ, tài liệu vào Lưu trữ lịch sử năm 2025",
           "Bồi dưỡng nghiệp vụ văn thư cho công chức cấp xã"],
    "NQ": ["Quy định mức chi bảo đảm cho công tác lưu trữ trên địa bàn",
           "Về việc thông qua Đề án phát triển lưu trữ số đến năm 2030",
           "Về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030"],
}
TYPE_NAMES = {"QĐ": ("QUYẾT ĐỊNH", "02"), "CV": (None, "22"), "TTr": ("TỜ TRÌNH", "15"), "BC": ("BÁO CÁO", "14"),
              "KH": ("KẾ HOẠCH", "10"), "NQ": ("NGHỊ QUYẾT", "01"), "TB": ("THÔNG BÁO", "07")}
SIGNERS = ["Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Hoàng Thị Lan", "Võ Đình Nam",
           "Đặng Thanh Sơn", "Bùi Thị Ngọc Ánh", "Huỳnh Công Lý", "Đỗ Văn Phúc"]
BODY = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 13/06/2019 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác văn thư, lưu trữ;",
        "Căn cứ Thông tư số 05/2025/TT-BNV ngày 14 tháng 5 năm 2025 của Bộ Nội vụ;"]
CV_BODY = "Thực hiện Công văn số {n}/{s} ngày {d} của {o} về việc triển khai công tác lưu trữ năm 2025, {me} đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"
PARAGRAPHS = [
    "Rà soát, thống kê hồ sơ, tài liệu đến hạn nộp lưu; lập Mục lục hồ sơ và Danh mục tài liệu nộp lưu theo quy định.",
    "Bố trí kho, trang thiết bị bảo quản tài liệu bảo đảm an toàn; thực hiện vệ sinh kho định kỳ.",
    "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm tổ chức thực hiện và báo cáo kết quả trước ngày 30 tháng 11 năm 2025.",
    "Giao Văn phòng theo dõi, đôn đốc, tổng hợp kết quả thực hiện và báo cáo định kỳ hằng quý.",
]


def date_text(rng, day, month, year, style):
    if style == "words0":
        return f"ngày {day:02d} tháng {month:02d} năm {year}"
    if style == "words":
        return f"ngày {day} tháng {month} năm {year}"
    if style == "digits":
        return f"ngày {day:02d}/{month:02d}/{year}"
    if style == "wordsmixed":
        return f"ngày {day} tháng {month:02d} năm {year}"
    if style == "blankday":
        return f"ngày      tháng {month:02d} năm {year}"  # the day left for the pen, the month typed: no date yet
    return f"ngày      tháng      năm {year}"  # blank for the pen


def number_text(style, number, notation):
    n = "" if number is None else str(number)
    if style == "plain":
        return f"Số: {n}/{notation}"
    if style == "nocolonspace":
        return f"Số:{n}/{notation}"
    if style == "nocolon":
        return f"Số {n}/{notation}"
    if style == "spacebefore":
        return f"Số: {n} /{notation}"
    if style == "nocolonspacebefore":
        return f"Số:{n} /{notation}"
    if style == "spaced":
        return f"Số : {n}/ " + notation.replace("-", " - ")
    if style == "blank":
        return f"Số:        /{notation}"
    if style == "doublespace":
        return f"Số:  {n}/{notation}"
    if style == "party":
        return f"Số {n}-{notation}"
    if style == "spaceboth":
        return f"Số: {n} / {notation}"
    if style == "spacedendash":  # Word's AutoFormat turns a dash typed between spaces into an en dash
        return f"Số: {n}/" + notation.replace("-", " \u2013 ")
    raise ValueError(style)


# Only in the fresh half (issue 18, sixth session): organs and subjects the extractor was never tuned or scored on,
# among them names that wrap after their level ("THỊ XÃ" / "NGHI SƠN", "THÀNH" / "PHỐ HỘI AN"), a place opening
# like an organ's head, Hà Tĩnh, and long V/v subjects wrapping over three lines.
FRESH_STATE_ORGANS = [
    ("", "ỦY BAN NHÂN DÂN THỊ XÃ NGHI SƠN", "UBND", "Nghi Sơn"),
    ("UBND TỈNH HÀ TĨNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT", "Hà Tĩnh"),
    ("BỘ TÀI CHÍNH", "KHO BẠC NHÀ NƯỚC", "KBNN", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN", "UBND", "Hội An"),
    ("UBND HUYỆN PHONG ĐIỀN", "PHÒNG NỘI VỤ", "PNV", "Phong Điền"),
    ("BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "KCB", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "UBND", "Hà Tĩnh"),
    ("", "ỦY BAN NHÂN DÂN XÃ ĐẠI HƯNG", "UBND", "Đại Hưng"),
]
FRESH_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "HĐND", "Đà Nẵng")]
FRESH_SUBJECTS = {
    "QĐ": ["Về việc công nhận kết quả kiểm kê tài liệu lưu trữ tại Chi cục Văn thư - Lưu trữ",
           "Về việc cử công chức tham gia lớp bồi dưỡng nghiệp vụ lưu trữ do Sở Nội vụ tổ chức",
           "Phê duyệt phương án bảo quản tài liệu giấy bị hư hỏng"],
    "CV": ["V/v rà soát, thống kê hồ sơ, tài liệu có thời hạn bảo quản vĩnh viễn để chuẩn bị giao nộp vào Lưu trữ lịch sử tỉnh",
           "V/v báo cáo tình hình ứng dụng công nghệ thông tin trong quản lý văn bản và điều hành",
           "V/v tăng cường bảo mật thông tin khi gửi văn bản điện tử qua mạng"],
    "TTr": ["Về việc xin chủ trương mua sắm giá, tủ bảo quản tài liệu cho kho lưu trữ huyện"],
    "BC": ["Sơ kết 6 tháng đầu năm 2025 công tác cải cách hành chính"],
    "KH": ["Kiểm tra việc chấp hành pháp luật về lưu trữ tại Ủy ban nhân dân các xã"],
    "NQ": ["Về việc phê chuẩn quyết toán ngân sách địa phương năm 2024"],
}
# Only in the fresh2 half (issue 18, seventh session): organs, subjects and a header layout no earlier half shows,
# among them subjects carrying brackets, quotes, a range and several commas, names wrapping after "KHU VỰC" or
# "DỰ ÁN", a thị trấn, and a header typed with tabs whose date line is a paragraph of its own ("tabs2").
FRESH2_STATE_ORGANS = [
    ("UBND TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "Quảng Ngãi"),
    ("UBND HUYỆN NÚI THÀNH", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "BQLDA", "Núi Thành"),
    ("", "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH", "UBND", "Ba Đình"),
    ("", "ỦY BAN NHÂN DÂN THỊ TRẤN PHONG ĐIỀN", "UBND", "Phong Điền"),
    ("UBND TỈNH GIA LAI", "THANH TRA TỈNH", "TTr", "Gia Lai"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH KON TUM", "BHXH", "Kon Tum"),
    ("SỞ Y TẾ QUẢNG NGÃI", "TRUNG TÂM Y TẾ HUYỆN ĐỨC PHỔ", "TTYT", "Đức Phổ"),
    ("CỤC THUẾ TỈNH NGHỆ AN", "CHI CỤC THUẾ KHU VỰC VINH - NGHI LỘC", "CCTKV", "Vinh"),
]
FRESH2_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN HUYỆN MƯỜNG TÈ", "HĐND", "Mường Tè")]
FRESH2_SUBJECTS = {
    "QĐ": ["Về việc ban hành Quy chế tiếp nhận, xử lý văn bản đến (sửa đổi, bổ sung)",
           "Về việc phê duyệt Đề án \u201cSố hóa tài liệu lưu trữ giai đoạn 2026 - 2030\u201d",
           "Về việc thành lập Tổ công tác rà soát, chỉnh lý, số hóa hồ sơ địa chính"],
    "CV": ["V/v đề nghị cung cấp danh sách cán bộ, công chức, viên chức làm công tác văn thư, lưu trữ",
           "V/v chấn chỉnh việc lập hồ sơ công việc trên Hệ thống quản lý văn bản và điều hành",
           "V/v phối hợp thu thập tài liệu của các cơ quan đã giải thể, sáp nhập"],
    "TTr": ["Về việc đề nghị phê duyệt dự toán kinh phí tu bổ, phục chế tài liệu năm 2026"],
    "BC": ["Công tác văn thư, lưu trữ và ứng dụng chữ ký số 9 tháng đầu năm 2025"],
    "KH": ["Thực hiện Đề án 06 (giai đoạn 2025 - 2026) về dữ liệu dân cư, định danh điện tử"],
    "NQ": ["Về việc sáp nhập, đổi tên thôn, tổ dân phố trên địa bàn huyện"],
}
# Only in the fresh3 half (issue 18, eighth session): organs, councils, a Party committee, subjects and signers no
# earlier half shows (names holding commas, "KRÔNG", a Party committee of a bloc), and typing none shows: the number
# typed "Số:12 /QĐ-..." (no space after the colon, one before the slash), dates of 2026 and "ngày 5 tháng 01 năm 2026",
# and a công văn whose V/v the typist broke over two paragraphs of the number's cell ("vv2").
FRESH3_STATE_ORGANS = [
    ("UBND TỈNH ĐỒNG THÁP", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "Đồng Tháp"),
    ("UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SNNMT", "Cà Mau"),
    ("UBND THÀNH PHỐ CẦN THƠ", "SỞ XÂY DỰNG", "SXD", "Cần Thơ"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC LÂM NGHIỆP VÀ KIỂM LÂM", "CLNKL", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÚK", "UBND", "Krông Búk"),
    ("UBND HUYỆN CỦ CHI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT", "Củ Chi"),
    ("", "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "UBND", "Quảng Phú"),
    ("SỞ TƯ PHÁP TỈNH SÓC TRĂNG", "PHÒNG CÔNG CHỨNG SỐ 1", "PCC1", "Sóc Trăng"),
]
FRESH3_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG", "HĐND", "Sóc Trăng")]
FRESH3_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH BẾN TRE", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐUK", "Bến Tre")]
FRESH3_SUBJECTS = {
    "QĐ": ["Về việc điều chỉnh, bổ sung Kế hoạch thu thập tài liệu vào Lưu trữ lịch sử năm 2026",
           "Về việc ban hành Danh mục bí mật nhà nước trong lĩnh vực văn hóa, thể thao",
           "Về việc giao chỉ tiêu số hóa hồ sơ thủ tục hành chính năm 2026"],
    "CV": ["V/v tăng cường công tác bảo vệ bí mật nhà nước trong soạn thảo, ban hành văn bản",
           "V/v hướng dẫn xác định thời hạn bảo quản hồ sơ, tài liệu chuyên môn nghiệp vụ",
           "V/v kiểm tra, đánh giá hiện trạng kho lưu trữ và trang thiết bị bảo quản"],
    "TTr": ["Về việc đề nghị bố trí biên chế làm công tác lưu trữ chuyên trách năm 2026"],
    "BC": ["Đánh giá tình hình triển khai Hệ thống quản lý tài liệu điện tử năm 2025"],
    "KH": ["Chỉnh lý, xác định giá trị tài liệu tồn đọng giai đoạn 2026 - 2027"],
    "NQ": ["Về việc quy định mức thu, chế độ thu, nộp phí khai thác, sử dụng tài liệu lưu trữ"],
}
FRESH3_SIGNERS = ["Lâm Thị Mỹ Dung", "Châu Văn Thắng", "Tạ Quang Khải", "Lương Thị Kim Oanh", "Trịnh Xuân Trường"]
# Only in the fresh4 half (issue 18, ninth session): organs, subjects and signers no earlier half shows, among them a
# header naming two levels above the issuing organ (the province's committee, then the department: "UBND TỈNH LONG AN"
# / "SỞ NỘI VỤ" / "CHI CỤC VĂN THƯ - LƯU TRỮ"; a parent holding a newline is printed as two lines), a name that wraps to
# three lines in its column, and a steering committee whose name and ký hiệu hold a digit ("KH-BCĐ389"); and typing
# none shows: "Số:  05/2026/QĐ-UBND" (two spaces after the colon, a legal normative decision's number typed with its
# zero), and a date line whose day is left for the pen while the month is typed ("ngày      tháng 01 năm 2026":
# the document has no date yet).
FRESH4_STATE_ORGANS = [
    ("UBND TỈNH LONG AN\nSỞ NỘI VỤ", "CHI CỤC VĂN THƯ - LƯU TRỮ", "CCVTLT", "Long An"),
    ("UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM", "CCKL", "Nghệ An"),
    ("UBND TỈNH LẠNG SƠN", "BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN", "BQLKKT", "Lạng Sơn"),
    ("UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH", "BCĐ389", "Quảng Ninh"),
    ("", "ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU", "UBND", "Mộc Châu"),
    ("BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI", "XTTM", "Hà Nội"),
    ("SỞ Y TẾ TỈNH KHÁNH HÒA", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "KSBT", "Khánh Hòa"),
    ("UBND THÀNH PHỐ HÀ NỘI", "SỞ QUY HOẠCH - KIẾN TRÚC", "QHKT", "Hà Nội"),
]
FRESH4_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN HUYỆN CHÂU THÀNH", "HĐND", "Châu Thành")]
FRESH4_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH HẬU GIANG", "ĐẢNG ỦY PHƯỜNG VỊ TÂN", "ĐU", "Vị Thanh")]
FRESH4_SUBJECTS = {
    "QĐ": ["Ban hành Quy định phân cấp quản lý tài sản công trên địa bàn tỉnh",
           "Về việc phân công nhiệm vụ thành viên Ban Chỉ đạo phòng, chống buôn lậu",
           "Về việc ban hành Quy chế quản lý, sử dụng con dấu và thiết bị lưu khóa bí mật"],
    "CV": ["V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, gian lận thương mại",
           "V/v đề xuất danh mục hồ sơ giao nộp năm 2026 theo Luật Lưu trữ",
           "V/v cập nhật dữ liệu nông nghiệp, lâm nghiệp và môi trường lên Hệ thống thông tin"],
    "TTr": ["Về việc đề nghị bổ sung kinh phí phòng cháy, chữa cháy rừng cho lực lượng kiểm lâm"],
    "BC": ["Kết quả thực hiện nhiệm vụ xây dựng nông thôn mới 6 tháng đầu năm 2026"],
    "KH": ["Phòng, chống buôn lậu, gian lận thương mại và hàng giả năm 2026"],
    "NQ": ["Về việc thông qua Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2025 - 2026"],
}
FRESH4_SIGNERS = ["Ngô Thị Thanh Thảo", "Kiều Văn Bình", "Mai Xuân Hòa", "H'Linh Niê", "Phan Thị Hồng Nhung"]
# Only in the fresh5 half (issue 18, tenth session): organs, councils, a Party committee, subjects and signers no
# earlier half shows (a department whose name holds a dash, "SỞ VĂN HÓA - THỂ THAO", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
# HỘI"; a school, "TRƯỜNG ..."; a "BAN DÂN TỘC"), a type no earlier half shows (Thông báo, "Số: 12 / TB-VP"), and typing
# none shows: the number typed with a space on both sides of its slash ("Số: 12 / TB-SVHTT", "spaceboth").
FRESH5_STATE_ORGANS = [
    ("UBND TỈNH TÂY NINH", "SỞ VĂN HÓA - THỂ THAO", "SVHTT", "Tây Ninh"),
    ("", "ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM", "UBND", "Bảo Lâm"),
    ("BỘ TƯ PHÁP", "CỤC BỔ TRỢ TƯ PHÁP", "BTTP", "Hà Nội"),
    ("UBND TỈNH PHÚ YÊN", "BAN DÂN TỘC", "BDT", "Phú Yên"),
    ("UBND HUYỆN ĐÔNG ANH", "PHÒNG KINH TẾ", "PKT", "Đông Anh"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG", "TRƯỜNG TRUNG HỌC PHỔ THÔNG NGÔ SĨ LIÊN", "THPTNSL", "Bắc Giang"),
    ("", "ỦY BAN NHÂN DÂN XÃ HÒA TIẾN", "UBND", "Hòa Tiến"),
    ("UBND TỈNH VĨNH LONG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH", "Vĩnh Long"),
]
FRESH5_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI", "HĐND", "Yên Bái")]
FRESH5_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH THÁI BÌNH", "ĐẢNG ỦY XÃ VŨ THẮNG", "ĐU", "Vũ Thư")]
FRESH5_SUBJECTS = {
    "QĐ": ["Về việc ban hành Quy chế phối hợp tổ chức các hoạt động văn hóa, thể thao tại cơ sở",
           "Về việc công nhận danh hiệu Gia đình văn hóa năm 2026",
           "Về việc thành lập Đoàn kiểm tra liên ngành về an toàn vệ sinh thực phẩm"],
    "CV": ["V/v hướng dẫn tổ chức các hoạt động chào mừng kỷ niệm ngày thành lập tỉnh và đón Tết Nguyên đán",
           "V/v rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều",
           "V/v chuẩn bị nội dung phục vụ Đoàn giám sát của Hội đồng nhân dân tỉnh"],
    "TTr": ["Về việc đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn"],
    "BC": ["Tình hình thực hiện chính sách dân tộc năm 2026"],
    "KH": ["Tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027"],
    "NQ": ["Về việc quyết định biên chế công chức trong cơ quan hành chính năm 2027"],
    "TB": ["Kết luận của Chủ tịch Ủy ban nhân dân tại cuộc họp giao ban tháng 11 năm 2026",
           "Lịch tiếp công dân định kỳ của lãnh đạo Sở tháng 12 năm 2026",
           "Về việc tạm ngừng tiếp nhận hồ sơ trực tuyến để nâng cấp hệ thống"],
}
FRESH5_SIGNERS = ["Quách Thị Diệu Linh", "Vi Văn Dũng", "Ông Thị Hằng", "La Minh Khôi", "Sầm Thị Phương"]
# Only in the fresh6 half (issue 18, tenth session; its pools written before any tuning, and the half neither generated
# nor scored until the final code was): organs, a council, a Party committee, subjects and signers no earlier half
# shows, among them organs of Thành phố Hồ Chí Minh whose date line names the place as typed there ("TP. Hồ Chí
# Minh, ngày ..."); and a scan variant none shows: the received stamp printed over the date line (stamp "date").
FRESH6_STATE_ORGANS = [
    ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "UBND", "TP. Hồ Chí Minh"),
    ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "TP. Hồ Chí Minh"),
    ("UBND TỈNH ĐIỆN BIÊN", "SỞ CÔNG THƯƠNG", "SCT", "Điện Biên"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC SỞ HỮU TRÍ TUỆ", "SHTT", "Hà Nội"),
    ("UBND QUẬN GÒ VẤP", "PHÒNG QUẢN LÝ ĐÔ THỊ", "QLĐT", "Gò Vấp"),
    ("", "ỦY BAN NHÂN DÂN HUYỆN CẦN GIỜ", "UBND", "Cần Giờ"),
    ("UBND TỈNH BÌNH DƯƠNG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BQLKCN", "Bình Dương"),
    ("UBND TỈNH HÀ GIANG", "SỞ NGOẠI VỤ", "SNgV", "Hà Giang"),
]
FRESH6_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN HUYỆN HÓC MÔN", "HĐND", "Hóc Môn")]
FRESH6_PARTY_ORGANS = [("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "QUẬN ỦY QUẬN 3", "QU", "TP. Hồ Chí Minh")]
FRESH6_SUBJECTS = {
    "QĐ": ["Về việc phê duyệt danh sách doanh nghiệp được hỗ trợ chuyển đổi số năm 2027",
           "Về việc thu hồi Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lữ hành",
           "Về việc khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua"],
    "CV": ["V/v xin ý kiến về hồ sơ đề nghị cấp văn bằng bảo hộ nhãn hiệu tập thể",
           "V/v tăng cường kiểm tra trật tự xây dựng, lấn chiếm vỉa hè",
           "V/v báo cáo số liệu thương mại điện tử và xuất khẩu hàng hóa qua biên giới"],
    "TTr": ["Về việc đề nghị điều chỉnh quy hoạch chi tiết khu dân cư phía Nam"],
    "BC": ["Công tác thông tin đối ngoại và hợp tác quốc tế năm 2026"],
    "KH": ["Tuyên truyền, phổ biến pháp luật về sở hữu trí tuệ năm 2027"],
    "NQ": ["Về việc đặt tên đường, cầu trên địa bàn huyện đợt 2 năm 2026"],
}
FRESH6_SIGNERS = ["Tôn Nữ Thanh Vân", "Khổng Minh Đức", "Giáp Văn Toàn", "Lục Thị Bích", "Âu Dương Phong"]
# Only in the fresh7 half (issue 18, eleventh session; written and scored once with main's code before any change):
# organs, a council, a Party committee, subjects and signers no earlier half shows, from the two-level local government
# of July 2025 (merged provinces, communes and wards with no district above them, a department of ethnic affairs and
# religion), a university under a regional university and a provincial hospital; typing none shows: the ký hiệu's dash
# turned into an en dash by Word's AutoFormat ("Số: 12/QĐ – UBND", "spacedendash"); and a scan variant none shows:
# the received stamp printed over the organ's second line (stamp "organ").
FRESH7_STATE_ORGANS = [
    ("UBND TỈNH PHÚ THỌ", "SỞ DÂN TỘC VÀ TÔN GIÁO", "SDTTG", "Phú Thọ"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM", "UBND", "Hoàn Kiếm"),
    ("ĐẠI HỌC THÁI NGUYÊN", "TRƯỜNG ĐẠI HỌC NÔNG LÂM", "ĐHNL", "Thái Nguyên"),
    ("SỞ Y TẾ TỈNH TUYÊN QUANG", "BỆNH VIỆN ĐA KHOA TỈNH TUYÊN QUANG", "BVĐK", "Tuyên Quang"),
    ("", "BỘ DÂN TỘC VÀ TÔN GIÁO", "BDTTG", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN XÃ THANH THỦY", "UBND", "Thanh Thủy"),
    ("UBND TỈNH AN GIANG", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "TTPVHCC", "An Giang"),
    ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NGOẠI VỤ VÀ HỢP TÁC QUỐC TẾ", "SNVHTQT", "Hải Phòng"),
]
FRESH7_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG", "HĐND", "Tuyên Quang")]
FRESH7_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG ỦY PHƯỜNG VIỆT TRÌ", "ĐU", "Việt Trì")]
FRESH7_SUBJECTS = {
    "QĐ": ["Về việc thành lập Ban Tiếp công dân của Ủy ban nhân dân phường",
           "Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031",
           "Về việc phê duyệt danh sách người có uy tín trong đồng bào dân tộc thiểu số năm 2027"],
    "CV": ["V/v triển khai cấp căn cước cho người dưới 14 tuổi",
           "V/v chuyển giao hồ sơ, tài liệu của đơn vị hành chính cấp huyện sau sắp xếp",
           "V/v rà soát cơ sở tín ngưỡng, tôn giáo trên địa bàn"],
    "TTr": ["Về việc đề nghị phê duyệt Đề án vị trí việc làm của Trung tâm Phục vụ hành chính công"],
    "BC": ["Kết quả vận hành chính quyền địa phương hai cấp quý I năm 2027"],
    "KH": ["Tuyển sinh đại học chính quy năm 2027"],
    "NQ": ["Về việc thông qua kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030"],
}
FRESH7_SIGNERS = ["Hà Thị Thu Trang", "Nông Văn Chiến", "Sùng A Páo", "Lò Thị Xuân", "Triệu Đức Mạnh"]
# Only in the fresh8 half (issue 18, eleventh session; its pools written before any tuning, and the half neither
# generated nor scored until the final code was): organs, a council, a Party committee, subjects and signers no earlier
# half shows (special zones of 2025, "ĐẶC KHU PHÚ QUỐC"; a ministry's hospital; the statistics office under the Ministry
# of Finance; a province's office, "VĂN PHÒNG ỦY BAN NHÂN DÂN", whose name opens as the received stamp's does); and
# typing none shows: a V/v the typist broke before a preposition ("theo", "về", "của", "cho", "trong", "tại") into two
# paragraphs of the number's cell ("vvprep").
FRESH8_STATE_ORGANS = [
    ("UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "STP", "Đồng Nai"),
    ("BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI", "BVBM", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT", "UBND", "Thủ Dầu Một"),
    ("UBND TỈNH KHÁNH HÒA", "BAN QUẢN LÝ VỊNH NHA TRANG", "BQLVNT", "Nha Trang"),
    ("BỘ TÀI CHÍNH", "CỤC THỐNG KÊ", "CTK", "Hà Nội"),
    ("ĐẠI HỌC ĐÀ NẴNG", "TRƯỜNG ĐẠI HỌC BÁCH KHOA", "ĐHBK", "Đà Nẵng"),
    ("", "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", "UBND", "Phú Quốc"),
    ("UBND TỈNH CAO BẰNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN", "VPUBND", "Cao Bằng"),
]
FRESH8_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN ĐẶC KHU CÔN ĐẢO", "HĐND", "Côn Đảo")]
FRESH8_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẢNG ỦY XÃ HÀ QUẢNG", "ĐU", "Hà Quảng")]
FRESH8_SUBJECTS = {
    "QĐ": ["Về việc phê duyệt danh mục kỹ thuật khám bệnh, chữa bệnh bổ sung",
           "Về việc giao dự toán ngân sách nhà nước năm 2027 cho các đơn vị",
           "Về việc công bố thủ tục hành chính được chuẩn hóa trong lĩnh vực tư pháp"],
    "CV": ["V/v hướng dẫn thực hiện chế độ báo cáo thống kê theo Luật Thống kê sửa đổi",
           "V/v góp ý dự thảo Nghị quyết về chính sách hỗ trợ phát triển đặc khu",
           "V/v đề nghị cung cấp hồ sơ bệnh án của người bệnh chuyển tuyến",
           "V/v báo cáo kết quả tuyển sinh trình độ đại học trong năm 2026"],
    "TTr": ["Về việc đề nghị cấp kinh phí nạo vét luồng tàu vào cảng cá"],
    "BC": ["Kết quả điều tra doanh nghiệp năm 2026 trên địa bàn tỉnh"],
    "KH": ["Phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2027"],
    "NQ": ["Về việc thành lập Ban Pháp chế của Hội đồng nhân dân đặc khu"],
}
FRESH8_SIGNERS = ["Đinh Thị Hải Yến", "Trương Công Định", "Lã Văn Thành", "Nguyễn Thị Út", "Y Bhin Niê"]
# Only in the fresh9 half (issue 18, twelfth session; written and scored once with main's code before any change):
# organs, a council, a Party committee, subjects and signers no earlier half shows, after the reorganisation of 2025
# (a merged province's department and council, a court and a procuracy of the new "khu vực" level, a state
# corporation's unit, a member university of a national university, a ward and a commune with no district above
# them, a department of a ministry merged in 2025); subjects holding another document's number or ending in a number;
# and a layout none shows: the urgency or secrecy mark ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT"), bold in its box,
# under the number line (NĐ 30/2020 Phụ lục I, ô 10a/10b), on half the documents ("mark").
FRESH9_STATE_ORGANS = [
    ("UBND TỈNH NINH BÌNH", "SỞ Y TẾ", "SYT", "Ninh Bình"),
    ("TÒA ÁN NHÂN DÂN TỈNH NINH BÌNH", "TÒA ÁN NHÂN DÂN KHU VỰC 3", "TAKV3", "Ninh Bình"),
    ("VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ HUẾ", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 1", "VKSKV1", "Huế"),
    ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", "EVNCPC", "Đà Nẵng"),
    ("ĐẠI HỌC QUỐC GIA HÀ NỘI", "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", "ĐHKHTN", "Hà Nội"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN", "UBND", "Long Biên"),
    ("", "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG", "UBND", "Bát Tràng"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC BƯU ĐIỆN TRUNG ƯƠNG", "CBĐTW", "Hà Nội"),
]
FRESH9_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH", "HĐND", "Ninh Bình")]
FRESH9_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "ĐU", "Ninh Bình")]
FRESH9_SUBJECTS = {
    "QĐ": ["Về việc thành lập Tổ thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất",
           "Về việc ban hành Quy chế quản lý, vận hành Trung tâm dữ liệu của tỉnh",
           "Về việc điều động, bổ nhiệm công chức lãnh đạo sau hợp nhất tỉnh"],
    "CV": ["V/v thực hiện Kết luận số 127-KL/TW của Bộ Chính trị",
           "V/v cấp điện phục vụ sản xuất vụ Đông Xuân 2026 - 2027",
           "V/v bàn giao trụ sở, tài sản công dôi dư sau sắp xếp"],
    "TTr": ["Về việc đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2027"],
    "BC": ["Tình hình tiếp nhận, giải quyết khiếu nại, tố cáo năm 2026"],
    "KH": ["Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ"],
    "NQ": ["Về việc quyết định số lượng cán bộ, công chức cấp xã năm 2027"],
}
FRESH9_SIGNERS = ["Mạc Thị Thanh Huyền", "Chu Đức Lương", "Thân Văn Khánh", "Ksor Phước", "Doãn Thị Hạnh"]
# Only in the fresh10 half (issue 18, twelfth session; its pools written before any tuning, and the half neither
# generated nor scored until the final code was): organs, a council, a Party committee, subjects and signers no
# earlier half shows (a ministry's department with a letter-and-digit ký hiệu, "C06"; a regional procuracy; a state
# corporation; a member university of a regional university; a provincial tourism department; a ward and a commune of
# 2025), subjects ending in a quoted name or a number; and typing none shows: the trích yếu broken by hand over three
# lines ("subject3": three paragraphs under the type name, or three in the number's cell for a V/v).
FRESH10_STATE_ORGANS = [
    ("UBND TỈNH LÂM ĐỒNG", "SỞ DU LỊCH", "SDL", "Lâm Đồng"),
    ("BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "C06", "Hà Nội"),
    ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH KHÁNH HÒA", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2", "VKSKV2", "Khánh Hòa"),
    ("", "TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM", "ĐSVN", "Hà Nội"),
    ("ĐẠI HỌC HUẾ", "TRƯỜNG ĐẠI HỌC Y - DƯỢC", "ĐHYD", "Huế"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG SA PA", "UBND", "Sa Pa"),
    ("", "ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN", "UBND", "Đồng Văn"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC KHÍ TƯỢNG THỦY VĂN", "KTTV", "Hà Nội"),
]
FRESH10_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG", "HĐND", "Lâm Đồng")]
FRESH10_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY PHƯỜNG NHA TRANG", "ĐU", "Nha Trang")]
FRESH10_SUBJECTS = {
    "QĐ": ["Về việc công nhận điểm du lịch cộng đồng \u201cLàng văn hóa du lịch Cù Lần\u201d",
           "Về việc phê duyệt phương án phòng, chống lũ cho hồ chứa nước Đa Nhim năm 2027",
           "Về việc giao chỉ tiêu cấp căn cước điện tử cho Công an các xã, phường đợt 2"],
    "CV": ["V/v hướng dẫn cấp, quản lý căn cước điện tử theo Nghị định số 70/2024/NĐ-CP",
           "V/v phối hợp tổ chức Lễ hội Hoa Dã Quỳ lần thứ 5",
           "V/v tham gia chiến dịch tình nguyện \u201cMùa hè xanh\u201d năm 2027"],
    "TTr": ["Về việc đề nghị phê duyệt chủ trương đầu tư dự án \u201cĐường vành đai phía Tây\u201d"],
    "BC": ["Kết quả quan trắc khí tượng thủy văn phục vụ mùa khô năm 2026 - 2027"],
    "KH": ["Tổ chức các hoạt động kỷ niệm Ngày Quốc khánh 2/9"],
    "NQ": ["Về việc thông qua Quy hoạch tỉnh Lâm Đồng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"],
}
FRESH10_SIGNERS = ["Bế Thị Hồng Vân", "Ma Văn Lực", "Tòng Thị Phóng", "Nay Y Blang", "Vương Đình Huệ Anh"]
# Only in the fresh11 half (issue 18, thirteenth session; written and scored once with main's code before any change):
# organs, a council, a Party committee, subjects and signers no earlier half shows, after the reorganisation of 2025
# (a merged province's investment-promotion centre and land registry office, a regional social-insurance office, a
# provincial police department's fire brigade, a ward and a commune with no district above them, a merged province's
# council), in places no earlier half names; and a layout none shows: the copy's block ("SAO Y", NĐ 30/2020 Phụ lục
# I, hình thức sao) under a full-width rule at the document's foot, with the copying office's name, its own number
# ("Số: 15/SY-VP"), place and date and its signer, on half the documents ("copy"): none of them is the document's.
FRESH11_STATE_ORGANS = [
    ("UBND TỈNH GIA LAI", "TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH", "TTXTĐT", "Quy Nhơn"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG HỚI", "UBND", "Đồng Hới"),
    ("UBND TỈNH ĐẮK LẮK", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "VPĐKĐĐ", "Buôn Ma Thuột"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC XII", "BHXHKV12", "Hạ Long"),
    ("CÔNG AN TỈNH ĐỒNG NAI", "PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ", "PC07", "Biên Hòa"),
    ("", "ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ", "UBND", "Mường Nhé"),
    ("UBND TỈNH AN GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN GIANG", "SKHCNAG", "Rạch Giá"),
    ("UBND TỈNH HƯNG YÊN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HƯNG YÊN", "BQLKCNHY", "Hưng Yên"),
]
FRESH11_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", "HĐND", "Quy Nhơn")]
FRESH11_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY PHƯỜNG BUÔN MA THUỘT", "ĐU", "Buôn Ma Thuột")]
FRESH11_SUBJECTS = {
    "QĐ": ["Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái Kỳ Co",
           "Về việc điều chỉnh mức đóng bảo hiểm xã hội tự nguyện cho người lao động tự do",
           "Về việc kiện toàn Tổ kiểm tra an toàn phòng cháy, chữa cháy tại các chợ, trung tâm thương mại"],
    "CV": ["V/v đôn đốc cấp đổi Giấy chứng nhận quyền sử dụng đất sau sáp nhập đơn vị hành chính",
           "V/v tuyên truyền chính sách bảo hiểm y tế học sinh, sinh viên năm học 2026 - 2027",
           "V/v kiểm tra điều kiện an toàn phòng cháy đối với nhà ở kết hợp kinh doanh"],
    "TTr": ["Về việc đề nghị hỗ trợ kinh phí xây dựng cầu treo dân sinh bản Huổi Lếch"],
    "BC": ["Kết quả thu hút đầu tư trực tiếp nước ngoài 9 tháng đầu năm 2026"],
    "KH": ["Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu công nghiệp năm 2027"],
    "NQ": ["Về việc đặt tên, đổi tên phường, xã sau sắp xếp đơn vị hành chính"],
}
FRESH11_SIGNERS = ["Rơ Mah Thị Khuyên", "Cầm Văn Thiết", "Hứa Thị Kim Liên", "Y Zuyn Êban", "Khúc Minh Trí"]
# the copying office's name (its parent, itself), its ký hiệu and place, for fresh11's "SAO Y" block
FRESH11_COPIERS = [("UBND TỈNH GIA LAI", "VĂN PHÒNG", "SY-VP", "Quy Nhơn"),
                   ("UBND PHƯỜNG ĐỒNG HỚI", "VĂN PHÒNG HĐND VÀ UBND", "SY-VP", "Đồng Hới"),
                   ("SỞ NỘI VỤ TỈNH ĐẮK LẮK", "PHÒNG VĂN THƯ - LƯU TRỮ", "SY-VTLT", "Buôn Ma Thuột")]
# Only in the fresh12 half (issue 18, thirteenth session; its pools written before any tuning, and the half neither
# generated nor scored until the final code was): organs, a council, a Party committee, subjects and signers no
# earlier half shows (a merged province's ward and special zone, a maritime port authority, a province's IT centre and
# construction project board, a VNPT unit), in places no earlier half names; and a scan variant none shows: the
# received stamp printed across the trích yếu under the type name (stamp "subject"), on half the stamps.
FRESH12_STATE_ORGANS = [
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH", "UBND", "Hạc Thành"),
    ("", "ỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN", "UBND", "Lý Sơn"),
    ("CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM", "CẢNG VỤ HÀNG HẢI VŨNG TÀU", "CVHHVT", "Vũng Tàu"),
    ("UBND TỈNH SƠN LA", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG", "TTCNTT", "Sơn La"),
    ("UBND TỈNH LAI CHÂU", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG", "BQLDADD", "Lai Châu"),
    ("TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "VIỄN THÔNG TÂY NINH", "VNPTTN", "Tây Ninh"),
    ("", "ỦY BAN NHÂN DÂN XÃ SÓC SƠN", "UBND", "Sóc Sơn"),
    ("UBND TỈNH ĐỒNG THÁP", "SỞ XÂY DỰNG TỈNH ĐỒNG THÁP", "SXDĐT", "Cao Lãnh"),
]
FRESH12_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", "HĐND", "Sơn La")]
FRESH12_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY PHƯỜNG HẠC THÀNH", "ĐU", "Hạc Thành")]
FRESH12_SUBJECTS = {
    "QĐ": ["Về việc công bố luồng hàng hải vào cảng biển Cái Mép - Thị Vải",
           "Về việc phê duyệt báo cáo kinh tế - kỹ thuật công trình nhà văn hóa bản Nậm Sỏ",
           "Về việc giao nhiệm vụ vận hành Trung tâm giám sát, điều hành thông minh của tỉnh"],
    "CV": ["V/v bảo đảm thông tin liên lạc phục vụ bầu cử đại biểu Quốc hội khóa XVI",
           "V/v cấp phép cho tàu thuyền ra vào đặc khu trong mùa mưa bão",
           "V/v chuyển đổi dữ liệu hộ tịch lên Cơ sở dữ liệu quốc gia về dân cư"],
    "TTr": ["Về việc đề nghị bổ sung vốn đầu tư công trình kè chống sạt lở bờ sông Tiền"],
    "BC": ["Tình hình an toàn hàng hải và phòng ngừa ô nhiễm môi trường năm 2026"],
    "KH": ["Chuyển đổi số trong cơ quan nhà nước và phát triển chính quyền số năm 2027"],
    "NQ": ["Về việc thông qua danh mục dự án cần thu hồi đất năm 2027 trên địa bàn tỉnh"],
}
FRESH12_SIGNERS = ["Lường Văn Pâng", "Hầu A Lềnh", "Bạch Thị Ngọc Diệp", "Thạch Thị Sa Rươne", "Dương Quang Vĩnh"]
# Only in the fresh13 half (issue 18, fourteenth session; written and scored once with main's code before any change):
# organs, a council, a Party cell, subjects and signers no earlier half shows, with heads no earlier half uses (a
# regional state treasury, a regional political academy, a lower-secondary school, a provincial people's court, a
# regional customs branch, a province's civil judgment enforcement office after 2025, a ward's Party cell "CHI BỘ"), in
# places no earlier half names; and typing none shows: the issuing organ's name broken by hand over three lines under
# its parent ("organ3", names of five words or more).
FRESH13_STATE_ORGANS = [
    ("KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC KHU VỰC VIII", "KBNNKV8", "Phan Thiết"),
    ("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH", "HỌC VIỆN CHÍNH TRỊ KHU VỰC IV", "HVCTKV4", "Ninh Kiều"),
    ("UBND PHƯỜNG VĨNH YÊN", "TRƯỜNG TRUNG HỌC CƠ SỞ LIÊN BẢO", "THCSLB", "Vĩnh Yên"),
    ("", "TÒA ÁN NHÂN DÂN TỈNH AN GIANG", "TA", "Long Xuyên"),
    ("CỤC HẢI QUAN", "CHI CỤC HẢI QUAN KHU VỰC VIII", "CCHQKV8", "Móng Cái"),
    ("", "ỦY BAN NHÂN DÂN PHƯỜNG TAM KỲ", "UBND", "Tam Kỳ"),
    ("BỘ TƯ PHÁP", "THI HÀNH ÁN DÂN SỰ TỈNH BẮC NINH", "THADS", "Kinh Bắc"),
]
FRESH13_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN PHƯỜNG TAM KỲ", "HĐND", "Tam Kỳ")]
FRESH13_PARTY_ORGANS = [("ĐẢNG BỘ PHƯỜNG TAM KỲ", "CHI BỘ KHỐI PHỐ MỸ THẠNH", "CB", "Tam Kỳ")]
FRESH13_SUBJECTS = {
    "QĐ": ["Về việc hoãn thi hành án đối với khoản thu nộp ngân sách nhà nước",
           "Về việc phân công Hội thẩm nhân dân tham gia xét xử năm 2027",
           "Về việc thành lập Hội đồng tuyển sinh lớp 6 năm học 2027 - 2028"],
    "CV": ["V/v đối chiếu số dư tài khoản tiền gửi của các đơn vị sử dụng ngân sách quý IV",
           "V/v tạo thuận lợi thông quan hàng nông sản qua cửa khẩu Bắc Luân II",
           "V/v cử học viên dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4"],
    "TTr": ["Về việc đề nghị phê duyệt dự toán sửa chữa phòng học bộ môn năm 2027"],
    "BC": ["Kết quả giải quyết, xét xử các loại án 6 tháng đầu năm 2027"],
    "KH": ["Kiểm kê, đối chiếu tài sản kết cấu hạ tầng giao thông đường bộ năm 2027"],
    "NQ": ["Về việc thông qua Đề án đặt tên đường, phố trên địa bàn phường năm 2027"],
}
FRESH13_SIGNERS = ["Lò Văn Xuân", "Sầm Văn Khoa", "Giàng A Páo", "Kiều Minh Khôi", "Phí Thị Ngân"]
# Only in the fresh14 half (issue 18, fourteenth session; its pools written before any tuning, and the half neither
# generated nor scored until the final code was): organs, a council, a Party committee, subjects and signers no
# earlier half shows (a tax office of 2025 "THUẾ CƠ SỞ", a merged province's press and broadcaster, a provincial
# procuracy, a kindergarten, a national park, a regional state reserve department, a land development fund, a police
# Party committee), in places no earlier half names; and a layout none shows: the header table printed with its
# borders ("border": every cell ruled, as when a typist leaves Word's default table grid).
FRESH14_STATE_ORGANS = [
    ("THUẾ TỈNH CÀ MAU", "THUẾ CƠ SỞ 3 TỈNH CÀ MAU", "TCS3", "Bạc Liêu"),
    ("UBND TỈNH LÀO CAI", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "BPTTH", "Nghĩa Lộ"),
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH ĐIỆN BIÊN", "VKS", "Mường Thanh"),
    ("UBND PHƯỜNG HOÀNH BỒ", "TRƯỜNG MẦM NON HOA SEN", "MNHS", "Hoành Bồ"),
    ("", "ỦY BAN NHÂN DÂN XÃ BA VÌ", "UBND", "Ba Vì"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VƯỜN QUỐC GIA CÚC PHƯƠNG", "VQGCP", "Cúc Phương"),
    ("BỘ TÀI CHÍNH", "CỤC DỰ TRỮ NHÀ NƯỚC KHU VỰC BẮC TÂY NGUYÊN", "DTNNBTN", "Pleiku"),
    ("UBND TỈNH NINH BÌNH", "QUỸ PHÁT TRIỂN ĐẤT", "QPTĐ", "Hoa Lư"),
]
FRESH14_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN XÃ BA VÌ", "HĐND", "Ba Vì")]
FRESH14_PARTY_ORGANS = [("ĐẢNG BỘ CÔNG AN TRUNG ƯƠNG", "ĐẢNG ỦY CÔNG AN TỈNH ĐIỆN BIÊN", "ĐUCA", "Mường Thanh")]
FRESH14_SUBJECTS = {
    "QĐ": ["Về việc phê duyệt phương án du lịch sinh thái tại phân khu phục hồi sinh thái",
           "Về việc xuất cấp hàng dự trữ quốc gia hỗ trợ gieo trồng sau bão số 3",
           "Về việc giao nhiệm vụ thu ngân sách nhà nước năm 2027 cho các đội thuế"],
    "CV": ["V/v quyết toán thuế thu nhập cá nhân năm 2026 đối với tổ chức chi trả thu nhập",
           "V/v tuyển sinh trẻ mẫu giáo 5 tuổi năm học 2027 - 2028",
           "V/v phối hợp tuyên truyền bầu cử trên sóng phát thanh, truyền hình"],
    "TTr": ["Về việc đề nghị giao đất cho Quỹ phát triển đất tạo quỹ đất tái định cư"],
    "BC": ["Kết quả kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự năm 2026"],
    "KH": ["Bảo tồn loài voọc mông trắng và sinh cảnh giai đoạn 2027 - 2030"],
    "NQ": ["Về việc phân bổ dự toán chi thường xuyên ngân sách xã năm 2027"],
}
FRESH14_SIGNERS = ["Lầu Thị Mỷ", "Tô Hoài Nam", "Quan Văn Thắng", "Hà Thị Kim Oanh", "Trịnh Xuân Lộc"]
# Only in the fresh15 half (issue 18, fifteenth session; written and scored once with main's code before any change):
# organs, a council, a Party board, subjects and signers no earlier half shows, after the reorganisation of 2025, with
# heads no earlier half uses (a farmers' union under the province's Fatherland Front, a social-policy bank's branch, a
# forest-ranger station "HẠT KIỂM LÂM", a market-surveillance team "ĐỘI QUẢN LÝ THỊ TRƯỜNG", a provincial labour
# federation, a provincial library, a merged commune's people's committee, the Party's merged propaganda and mass
# mobilisation board), in places no earlier half names; and typing none shows: a header typed with tabs whose parent
# organ is in regular capitals over the bold issuer, as NĐ 30/2020 prints it ("tabsweight"; the other halves' tabbed
# headers are bold throughout).
FRESH15_STATE_ORGANS = [
    ("ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "HỘI NÔNG DÂN TỈNH VĨNH LONG", "HND", "Trà Vinh"),
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH TUYÊN QUANG", "NHCS", "Minh Xuân"),
    ("CHI CỤC KIỂM LÂM TỈNH LÀO CAI", "HẠT KIỂM LÂM KHU VỰC VĂN CHẤN", "HKLVC", "Văn Chấn"),
    ("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH HƯNG YÊN", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4", "ĐQLTT4", "Kiến Xương"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN", "LĐLĐ", "Phan Đình Phùng"),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KHÁNH HÒA", "THƯ VIỆN TỈNH KHÁNH HÒA", "TV", "Phan Rang"),
    ("", "ỦY BAN NHÂN DÂN XÃ HỒNG QUANG", "UBND", "Hồng Quang"),
]
FRESH15_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN XÃ HỒNG QUANG", "HĐND", "Hồng Quang")]
FRESH15_PARTY_ORGANS = [("TỈNH ỦY THÁI NGUYÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "BTGDVTU", "Phan Đình Phùng")]
FRESH15_SUBJECTS = {
    "QĐ": ["Về việc cho vay vốn hỗ trợ tạo việc làm đối với hộ gia đình vùng đồng bào dân tộc thiểu số",
           "Về việc xử phạt vi phạm hành chính trong kinh doanh hàng hóa nhập lậu",
           "Về việc khen thưởng hội viên nông dân sản xuất, kinh doanh giỏi năm 2027"],
    "CV": ["V/v tăng cường tuần tra, canh gác phòng cháy rừng mùa khô",
           "V/v bổ sung sách, báo phục vụ thư viện cơ sở và điểm bưu điện văn hóa xã",
           "V/v tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động"],
    "TTr": ["Về việc đề nghị cấp bù chênh lệch lãi suất cho vay hộ nghèo năm 2027"],
    "BC": ["Kết quả kiểm tra, kiểm soát thị trường dịp Tết Nguyên đán Đinh Mùi"],
    "KH": ["Tuyên truyền kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ"],
    "NQ": ["Về việc phê duyệt chủ trương xây dựng chợ nông thôn xã Hồng Quang"],
}
FRESH15_SIGNERS = ["Thái Văn Lộc", "Đinh Thị Mai Phương", "Lã Quang Huy", "Y Bhin Niê", "Nguyễn Thị Út"]
# Only in the fresh16 half (issue 18, fifteenth session; its pools written before any tuning, and the half neither
# generated nor scored until the final code was): organs, a council, a Party committee, subjects and signers no earlier
# half shows (a women's union under the Fatherland Front, a province's National Assembly delegation, a national museum,
# a commune police office of 2025, a provincial cooperative alliance, a regional hydro-meteorological station, a social
# sciences institute, a merged commune's people's committee, a provincial Party inspection committee), in places no
# earlier half names; and typing none shows: the motto typed with the old placement of its mark and Word's en dashes in
# the tiêu ngữ ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập – Tự do – Hạnh phúc", "mottoold").
FRESH16_STATE_ORGANS = [
    ("ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI", "HLHPN", "Hội Phú"),
    ("", "ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH AN GIANG", "ĐĐBQH", "Bình Đức"),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BẢO TÀNG LỊCH SỬ QUỐC GIA", "BTLSQG", "Hà Nội"),
    ("CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ LẠC DƯƠNG", "CAX", "Lạc Dương"),
    ("LIÊN MINH HỢP TÁC XÃ VIỆT NAM", "LIÊN MINH HỢP TÁC XÃ TỈNH ĐỒNG NAI", "LMHTX", "Trấn Biên"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC NAM BỘ", "ĐKTTVNB", "Sài Gòn"),
    ("VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "VIỆN NGHIÊN CỨU TÔN GIÁO", "VNCTG", "Cầu Giấy"),
    ("", "ỦY BAN NHÂN DÂN XÃ THƯỜNG TÍN", "UBND", "Thường Tín"),
]
FRESH16_COUNCILS = [("", "HỘI ĐỒNG NHÂN DÂN XÃ THƯỜNG TÍN", "HĐND", "Thường Tín")]
FRESH16_PARTY_ORGANS = [("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ỦY BAN KIỂM TRA TỈNH ỦY", "UBKTTU", "Trấn Biên")]
FRESH16_SUBJECTS = {
    "QĐ": ["Về việc tiếp nhận hiện vật hiến tặng bổ sung vào sưu tập thời kỳ đồ đồng",
           "Về việc thành lập Tổ liên ngành kiểm tra an ninh trật tự tại các khu nhà trọ",
           "Về việc công nhận hợp tác xã nông nghiệp kiểu mới tiêu biểu năm 2027"],
    "CV": ["V/v tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thứ nhất",
           "V/v cảnh báo triều cường và sạt lở bờ biển khu vực ven biển phía Nam",
           "V/v hướng dẫn tổ chức Ngày Phụ nữ Việt Nam 20/10 ở cơ sở"],
    "TTr": ["Về việc đề nghị hỗ trợ kinh phí khảo sát cơ sở thờ tự của đồng bào Khmer"],
    "BC": ["Kết quả giám sát chuyên đề việc thực hiện chính sách bảo hiểm y tế học sinh"],
    "KH": ["Kiểm tra việc chấp hành Điều lệ Đảng đối với tổ chức đảng cấp dưới năm 2027"],
    "NQ": ["Về việc điều chỉnh dự toán thu, chi ngân sách xã Thường Tín năm 2027"],
}
FRESH16_SIGNERS = ["Kpă Thị Hoa", "Danh Sóc Kha", "Lý Thị Bảo Trâm", "Hồ Sĩ Vĩnh", "Cao Thị Ngọc Giàu"]
POOLS = {"state": STATE_ORGANS, "councils": COUNCILS, "subjects": SUBJECTS}
FRESH_POOLS = {"state": STATE_ORGANS + FRESH_STATE_ORGANS, "councils": COUNCILS + FRESH_COUNCILS,
               "subjects": {k: v + FRESH_SUBJECTS[k] for k, v in SUBJECTS.items()}}
# the new organs and subjects twice over, so that most fresh2 documents show something no other half does
FRESH2_POOLS = {"state": STATE_ORGANS + FRESH_STATE_ORGANS + 2 * FRESH2_STATE_ORGANS,
                "councils": COUNCILS + FRESH_COUNCILS + 2 * FRESH2_COUNCILS,
                "subjects": {k: v + FRESH_SUBJECTS[k] + 2 * FRESH2_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "layouts": ["table2", "table1", "tabs", "tabs2", "tabs2"]}
# the new organs, subjects and signers twice over, as for fresh2; every layout; the new typing in the draws below
FRESH3_POOLS = {"state": STATE_ORGANS + FRESH2_STATE_ORGANS + 2 * FRESH3_STATE_ORGANS,
                "councils": COUNCILS + FRESH2_COUNCILS + 2 * FRESH3_COUNCILS,
                "party": PARTY_ORGANS + 2 * FRESH3_PARTY_ORGANS,
                "subjects": {k: v + FRESH2_SUBJECTS[k] + 2 * FRESH3_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "signers": SIGNERS + 2 * FRESH3_SIGNERS,
                "layouts": ["table2", "table1", "tabs", "tabs2"],
                "years": [2026, 2026, 2025],
                "number_styles": ["nocolonspacebefore", "nocolonspacebefore"],
                "date_styles": ["wordsmixed"],
                "kinds": ["CV", "CV", "CV"],
                "vv2": True}
# the new organs, subjects and signers twice over, the fifth seed's among the old, and every other state document
# issued by the next new organ in turn ("cycle"), so that each shows at least once; the new typing in the draws below
# ("qppl": a decision is a legal normative one, its number typed with a leading zero, on half the draws)
FRESH4_POOLS = {"state": STATE_ORGANS + FRESH3_STATE_ORGANS + 2 * FRESH4_STATE_ORGANS,
                "cycle": FRESH4_STATE_ORGANS,
                "councils": COUNCILS + FRESH3_COUNCILS + 2 * FRESH4_COUNCILS,
                "party": PARTY_ORGANS + FRESH3_PARTY_ORGANS + 2 * FRESH4_PARTY_ORGANS,
                "subjects": {k: v + FRESH3_SUBJECTS[k] + 2 * FRESH4_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "signers": SIGNERS + FRESH3_SIGNERS + 2 * FRESH4_SIGNERS,
                "layouts": ["table2", "table1", "tabs", "tabs2"],
                "years": [2026, 2026, 2025],
                "number_styles": ["doublespace", "doublespace"],
                "date_styles": ["blankday", "wordsmixed"],
                "kinds": ["KH", "QĐ"],
                "qppl": True}
# the new organs, subjects and signers twice over, the sixth seed's among the old, each new organ in turn on every
# other state document; Thông báo twice as often as any other type; "spaceboth" in the draws below
FRESH5_POOLS = {"state": STATE_ORGANS + FRESH4_STATE_ORGANS + 2 * FRESH5_STATE_ORGANS,
                "cycle": FRESH5_STATE_ORGANS,
                "councils": COUNCILS + FRESH4_COUNCILS + 2 * FRESH5_COUNCILS,
                "party": PARTY_ORGANS + FRESH4_PARTY_ORGANS + 2 * FRESH5_PARTY_ORGANS,
                "subjects": {k: SUBJECTS.get(k, []) + FRESH4_SUBJECTS.get(k, []) + 2 * FRESH5_SUBJECTS[k]
                             for k in FRESH5_SUBJECTS},
                "signers": SIGNERS + FRESH4_SIGNERS + 2 * FRESH5_SIGNERS,
                "layouts": ["table2", "table1", "tabs", "tabs2"],
                "years": [2026, 2026, 2025],
                "number_styles": ["spaceboth", "spaceboth"],
                "kinds": ["TB", "TB"]}
# the new organs, subjects and signers twice over, the seventh seed's among the old, each new organ in turn on every
# other state document; half of the received stamps printed over the date line ("stamp_on_date")
FRESH6_POOLS = {"state": STATE_ORGANS + FRESH5_STATE_ORGANS + 2 * FRESH6_STATE_ORGANS,
                "cycle": FRESH6_STATE_ORGANS,
                "councils": COUNCILS + FRESH5_COUNCILS + 2 * FRESH6_COUNCILS,
                "party": PARTY_ORGANS + FRESH5_PARTY_ORGANS + 2 * FRESH6_PARTY_ORGANS,
                "subjects": {k: v + FRESH5_SUBJECTS[k] + 2 * FRESH6_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "signers": SIGNERS + FRESH5_SIGNERS + 2 * FRESH6_SIGNERS,
                "layouts": ["table2", "table1", "tabs", "tabs2"],
                "years": [2026, 2027, 2027],
                "kinds": ["CV", "QĐ"],
                "stamp_on_date": True}
# the new organs, subjects and signers twice over, the eighth seed's among the old, each new organ in turn on every
# other state document; half of the received stamps printed over the organ's second line ("stamp_on_organ"); the
# en-dash ký hiệu in the draws below
FRESH7_POOLS = {"state": STATE_ORGANS + FRESH6_STATE_ORGANS + 2 * FRESH7_STATE_ORGANS,
                "cycle": FRESH7_STATE_ORGANS,
                "councils": COUNCILS + FRESH6_COUNCILS + 2 * FRESH7_COUNCILS,
                "party": PARTY_ORGANS + FRESH6_PARTY_ORGANS + 2 * FRESH7_PARTY_ORGANS,
                "subjects": {k: v + FRESH6_SUBJECTS[k] + 2 * FRESH7_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "signers": SIGNERS + FRESH6_SIGNERS + 2 * FRESH7_SIGNERS,
                "layouts": ["table2", "table1", "tabs", "tabs2"],
                "years": [2026, 2027, 2027],
                "number_styles": ["spacedendash", "spacedendash"],
                "kinds": ["CV", "QĐ"],
                "stamp_on_organ": True}
# the new organs, subjects and signers twice over, the ninth seed's among the old, each new organ in turn on every
# other state document; công văn twice as often, their V/v broken before a preposition in a table's cell ("vvprep")
FRESH8_POOLS = {"state": STATE_ORGANS + FRESH7_STATE_ORGANS + 2 * FRESH8_STATE_ORGANS,
                "cycle": FRESH8_STATE_ORGANS,
                "councils": COUNCILS + FRESH7_COUNCILS + 2 * FRESH8_COUNCILS,
                "party": PARTY_ORGANS + FRESH7_PARTY_ORGANS + 2 * FRESH8_PARTY_ORGANS,
                "subjects": {k: v + FRESH7_SUBJECTS[k] + 2 * FRESH8_SUBJECTS[k] for k, v in SUBJECTS.items()},
                "signers": SIGNERS + FRESH7_SIGNERS + 2 * FRESH8_SIGNERS,
                "layouts": ["table2", "table1", "table2", "tabs"],
                "years": [2026, 2027, 2027],
                "kinds": ["CV", "CV", "CV"],
                "vvprep": True}
def successor_pools(old, new, layouts, **variant):
    """A half's pools as fresh9 and every later seed write theirs: the new organs, subjects and signers twice over,
    the previous seed's among the old, each new organ in turn on every other state document, years 2026-2027, and the
    half's own typing or layout variant. OLD and NEW are (state organs, councils, Party organs, subjects, signers)."""
    state, councils, party, subjects, signers = new
    old_state, old_councils, old_party, old_subjects, old_signers = old
    return {"state": STATE_ORGANS + old_state + 2 * state, "cycle": state,
            "councils": COUNCILS + old_councils + 2 * councils,
            "party": PARTY_ORGANS + old_party + 2 * party,
            "subjects": {k: v + old_subjects[k] + 2 * subjects[k] for k, v in SUBJECTS.items()},
            "signers": SIGNERS + old_signers + 2 * signers,
            "layouts": layouts, "years": [2026, 2027, 2027], **variant}


FRESH8 = (FRESH8_STATE_ORGANS, FRESH8_COUNCILS, FRESH8_PARTY_ORGANS, FRESH8_SUBJECTS, FRESH8_SIGNERS)
FRESH9 = (FRESH9_STATE_ORGANS, FRESH9_COUNCILS, FRESH9_PARTY_ORGANS, FRESH9_SUBJECTS, FRESH9_SIGNERS)
FRESH10 = (FRESH10_STATE_ORGANS, FRESH10_COUNCILS, FRESH10_PARTY_ORGANS, FRESH10_SUBJECTS, FRESH10_SIGNERS)
FRESH11 = (FRESH11_STATE_ORGANS, FRESH11_COUNCILS, FRESH11_PARTY_ORGANS, FRESH11_SUBJECTS, FRESH11_SIGNERS)
FRESH12 = (FRESH12_STATE_ORGANS, FRESH12_COUNCILS, FRESH12_PARTY_ORGANS, FRESH12_SUBJECTS, FRESH12_SIGNERS)
FRESH13 = (FRESH13_STATE_ORGANS, FRESH13_COUNCILS, FRESH13_PARTY_ORGANS, FRESH13_SUBJECTS, FRESH13_SIGNERS)
FRESH14 = (FRESH14_STATE_ORGANS, FRESH14_COUNCILS, FRESH14_PARTY_ORGANS, FRESH14_SUBJECTS, FRESH14_SIGNERS)
FRESH15 = (FRESH15_STATE_ORGANS, FRESH15_COUNCILS, FRESH15_PARTY_ORGANS, FRESH15_SUBJECTS, FRESH15_SIGNERS)
FRESH16 = (FRESH16_STATE_ORGANS, FRESH16_COUNCILS, FRESH16_PARTY_ORGANS, FRESH16_SUBJECTS, FRESH16_SIGNERS)
# the urgency or secrecy mark under the number line on half the documents ("mark")
FRESH9_POOLS = successor_pools(FRESH8, FRESH9, ["table2", "table1", "tabs", "tabs2"], mark=True)
# every trích yếu typed over three lines ("subject3")
FRESH10_POOLS = successor_pools(FRESH9, FRESH10, ["table2", "table1", "tabs", "tabs2"], subject3=True)
# the copy's "SAO Y" block at the foot of half the documents ("copy")
FRESH11_POOLS = successor_pools(FRESH10, FRESH11, ["table2", "table1", "tabs", "tabs2"], copy=True)
# half of the received stamps printed across the trích yếu ("stamp_on_subject")
FRESH12_POOLS = successor_pools(FRESH11, FRESH12, ["table2", "table1", "tabs", "tabs2"], stamp_on_subject=True)
# a long issuing organ's name typed over three lines ("organ3")
FRESH13_POOLS = successor_pools(FRESH12, FRESH13, ["table2", "table1", "tabs", "tabs2"], organ3=True)
# the header table printed with its borders ("border"), tables drawn more often
FRESH14_POOLS = successor_pools(FRESH13, FRESH14, ["table2", "table1", "table2", "tabs"], border=True)
# the tabbed header's parent organ in regular capitals over the bold issuer ("tabsweight"), tabbed headers drawn more often
FRESH15_POOLS = successor_pools(FRESH14, FRESH15, ["table2", "tabs", "tabs2", "tabs"], tabsweight=True)
# the motto typed "CỘNG HOÀ" and the tiêu ngữ with en dashes ("mottoold")
FRESH16_POOLS = successor_pools(FRESH15, FRESH16, ["table2", "table1", "tabs", "tabs2"], mottoold=True)

def make(rng, index, half, pools=POOLS):
    kind = rng.choice(["QĐ", "QĐ", "CV", "CV", "TTr", "BC", "KH", "NQ", "BCĐ"] + pools.get("kinds", []))
    party = kind == "BCĐ"
    if party:
        parent, organ, abbr, place = rng.choice(pools.get("party", PARTY_ORGANS))
        kind_code = "BC"
    elif kind == "NQ":
        parent, organ, abbr, place = rng.choice(pools["councils"])
        kind_code = "NQ"
    else:
        parent, organ, abbr, place = rng.choice(pools["state"])
        if "cycle" in pools and index % 2 == 0:
            parent, organ, abbr, place = pools["cycle"][(index // 2 - 1) % len(pools["cycle"])]
        kind_code = kind
    number = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 3999)])
    year = rng.choice(pools["years"]) if "years" in pools else 2025 if rng.random() < 0.8 else 2024
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    if party:
        notation = f"BC/{abbr}"
        number_style = "party"
    elif kind == "NQ":
        notation = f"{year}/NQ-{abbr}"
        number_style = rng.choice(["plain", "plain", "spacebefore"])
    elif kind == "CV":
        notation = f"{abbr}-VP" if abbr not in ("UBND",) else "UBND-VP"
        number_style = rng.choice(["plain", "plain", "nocolonspace", "nocolon", "spacebefore", "spaced"]
                                  + pools.get("number_styles", []))
    else:
        notation = f"{kind_code}-{abbr}"
        number_style = rng.choice(["plain", "plain", "nocolonspace", "nocolon", "spacebefore", "spaced", "blank"]
                                  + pools.get("number_styles", []))
    # a legal normative decision: the year in its ký hiệu, a small number typed with its zero ("05/2026/QĐ-UBND")
    qppl = pools.get("qppl", False) and kind == "QĐ" and rng.random() < 0.5
    if qppl:
        notation = f"{year}/QĐ-{abbr}"
        number = number % 60 + 1
        number_style = rng.choice(["doublespace", number_style])
    printed_number = f"{number:02d}" if qppl else str(number)
    date_style = rng.choice(["words0", "words", "words", "digits"] + pools.get("date_styles", [])
                            + (["blank"] if number_style == "blank" else []))
    subject = rng.choice(pools["subjects"][kind_code])
    layout = rng.choice(pools.get("layouts", ["table2", "table1", "tabs"]))
    fmt = rng.choice(["docx", "docx", "pdf", "pdf", "html"])
    if fmt == "html" and layout in ("tabs", "tabs2"):
        layout = "table2"
    signer = rng.choice(pools.get("signers", SIGNERS))
    if party:
        authority, title = "T/M BAN THƯỜNG VỤ", rng.choice(["BÍ THƯ", "PHÓ BÍ THƯ"])
    elif kind == "NQ":
        authority, title = None, "CHỦ TỊCH"
    elif organ.startswith("ỦY BAN"):
        authority, title = rng.choice([("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")])
    else:
        authority, title = rng.choice([(None, "GIÁM ĐỐC"), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                                       (None, "CỤC TRƯỞNG" if organ.startswith("CỤC") else "TRƯỞNG PHÒNG"
                                        if organ.startswith("PHÒNG") else "GIÁM ĐỐC")])
    name = f"{half}-{index:02d}-{kind_code.lower().replace('đ', 'd')}"
    truth = {
        "document": name,
        "typeName": TYPE_NAMES[kind_code][1],
        "codeNumber": "" if number_style == "blank" else printed_number,
        "codeNotation": notation,
        "issuedDate": "" if date_style in ("blank", "blankday") else f"{day:02d}/{month:02d}/{year}",
        "organName": organ,
        "subject": subject,
        "signerName": signer,
    }
    doc = {
        "name": name, "kind": kind_code, "party": party, "parent": parent, "organ": organ, "place": place,
        "number_line": number_text(number_style, None if number_style == "blank" else printed_number, notation),
        "date_line": f"{place}, {date_text(rng, day, month, year, date_style)}",
        "subject": subject, "layout": layout, "format": fmt, "authority": authority, "title": title,
        "signer": signer, "body": body(rng, kind_code, organ),
        "stamp": rng.random() < 0.5,
        # a V/v the typist broke over two paragraphs of the number's cell (a tab-typed header wraps it anyway)
        "vv2": pools.get("vv2", False) and kind_code == "CV" and layout.startswith("table"),
        # fresh8: a V/v broken before a preposition into two paragraphs of the number's cell
        "vvprep": pools.get("vvprep", False) and kind_code == "CV" and layout.startswith("table"),
    }
    # fresh6: the received stamp printed over the date line instead of under the number line, on half the stamps
    if doc["stamp"] and pools.get("stamp_on_date") and rng.random() < 0.5:
        doc["stamp"] = "date"
    # fresh7: the received stamp printed over the organ's second line, on half the stamps
    if doc["stamp"] and pools.get("stamp_on_organ") and rng.random() < 0.5:
        doc["stamp"] = "organ"
    # fresh9: the urgency or secrecy mark under the number line, on half the documents (drawn last: no other half's
    # draws move)
    doc["mark"] = rng.choice(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT"]) if pools.get("mark") and rng.random() < 0.5 else None
    # fresh10: the trích yếu broken by hand over three lines
    doc["subject3"] = pools.get("subject3", False)
    # fresh11: the copy's "SAO Y" block at the foot, on half the documents (drawn last: no other half's draws move)
    doc["copy"] = None
    if pools.get("copy") and rng.random() < 0.5:
        parent_c, office, sy, place_c = rng.choice(FRESH11_COPIERS)
        copied = f"{place_c}, ngày {rng.randint(1, 28):02d} tháng {rng.randint(1, 12):02d} năm {year}"
        doc["copy"] = {"parent": parent_c, "office": office, "number": f"Số: {rng.randint(1, 199)}/{sy}",
                       "date_line": copied, "title": "CHÁNH VĂN PHÒNG" if office.startswith("VĂN") else "TRƯỞNG PHÒNG",
                       "signer": rng.choice(FRESH11_SIGNERS)}
    # fresh12: the received stamp printed across the trích yếu, on half the stamps
    if doc["stamp"] is True and pools.get("stamp_on_subject") and rng.random() < 0.5:
        doc["stamp"] = "subject"
    # fresh13: a long issuing organ's name broken by hand over three lines; fresh14: the header table's borders printed
    doc["organ3"] = pools.get("organ3", False) and len(organ.split(" ")) >= 5
    doc["border"] = pools.get("border", False) and layout.startswith("table")
    # fresh15: a tabbed header's parent in regular capitals; fresh16: the motto typed the old way
    doc["tabsweight"] = pools.get("tabsweight", False) and layout in ("tabs", "tabs2") and bool(parent)
    doc["mottoold"] = pools.get("mottoold", False) and not party
    layout_fact = (layout + ("+vv2" if doc["vv2"] else "") + ("+vvprep" if doc["vvprep"] else "")
                   + ("+mark" if doc["mark"] else "") + ("+subject3" if doc["subject3"] else "")
                   + ("+copy" if doc["copy"] else "") + ("+organ3" if doc["organ3"] else "")
                   + ("+border" if doc["border"] else "") + ("+tabsweight" if doc["tabsweight"] else "")
                   + ("+mottoold" if doc["mottoold"] else ""))
    facts = {"format": fmt, "layout": layout_fact, "numberStyle": number_style, "dateStyle": date_style,
             "stamp": doc["stamp"] if doc["stamp"] in ("date", "organ", "subject") else "yes" if doc["stamp"] else "no"}
    return doc, truth, facts


def body(rng, kind, organ):
    paragraphs = []
    if kind in ("QĐ", "NQ"):
        paragraphs += [("p", line) for line in rng.sample(BODY, 3)]
        paragraphs.append(("p", "Theo đề nghị của Chánh Văn phòng."))
        paragraphs.append(("c", "QUYẾT ĐỊNH:" if kind == "QĐ" else "QUYẾT NGHỊ:"))
        for i, text in enumerate(rng.sample(PARAGRAPHS, 3), 1):
            paragraphs.append(("p", f"Điều {i}. {text}"))
    elif kind == "CV":
        paragraphs.append(("c", "Kính gửi: Các cơ quan, đơn vị trực thuộc."))
        paragraphs.append(("p", CV_BODY.format(n=rng.randint(100, 2999), s="SNV-VTLT", d=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2025",
                                               o="Sở Nội vụ", me=organ.title())))
        for i, text in enumerate(rng.sample(PARAGRAPHS, 2), 1):
            paragraphs.append(("p", f"{i}. {text}"))
    else:
        paragraphs.append(("p", "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh, "
                                "cơ quan báo cáo như sau:" if kind == "BC" else
                                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;"))
        paragraphs.append(("b", "I. MỤC ĐÍCH, YÊU CẦU" if kind != "BC" else "I. KẾT QUẢ THỰC HIỆN"))
        for text in rng.sample(PARAGRAPHS, 2):
            paragraphs.append(("p", text))
        paragraphs.append(("b", "II. TỔ CHỨC THỰC HIỆN"))
        paragraphs.append(("p", rng.choice(PARAGRAPHS)))
    return paragraphs


# ---- DOCX

def run(text, bold=False, italic=False, size=26):
    props = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    props += "<w:b/>" if bold else ""
    props += "<w:i/>" if italic else ""
    props += f"<w:sz w:val=\"{size}\"/>"
    parts = text.split("\t")
    xml = ""
    for i, part in enumerate(parts):
        if i:
            xml += f"<w:r><w:rPr>{props}</w:rPr><w:tab/></w:r>"
        if part:
            xml += f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{escape(part)}</w:t></w:r>"
    return xml


def para(runs, align="both", tab=None, before=0, after=60, indent=False):
    ppr = f"<w:jc w:val=\"{align}\"/><w:spacing w:before=\"{before}\" w:after=\"{after}\"/>"
    if tab:
        ppr = f"<w:tabs><w:tab w:val=\"center\" w:pos=\"{tab}\"/></w:tabs>" + ppr
    if indent:
        ppr += "<w:ind w:firstLine=\"567\"/>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def cell(width, paragraphs):
    return (f"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>" + "".join(paragraphs) + "</w:tc>")


def table(rows, widths, border=False):
    grid = "".join(f"<w:gridCol w:w=\"{w}\"/>" for w in widths)
    line = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" if border else "w:val=\"nil\""
    sides = "".join(f"<w:{side} {line}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    xml = ("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>" + sides +
           f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>")
    for row in rows:
        xml += "<w:tr>" + "".join(cell(w, c) for w, c in zip(widths, row)) + "</w:tr>"
    return xml + "</w:tbl>"


def left_organ_lines(doc):
    lines = []
    if doc["parent"]:
        lines += [(level, False) for level in doc["parent"].split("\n")]
    if doc.get("organ3"):
        lines += [(part, True) for part in thirds(doc["organ"])]
    else:
        lines.append((doc["organ"], True))
    return lines


def mottos(doc):
    """The motto and the tiêu ngữ as the document types them (fresh16's "mottoold": the mark placed the old way, "HOÀ",
    and the tiêu ngữ's dashes turned into en dashes by Word's AutoFormat)."""
    if doc["party"]:
        return "ĐẢNG CỘNG SẢN VIỆT NAM", None
    if doc.get("mottoold"):
        return "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập \u2013 Tự do \u2013 Hạnh phúc"
    return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"


def header_docx(doc):
    motto, motto2 = mottos(doc)
    vv = doc["subject"] if doc["kind"] == "CV" else None
    if doc["layout"] in ("tabs", "tabs2"):
        # one paragraph per header row, the right column on a centred tab stop, as many offices type it
        rows = []
        organ_rows = []
        for text, bold in left_organ_lines(doc):
            # fresh15: the parent's rows in regular capitals; every other half types the tabbed header bold throughout
            weight = bold or not doc.get("tabsweight")
            organ_rows += [(part, weight) for part in ([text] if bold and doc.get("organ3") else wrap(text, 24))]
        right = [motto] + ([] if doc["party"] else [motto2])
        for i in range(max(len(organ_rows), len(right))):
            l, weight = organ_rows[i] if i < len(organ_rows) else ("", True)
            r = right[i] if i < len(right) else ""
            rows.append(para(run(l, bold=weight, size=24) + run("\t" + r, bold=True, size=24), "left", tab=6400, after=0))
        rows.append(para(run("\t" + "_" * 12, size=24) if not doc["party"] else run("*"), "left", tab=6400, after=120))
        if doc["layout"] == "tabs2":
            # the number line alone, the place and date on a paragraph of its own below it, on the tab stop
            rows.append(para(run(doc["number_line"], size=26), "left", after=0))
            rows.append(para(run("\t" + doc["date_line"], italic=True, size=26), "left", tab=6400, after=60))
        else:
            rows.append(para(run(doc["number_line"], size=26) + run("\t" + doc["date_line"], italic=True, size=26),
                             "left", tab=6400, after=60))
        if vv:
            for part in (thirds(vv) if doc.get("subject3") else wrap(vv, 34)):
                rows.append(para(run(part, size=24), "left", after=0))
        if doc.get("mark"):
            rows.append(mark_para(doc["mark"], "left"))
        return "".join(rows)
    left = [para(run(text, bold=bold, size=24 if not bold else 26), "center", after=0) for text, bold in left_organ_lines(doc)]
    left.append(para(run("*" if doc["party"] else "_______", bold=True), "center", after=60))
    number = [para(run(doc["number_line"], size=26), "center", after=0)]
    if vv:
        number += [para(run(line, size=24), "center", after=0) for line in vv_lines(doc)]
    if doc.get("mark"):
        number.append(mark_para(doc["mark"], "center"))
    right = [para(run(motto, bold=True, size=24), "center", after=0)]
    if not doc["party"]:
        right.append(para(run(motto2, bold=True, size=26), "center", after=0))
        right.append(para(run("_______________________", bold=True, size=20), "center", after=60))
    date = [para(run(doc["date_line"], italic=True, size=26), "center", after=0)]
    if doc["layout"] == "table1":
        return table([[left + number, right + date]], [3800, 5800], doc.get("border", False))
    return table([[left, right], [number, date]], [3800, 5800], doc.get("border", False))


def mark_para(mark, align):
    """The urgency or secrecy mark (NĐ 30/2020 Phụ lục I, ô 10a/10b): bold capitals in a box under the number line."""
    box = "".join(f"<w:{side} w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/>"
                  for side in ("top", "left", "bottom", "right"))
    indent = "<w:ind w:left=\"1100\" w:right=\"1100\"/>" if align == "center" else "<w:ind w:left=\"300\" w:right=\"6600\"/>"
    ppr = f"<w:pBdr>{box}</w:pBdr><w:spacing w:before=\"120\" w:after=\"60\"/>{indent}<w:jc w:val=\"center\"/>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(mark, bold=True, size=26)}</w:p>"


def thirds(text):
    """A trích yếu broken by hand over three lines at the word nearest each third (fresh10's "subject3")."""
    words = text.split(" ")
    a, b = max(1, round(len(words) / 3)), max(2, round(2 * len(words) / 3))
    return [" ".join(words[:a]), " ".join(words[a:b]), " ".join(words[b:])]


def vv_lines(doc):
    """The V/v as typed in the number's cell: one paragraph, or two broken near its middle (fresh3's "vv2"), or two
    broken before its first preposition past the third word (fresh8's "vvprep")."""
    if doc.get("subject3"):
        return thirds(doc["subject"])
    if doc.get("vvprep"):
        words = doc["subject"].split(" ")
        for i in range(3, len(words)):
            if words[i] in ("theo", "về", "của", "cho", "trong", "tại"):
                return [" ".join(words[:i]), " ".join(words[i:])]
        return [doc["subject"]]
    if not doc.get("vv2"):
        return [doc["subject"]]
    words = doc["subject"].split(" ")
    half = len(words) // 2
    return [" ".join(words[:half]), " ".join(words[half:])]


def wrap(text, width):
    words = text.split(" ")
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word).strip()
    lines.append(line)
    return lines


def footer_docx(doc):
    recipients = [para(run("Nơi nhận:", bold=True, italic=True, size=24), "left", after=0)]
    for item in ["- Như trên;", "- Thường trực HĐND, UBND;", "- Lưu: VT, VP."]:
        recipients.append(para(run(item, size=22), "left", after=0))
    sign = []
    if doc["authority"]:
        sign.append(para(run(doc["authority"], bold=True), "center", after=0))
    sign.append(para(run(doc["title"], bold=True), "center", after=1200))
    sign.append(para(run(doc["signer"], bold=True), "center", after=0))
    return table([[recipients, sign]], [4600, 5000])


def copy_docx(copy):
    """The copy's block (NĐ 30/2020 Phụ lục I, hình thức sao): under a rule across the page, the copying office and
    its own number on the left, "SAO Y", its place and date, and its signer on the right (fresh11's "copy")."""
    rule = para(run(""), "left", before=240, after=60).replace(
        "<w:pPr>", "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>")
    left = [para(run(copy["parent"], size=24), "center", after=0), para(run(copy["office"], bold=True, size=24), "center", after=0),
            para(run(copy["number"], size=26), "center", after=60),
            para(run("Nơi nhận:", bold=True, italic=True, size=24), "left", after=0),
            para(run("- Như trên;", size=22), "left", after=0), para(run("- Lưu: VT.", size=22), "left", after=0)]
    right = [para(run("SAO Y", bold=True, size=26), "center", after=0),
             para(run(copy["date_line"], italic=True, size=26), "center", after=60),
             para(run(copy["title"], bold=True), "center", after=900), para(run(copy["signer"], bold=True), "center", after=0)]
    return rule + table([[left, right]], [4200, 5400])


def document_docx(doc):
    parts = [header_docx(doc)]
    type_name = TYPE_NAMES[doc["kind"]][0]
    if type_name:
        parts.append(para(run(type_name, bold=True, size=28), "center", before=240, after=0))
        for line in (thirds(doc["subject"]) if doc.get("subject3") else wrap(doc["subject"], 60)):
            parts.append(para(run(line, bold=True), "center", after=0))
        parts.append(para(run("_________", bold=True), "center", after=120))
    else:
        parts.append(para(run(""), "left", after=120))
    for style, text in doc["body"]:
        if style == "c":
            parts.append(para(run(text, bold=doc["kind"] != "CV"), "center", before=120, after=120))
        elif style == "b":
            parts.append(para(run(text, bold=True), "left", after=60, indent=True))
        else:
            parts.append(para(run(text), "both", after=60, indent=True))
    parts.append(para(run(""), "left", after=120))
    parts.append(footer_docx(doc))
    if doc.get("copy"):
        parts.append(copy_docx(doc["copy"]))
    body_xml = "".join(parts)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body_xml +
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" "
            "w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")


def write_docx(path, doc):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                   "</Types>")
        z.writestr("_rels/.rels",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                   "</Relationships>")
        z.writestr("word/document.xml", document_docx(doc))


# ---- HTML

def write_html(path, doc):
    h = escape
    motto, motto2 = mottos(doc)
    bold_style = ' style="font-weight:bold"'
    left = "".join(f"<div{bold_style if bold else ''}>{h(t)}</div>" for t, bold in left_organ_lines(doc))
    left += "<div>" + ("*" if doc["party"] else "_______") + "</div>"
    number = f"<div>{h(doc['number_line'])}</div>"
    if doc["kind"] == "CV":
        number += "".join(f"<div>{h(line)}</div>" for line in vv_lines(doc))
    if doc.get("mark"):
        number += f"<div style=\"display:inline-block;border:1px solid black;padding:0 6px;font-weight:bold\">{h(doc['mark'])}</div>"
    right = f"<div style=\"font-weight:bold\">{h(motto)}</div>"
    if not doc["party"]:
        right += f"<div style=\"font-weight:bold\">{h(motto2)}</div><div>_______________</div>"
    date = f"<div style=\"font-style:italic\">{h(doc['date_line'])}</div>"
    if doc["layout"] == "table1":
        header = f"<table style=\"width:100%\"><tr><td style=\"width:40%;text-align:center\">{left}{number}</td><td style=\"text-align:center\">{right}{date}</td></tr></table>"
    else:
        header = (f"<table style=\"width:100%\"><tr><td style=\"width:40%;text-align:center\">{left}</td><td style=\"text-align:center\">{right}</td></tr>"
                  f"<tr><td style=\"text-align:center\">{number}</td><td style=\"text-align:center\">{date}</td></tr></table>")
    if doc.get("border"):  # fresh14: every cell ruled
        header = header.replace("<table style=\"width:100%\">", "<table style=\"width:100%;border-collapse:collapse\">").replace(
            "<td style=\"", "<td style=\"border:1px solid black;")
    out = [header]
    type_name = TYPE_NAMES[doc["kind"]][0]
    if type_name:
        subject = "<br>".join(h(line) for line in thirds(doc["subject"])) if doc.get("subject3") else h(doc["subject"])
        out.append(f"<p style=\"text-align:center;font-weight:bold\">{h(type_name)}<br>{subject}</p>")
    for style, text in doc["body"]:
        tag = "p style=\"text-align:center;font-weight:bold\"" if style == "c" else "p"
        out.append(f"<{tag}>{h(text)}</p>")
    sign = (f"<div>{h(doc['authority'])}</div>" if doc["authority"] else "") + f"<div>{h(doc['title'])}</div><br><br><br><div>{h(doc['signer'])}</div>"
    out.append("<table style=\"width:100%\"><tr><td style=\"width:45%\"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT, VP.</td>"
               f"<td style=\"text-align:center;font-weight:bold\">{sign}</td></tr></table>")
    if doc.get("copy"):
        c = doc["copy"]
        out.append("<hr>" f"<table style=\"width:100%\"><tr><td style=\"width:45%;text-align:center\"><div>{h(c['parent'])}</div>"
                   f"<div style=\"font-weight:bold\">{h(c['office'])}</div><div>{h(c['number'])}</div></td>"
                   f"<td style=\"text-align:center\"><div style=\"font-weight:bold\">SAO Y</div>"
                   f"<div style=\"font-style:italic\">{h(c['date_line'])}</div><div style=\"font-weight:bold\">{h(c['title'])}</div>"
                   f"<br><br><div style=\"font-weight:bold\">{h(c['signer'])}</div></td></tr></table>")
    html = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + h(doc["name"]) +
            "</title><style>body{font-family:'Times New Roman',serif;font-size:13pt}</style></head><body>" + "".join(out) + "</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


FIELDS = ["document", "typeName", "codeNumber", "codeNotation", "issuedDate", "organName", "subject", "signerName"]
FACTS = ["format", "layout", "numberStyle", "dateStyle", "stamp"]


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    only = sys.argv[3:]  # the halves to write (run.sh names the one it scores, so fresh6 stays unmade until scored)
    for half, seed in (("tune", 18_2025), ("heldout", 30_2020), ("fresh", 6_1206), ("fresh2", 7_1207), ("fresh3", 8_1207),
                       ("fresh4", 9_1207), ("fresh5", 10_1207), ("fresh6", 11_1207),
                       ("fresh7", 12_1207), ("fresh8", 13_1207), ("fresh9", 14_1207), ("fresh10", 15_1207),
                       ("fresh11", 16_1207), ("fresh12", 17_1207), ("fresh13", 18_1207), ("fresh14", 19_1207),
                       ("fresh15", 20_1207), ("fresh16", 21_1207)):
        if only and half not in only:
            continue
        rng = random.Random(seed)
        pools = {"fresh": FRESH_POOLS, "fresh2": FRESH2_POOLS, "fresh3": FRESH3_POOLS, "fresh4": FRESH4_POOLS,
                 "fresh5": FRESH5_POOLS, "fresh6": FRESH6_POOLS, "fresh7": FRESH7_POOLS,
                 "fresh8": FRESH8_POOLS, "fresh9": FRESH9_POOLS, "fresh10": FRESH10_POOLS,
                 "fresh11": FRESH11_POOLS, "fresh12": FRESH12_POOLS, "fresh13": FRESH13_POOLS,
                 "fresh14": FRESH14_POOLS, "fresh15": FRESH15_POOLS, "fresh16": FRESH16_POOLS}.get(half, POOLS)
        folder = os.path.join(out, half)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "truth.tsv"), "w", encoding="utf-8") as tsv:
            tsv.write("# A clerk's reading of each generated document (generate.py); then how it was laid out.\n")
            tsv.write("\t".join(FIELDS + FACTS) + "\n")
            for i in range(1, count + 1):
                doc, truth, facts = make(rng, i, half, pools)
                if doc["format"] == "html":
                    write_html(os.path.join(folder, doc["name"] + ".html"), doc)
                else:
                    write_docx(os.path.join(folder, doc["name"] + ".docx"), doc)
                tsv.write("\t".join([truth[f] for f in FIELDS] + [facts[f] for f in FACTS]) + "\n")


if __name__ == "__main__":
    main()
