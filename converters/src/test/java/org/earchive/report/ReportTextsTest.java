package org.earchive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Presentation;
import org.junit.jupiter.api.Test;

/** The reports' two bundles hold the same texts, the Vietnamese one in Vietnamese, and every status has its words. */
class ReportTextsTest {

    /** Words no Vietnamese sentence has; names (PDF/A, veraPDF, SHA-256, Windows) pass. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|of|is|are|with|when|files?|documents?|not|or|to|for|was|were|need|page|pages|first|what|status)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("en").stringPropertyNames()), new TreeSet<>(bundle("vi").stringPropertyNames()));
    }

    @Test
    void noEnglishIsLeftInTheVietnameseReports() throws IOException {
        Properties english = bundle("en");
        Properties vietnamese = bundle("vi");
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(vietnamese.stringPropertyNames())) {
            String text = vietnamese.getProperty(key);
            String prose = text.replaceAll("--[a-z0-9-]+|\\S+\\.pdf|PDF/A|veraPDF|SHA-256", "");
            if (text.equals(english.getProperty(key)) || ENGLISH.matcher(prose).find()) {
                untranslated.add(key + " = " + text);
            }
        }
        assertTrue(untranslated.isEmpty(), "English left in report_vi.properties:\n" + String.join("\n", untranslated));
    }

    @Test
    void everyStatusHasANameAndAMeaningInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            ReportTexts texts = ReportTexts.of(new Presentation(locale, ZoneId.of("UTC")));
            for (DocumentStatus status : DocumentStatus.values()) {
                assertTrue(!texts.status(status).isBlank() && !texts.statusMeaning(status).isBlank(), status + " " + locale);
            }
        }
    }

    @Test
    void theVietnameseSentencesAreVietnameseAndFillInTheirParts() {
        ReportTexts vietnamese = ReportTexts.of(new Presentation(Locale.forLanguageTag("vi"), ZoneId.of("UTC")));
        assertEquals("Tệp TIFF bị cắt cụt: dữ liệu ảnh của trang 3 không đầy đủ.",
                vietnamese.sentence("The TIFF is truncated: the image data of page 3 is cut off."));
        assertEquals("Something new.", vietnamese.sentence("Something new."), "a sentence it does not know is shown as written");
        assertEquals("Something new.", ReportTexts.english().sentence("Something new."));
    }

    @Test
    void datesAreDayMonthYearInTheZoneChosenWithTheirOffset() {
        Instant instant = Instant.parse("2026-12-06T20:15:00Z");
        assertEquals("07/12/2026 03:15:00 +07:00",
                ReportTexts.of(new Presentation(Locale.forLanguageTag("vi"), ZoneId.of("Asia/Ho_Chi_Minh"))).dateTime(instant));
        assertEquals("06/12/2026 20:15:00 +00:00", ReportTexts.english().dateTime(instant));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream("report_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
