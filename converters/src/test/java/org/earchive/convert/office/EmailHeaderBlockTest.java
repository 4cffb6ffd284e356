package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.earchive.core.Presentation;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header block of an e-mail's PDF, read back from the PDF: in the run's language, the date in the sender's offset. */
class EmailHeaderBlockTest {

    private static final OfficeToPdfaConverter CONVERTER = new OfficeToPdfaConverter(Pdfs.FINISHER);

    @TempDir
    Path work;

    @Test
    void inVietnameseTheLabelsAreVietnameseAndTheDateIsTheSendersOwn() throws Exception {
        Path pdf = work.resolve("thu.pdf");
        CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("mail/thu-co-dinh-kem.eml"), pdf,
                Pdfs.CONTEXT.withPresentation(new Presentation(Locale.forLanguageTag("vi"), ZoneId.of("UTC")))));
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_3U);
        String text = Pdfs.text(pdf);
        for (String label : new String[] {"Từ:", "Đến:", "Tiêu đề:", "Tệp đính kèm:"}) {
            assertTrue(text.contains(label), label + " in\n" + text);
        }
        assertTrue(text.contains("Ngày: 12/03/2025 08:00:00 +07:00"), "Date: Wed, 12 Mar 2025 08:00:00 +0700, as sent:\n" + text);
        assertTrue(!text.contains("From:") && !text.contains("Attachments:"), text);
    }

    @Test
    void inEnglishTheDateKeepsTheSendersOffset() throws Exception {
        Path pdf = work.resolve("thu.pdf");
        CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("mail/thu-co-dinh-kem.eml"), pdf));
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("From:") && text.contains("Attachments:"), text);
        assertTrue(text.contains("Date: 2025-03-12T08:00:00+07:00"), "not 2025-03-12T01:00:00Z:\n" + text);
    }

    @Test
    void bothLanguagesLabelEveryFieldAndNoVietnameseLabelIsEnglish() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties vietnamese = new java.util.Properties();
        try (var en = EmailHeaderBlock.class.getResourceAsStream("mailheader_en.properties");
             var vi = EmailHeaderBlock.class.getResourceAsStream("mailheader_vi.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            vietnamese.load(new java.io.InputStreamReader(vi, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(english.stringPropertyNames(), vietnamese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertTrue(!vietnamese.getProperty(key).equalsIgnoreCase(english.getProperty(key)), key + " left in English");
        }
    }

    @Test
    void datesAreReadAsMailProgramsWriteThem() {
        assertEquals(OffsetDateTime.parse("2025-03-12T08:00:00+07:00"), EmailHeaderBlock.parse("Wed, 12 Mar 2025 08:00:00 +0700 (ICT)"));
        assertEquals(OffsetDateTime.parse("2025-03-02T08:00:00-05:00"), EmailHeaderBlock.parse("2 Mar 2025 08:00:00 -0500"));
        assertNull(EmailHeaderBlock.parse("yesterday"));
    }
}
