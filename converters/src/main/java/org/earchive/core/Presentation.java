package org.earchive.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How the texts a person reads are written: in which language (the reports, the e-mail header block in a
 * message's PDF) and in which time zone the reports show times. What scripts read (report.json, status ids,
 * PREMIS, the PDFs' metadata) has neither: it stays ISO-8601 and English whatever is chosen here.
 *
 * @param locale Vietnamese ("vi") or anything else, which is spoken as English
 * @param zone   the zone report.html gives its times in (the machine's, unless the run says otherwise)
 */
public record Presentation(Locale locale, ZoneId zone) {

    /** English, times in UTC: what the reports said before they had a language. */
    public static final Presentation ENGLISH_UTC = new Presentation(Locale.ENGLISH, ZoneId.of("UTC"));

    public Presentation {
        locale = locale == null ? Locale.ENGLISH : locale;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public boolean vietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    /**
     * "Asia/Ho_Chi_Minh", "+07:00", "UTC"...: the zone named, or the machine's when NAME is null or blank.
     *
     * @throws IllegalArgumentException with a sentence when the name is no zone
     */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + name + "' is not a time zone (write it as Asia/Ho_Chi_Minh, +07:00 or UTC)");
        }
    }
}
