package org.earchive.serve;

import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.Map;
import org.earchive.report.ReportTexts;

/**
 * What the service says to people, in Vietnamese or English ({@code texts_vi/_en.properties} beside this class):
 * the API's error sentences and the clerk page's wording. Vietnamese unless the request asks for English
 * ({@code ?lang=en}, or an Accept-Language that prefers it).
 */
public final class Texts {

    private static final String BUNDLE = "org.earchive.serve.texts";

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Texts VI = new Texts("vi");
    private static final Texts EN = new Texts("en");

    public static Texts of(String language) {
        return "en".equals(language) ? EN : VI;
    }

    /**
     * {@code ?lang=vi|en} first; else the first of vi and en in Accept-Language by preference ("en-US,en;q=0.9,vi;q=0.8"
     * is English); else Vietnamese, the language earchive is written for.
     */
    public static Texts choose(String langParameter, String acceptLanguage) {
        if ("en".equalsIgnoreCase(langParameter) || "vi".equalsIgnoreCase(langParameter)) {
            return of(langParameter.toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.equals("vi") || tag.startsWith("vi-")) {
                        return VI;
                    }
                    if (tag.equals("en") || tag.startsWith("en-")) {
                        return EN;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header a browser did not write: speak Vietnamese
            }
        }
        return VI;
    }

    public String language() {
        return language;
    }

    /** The sentence under KEY with ARGS put in ({@link String#format}). */
    public String get(String key, Object... args) {
        try {
            return String.format(Locale.ROOT, bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in " + BUNDLE + "_" + language, e);
        }
    }

    /** Every text whose key starts with PREFIX, the prefix removed: what the page's script needs. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), bundle.getString(key));
            }
        }
        return texts;
    }

    /** Statuses and the library's sentences as the reports say them in this language. */
    public ReportTexts report() {
        return ReportTexts.of(Locale.forLanguageTag(language), ZoneId.systemDefault());
    }
}
