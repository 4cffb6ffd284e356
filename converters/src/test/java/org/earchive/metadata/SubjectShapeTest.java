package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subjects OCR cut short or ran another line into, each seen written with every word sure; and whole ones. */
class SubjectShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Về việc xin chủ trương mua sắm giá, tủ bảo quản tài liệu cho | true",
            "Thực hiện Đề án 06 về dữ liệu dân VĂN PHÒNG UBND TỈNH cư, định danh điện tử | true",
            "Báo cáo kết quả công tác của | true",
            "Về việc xin chủ trương mua sắm giá, tủ bảo quản tài liệu cho kho lưu trữ huyện | false",
            "V/v triển khai chữ ký số trong gửi nhận văn bản điện tử | false",
            "Về việc giao nhiệm vụ cho UBND các xã | false",
            "Thực hiện Đề án 06 (giai đoạn 2025 - 2026) về dữ liệu dân cư, định danh điện tử | false",
            "Kế hoạch hoạt động của HĐND tỉnh năm 2025 | false",
            "Về việc điều chỉnh, bổ sung Kế hoạch thu thập tài liệu vào | true",
            "V/v đăng ký nhu cầu đào tạo nghiệp vụ lưu Bắc Ninh, ngày 1 tháng 10 năm 2025 trữ năm 2025 | true",
            "Về việc tổ chức Lễ kỷ niệm ngày 28 tháng 8 năm 2025 | false",
            "'Tình hình tiếp nhận, giải quyết khiếu nại,' | true",
            "'Tình hình tiếp nhận, giải quyết khiếu nại, tố cáo quý III năm 2025' | false",
            "Về việc góp ý dự thảo Quy chế phối hợp - | true",
    })
    void aSubjectCutShortOrHoldingWordsInCapitalsIsSuspect(String subject, boolean suspect) {
        assertEquals(suspect, SubjectShape.suspect(subject));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030) | true",
            "Thực hiện Đề án 06 (giai đoạn 2025 - 2026 về dữ liệu dân cư | true",
            "Thực hiện Đề án 06 (giai đoạn 2025 - 2026) về dữ liệu dân cư | false",
    })
    void aBracketLeftOpenOrClosedAloneIsAMarkNoSubjectIsPrintedWith(String subject, boolean unprinted) {
        assertEquals(unprinted, PrintedMarks.unprinted(subject));
    }
}
