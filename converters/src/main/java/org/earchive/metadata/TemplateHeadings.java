package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The headings of the clerk's spreadsheet: in English the machine names themselves ({@code path}, {@code docId},
 * {@code subject} ...), in Vietnamese the names TT 05 gives the fields ({@code headings_vi.properties}: "Mã hồ
 * sơ", "Trích yếu nội dung" ...). Read back, a heading is taken in either language, and case and diacritics do
 * not matter, so a sheet retyped by hand still loads.
 */
public final class TemplateHeadings {

    private static final Map<String, String> VIETNAMESE = load();

    private final boolean vietnamese;

    private TemplateHeadings(boolean vietnamese) {
        this.vietnamese = vietnamese;
    }

    public static TemplateHeadings english() {
        return new TemplateHeadings(false);
    }

    public static TemplateHeadings vietnamese() {
        return new TemplateHeadings(true);
    }

    public static TemplateHeadings of(java.util.Locale locale) {
        return new TemplateHeadings("vi".equals(locale.getLanguage()));
    }

    public boolean isVietnamese() {
        return vietnamese;
    }

    /** The heading of the column whose machine name is NAME ({@code path}, an element, {@code confidence}). */
    public String heading(String name) {
        return vietnamese ? VIETNAMESE.getOrDefault(name, name) : name;
    }

    /** The machine name a heading stands for: the name itself, or the one whose Vietnamese heading it is. */
    public static Optional<String> machineName(String heading) {
        if (heading == null || heading.isBlank()) {
            return Optional.empty();
        }
        String key = VietnameseText.key(heading.strip());
        for (Map.Entry<String, String> entry : VIETNAMESE.entrySet()) {
            if (VietnameseText.key(entry.getValue()).equals(key)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every machine name with its Vietnamese heading (for tests: each clerk column has one). */
    static Map<String, String> vietnameseHeadings() {
        return VIETNAMESE;
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = TemplateHeadings.class.getResourceAsStream("headings_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headings = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted()
                .forEach(name -> headings.put(name, VietnameseText.nfc(properties.getProperty(name).strip())));
        return Map.copyOf(headings);
    }
}
