package org.earchive.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What has to be known before picocli reads the command line, because its help texts and defaults depend on it:
 * the language (--lang, else EARCHIVE_LANG, else the config file's lang, else the system's locale: LC_ALL,
 * LC_MESSAGES, LANG) and the config file (--config, else the default location). Vietnamese when the choice says
 * Vietnamese, English otherwise.
 */
record Startup(Language language, ConfigFile config, List<String> warnings) {

    static final String LANGUAGE_VARIABLE = "EARCHIVE_LANG";

    /**
     * The language of a run before its config file is read: {@code --lang}, else {@code EARCHIVE_LANG}, else the
     * system's. What the config file's own errors, and a client that never reads it, speak.
     */
    static Language languageBeforeConfig(String[] args, Map<String, String> env, Locale systemLocale) {
        return first(Language.parse(optionValue(args, "--lang")), Language.parse(env.get(LANGUAGE_VARIABLE)),
                systemLanguage(env, systemLocale));
    }

    /** @throws UsageException when --config names a file that cannot be read */
    static Startup from(String[] args, Map<String, String> env, Locale systemLocale) {
        List<String> warnings = new ArrayList<>();
        Language fromArgs = Language.parse(optionValue(args, "--lang"));
        Language fromEnv = Language.parse(env.get(LANGUAGE_VARIABLE));
        Language system = systemLanguage(env, systemLocale);
        Language beforeConfig = languageBeforeConfig(args, env, systemLocale);
        String configArg = optionValue(args, "--config");
        ConfigFile config = ConfigFile.load(configArg == null ? null : Path.of(configArg), env, Messages.of(beforeConfig));
        Language fromConfig = Language.parse(config.language());
        Language language = first(fromArgs, fromEnv, fromConfig, system);
        Messages messages = Messages.of(language);
        String envValue = env.get(LANGUAGE_VARIABLE);
        if (fromArgs == null && envValue != null && !envValue.isBlank() && fromEnv == null) {
            warnings.add(messages.get("lang.unknown", LANGUAGE_VARIABLE + "=" + envValue));
        }
        if (fromArgs == null && fromEnv == null && config.language() != null && fromConfig == null) {
            warnings.add(messages.get("lang.unknown", config.path() + ": lang=" + config.language()));
        }
        return new Startup(language, config, List.copyOf(warnings));
    }

    /**
     * POSIX order: LC_ALL overrides LC_MESSAGES overrides LANG; without any (Windows), the JVM's locale. The launcher
     * puts the locale asked for in EARCHIVE_SYSTEM_LOCALE when the machine lacks it and it runs Java in C.UTF-8.
     */
    static Language systemLanguage(Map<String, String> env, Locale systemLocale) {
        for (String variable : List.of("EARCHIVE_SYSTEM_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                Language language = Language.parse(value);
                return language == null ? Language.EN : language;
            }
        }
        Language language = Language.parse(systemLocale.getLanguage());
        return language == null ? Language.EN : language;
    }

    /** The last value of OPTION (--opt VALUE or --opt=VALUE) before "--", or null. */
    static String optionValue(String[] args, String option) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(option) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            }
        }
        return value;
    }

    static Language first(Language... choices) {
        for (Language choice : choices) {
            if (choice != null) {
                return choice;
            }
        }
        return Language.EN;
    }
}
