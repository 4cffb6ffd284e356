package org.earchive.cli;

import java.util.Locale;

/** The languages earchive speaks to people. What scripts read (--json, JSON Lines, status ids, exit codes) has none. */
enum Language {
    VI("vi"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * "vi", "VI", "vi_VN.UTF-8", "vi-VN", "en_US@euro" ... by their language part; null for anything else
     * ("C", "POSIX", "fr_FR", blank), so that the caller can look further.
     */
    static Language parse(String value) {
        if (value == null) {
            return null;
        }
        String language = value.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language known : values()) {
            if (known.code.equals(language)) {
                return known;
            }
        }
        return null;
    }
}
