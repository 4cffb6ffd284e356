package org.earchive.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.earchive.core.DocumentStatus;

/**
 * What the reports say to people, in Vietnamese or English ({@code report_vi.properties}, {@code report_en.properties},
 * UTF-8): headings, the name and meaning of each status, document classes, and dates as dd/mm/yyyy in the
 * machine's time zone. The library writes each document's sentence in English (report.json keeps it so, for
 * scripts); {@link SentenceCatalogue} gives their Vietnamese.
 */
public final class ReportTexts {

    private static final String BUNDLE = "org.earchive.report.report";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx", Locale.ROOT);

    private final ResourceBundle bundle;
    private final boolean vietnamese;
    private final ZoneId zone;

    private ReportTexts(ResourceBundle bundle, boolean vietnamese, ZoneId zone) {
        this.bundle = bundle;
        this.vietnamese = vietnamese;
        this.zone = zone;
    }

    /** Vietnamese for a Vietnamese locale, English for any other; times shown in ZONE. */
    public static ReportTexts of(Locale locale, ZoneId zone) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, vietnamese ? Locale.forLanguageTag("vi") : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportTexts(bundle, vietnamese, zone);
    }

    /** In the run's language and time zone. */
    public static ReportTexts of(org.earchive.core.Presentation presentation) {
        return of(presentation.locale(), presentation.zone());
    }

    /** English, times in UTC: what the reports said before they had a language. */
    public static ReportTexts english() {
        return of(org.earchive.core.Presentation.ENGLISH_UTC);
    }

    public boolean vietnamese() {
        return vietnamese;
    }

    public String languageTag() {
        return vietnamese ? "vi" : "en";
    }

    /** The text under KEY with ARGS put in ({@link String#format} pattern). */
    public String get(String key, Object... args) {
        try {
            return String.format(Locale.ROOT, bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in " + BUNDLE + "_" + languageTag(), e);
        }
    }

    /** "đã chuyển đổi" / "converted". */
    public String status(DocumentStatus status) {
        return get("status." + status.id());
    }

    /** What the status means for the clerk, in one sentence. */
    public String statusMeaning(DocumentStatus status) {
        return get("status." + status.id() + ".means");
    }

    /** A status id of another kind (detect's "ok", "corrupt"...): its name when known, else the id. */
    public String statusId(String id) {
        return bundle.containsKey("status." + id) ? get("status." + id) : id;
    }

    /** "born-digital" as the clerk says it; an id it does not know as it is. */
    public String documentClass(String id) {
        return id == null ? null : bundle.containsKey("class." + id) ? get("class." + id) : id;
    }

    /** dd/mm/yyyy hh:mm:ss and the offset, in the report's time zone. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * The library's English sentence (a status's explanation, a warning) in the report's language: Vietnamese from
     * {@link SentenceCatalogue}, which knows every sentence the library writes; as written otherwise.
     */
    public String sentence(String english) {
        return vietnamese ? SentenceCatalogue.vietnamese().translate(english) : english;
    }
}
