package org.earchive.cli;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.earchive.core.DocumentStatus;
import org.earchive.report.ReportTexts;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What earchive says to people, in the language of the run: {@code messages_vi.properties} or
 * {@code messages_en.properties} (UTF-8). The same bundle gives picocli the help texts, so one file per language
 * holds every sentence of the command line. Patterns are {@link String#format} patterns ({@code %s}, {@code %d}, {@code %%}), as picocli's help texts are.
 */
final class Messages {

    static final String BUNDLE = "org.earchive.cli.messages";

    private final ResourceBundle bundle;
    private final Language language;

    private Messages(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    static Messages of(Language language) {
        // no fallback to the JVM's default locale: the language chosen is the language spoken
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, language);
    }

    /** The messages of the language the command line was started in (Main gives every command its bundle). */
    static Messages of(CommandSpec spec) {
        ResourceBundle bundle = spec.resourceBundle();
        Language language = bundle == null ? null : Language.parse(bundle.getLocale().getLanguage());
        return of(language == null ? Language.EN : language);
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    /** The sentence under KEY with ARGS put in. A key missing from the bundle is a bug, caught by MessagesTest. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + BUNDLE + "_" + language.code(), e);
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    /** "1 document" / "2 documents": KEY.one for one, KEY.other for any other count, the count put in. */
    String count(String key, long count) {
        return get(key + (count == 1 ? ".one" : ".other"), count);
    }

    /** A table's header row: KEY holds the column names separated by commas. */
    String[] columns(String key) {
        return get(key).split(",");
    }

    /**
     * One of the library's sentences (a status's explanation, a warning, a refusal) in this language: the library
     * writes them in English, for report.json and scripts, and its catalogue gives the Vietnamese.
     */
    String sentence(String english) {
        return reportTexts().sentence(english);
    }

    /** The texts the reports use (status names, document classes, dates), in this language, times in the machine's zone. */
    ReportTexts reportTexts() {
        return ReportTexts.of(locale(), java.time.ZoneId.systemDefault());
    }

    /** A status as the clerk says it: "không đạt chuẩn"; the id itself in English. */
    String status(DocumentStatus status) {
        return reportTexts().status(status);
    }

    List<String> keys() {
        return bundle.keySet().stream().sorted().toList();
    }
}
