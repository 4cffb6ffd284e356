package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Both bundles hold every text the command line shows, the Vietnamese one in Vietnamese. */
class MessagesTest {

    private final Messages english = Messages.of(Language.EN);
    private final Messages vietnamese = Messages.of(Language.VI);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(english.keys()), new TreeSet<>(vietnamese.keys()));
    }

    /** picocli falls back to no text at all when a key is missing: every option and command must have one. */
    @Test
    void everyOptionParameterAndCommandIsDescribedInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            CommandLine root = EarchiveCommand.withSubcommands();
            root.setResourceBundle(Messages.of(language).bundle());
            collectMissing(root, language, missing);
        }
        assertTrue(missing.isEmpty(), "no text for: " + missing);
    }

    private static void collectMissing(CommandLine command, Language language, List<String> missing) {
        CommandSpec spec = command.getCommandSpec();
        if (String.join("", spec.usageMessage().description()).isBlank()) {
            missing.add(language + " " + spec.qualifiedName() + " description");
        }
        for (OptionSpec option : spec.options()) {
            if (String.join("", option.description()).isBlank()) {
                missing.add(language + " " + spec.qualifiedName() + " " + option.longestName());
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (String.join("", parameter.description()).isBlank()) {
                missing.add(language + " " + spec.qualifiedName() + " " + parameter.paramLabel());
            }
        }
        command.getSubcommands().values().forEach(sub -> collectMissing(sub, language, missing));
    }

    /**
     * A Vietnamese text that is still the English one is a sentence left untranslated; only names, examples and
     * column lists that are the same in both languages may repeat.
     */
    @Test
    void noEnglishSentenceIsLeftInTheVietnameseBundle() {
        Set<String> same = Set.of("earchive.usage.footer.0", "earchive.usage.footer.1", "earchive.usage.footer.2",
                "earchive.usage.footer.3", "earchive.usage.footer.4", "earchive.usage.footer.5", "earchive.usage.footer.6",
                "earchive.generate-completion.usage.description.3");
        Pattern englishWords = Pattern.compile("\\b(the|and|of|is|are|with|when|files?|documents?|not|or)\\b");
        List<String> untranslated = new ArrayList<>();
        for (String key : vietnamese.keys()) {
            String text = vietnamese.bundle().getString(key);
            if (same.contains(key) || text.isBlank() || text.equals("%n")) {
                continue;
            }
            // what stays English on purpose: option names, JSON field and event names, file names, codes
            String prose = text.replaceAll("--[a-z0-9-]+|'[^']*'|\\([^)]*(json|path|flavour|batch-started|fileCode)[^)]*\\)", "")
                    .replaceAll("\\b(title, maintenance|path, flavour)[^;]*", "");
            if (text.equals(english.bundle().getString(key)) || englishWords.matcher(prose).find()) {
                untranslated.add(key + " = " + text);
            }
        }
        assertTrue(untranslated.isEmpty(), "English left in messages_vi.properties:\n" + String.join("\n", untranslated));
    }

    /**
     * A description written into the code (an annotation's description) shows the same in both languages: every
     * command, option and parameter must read differently in Vietnamese than in English.
     */
    @Test
    void noOptionOrCommandIsDescribedOutsideTheBundles() {
        List<String> english = descriptions(Language.EN);
        List<String> vietnamese = descriptions(Language.VI);
        assertEquals(english.size(), vietnamese.size());
        List<String> same = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).equals(vietnamese.get(i))) {
                same.add(english.get(i));
            }
        }
        assertTrue(same.isEmpty(), "the same in both languages (not in the bundles?):\n" + String.join("\n", same));
    }

    private static List<String> descriptions(Language language) {
        CommandLine root = EarchiveCommand.withSubcommands();
        root.setResourceBundle(Messages.of(language).bundle());
        List<String> all = new ArrayList<>();
        collectDescriptions(root, all);
        return all;
    }

    private static void collectDescriptions(CommandLine command, List<String> all) {
        CommandSpec spec = command.getCommandSpec();
        all.add(spec.qualifiedName() + ": " + String.join(" ", spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            all.add(spec.qualifiedName() + " " + option.longestName() + ": " + String.join(" ", option.description()));
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            all.add(spec.qualifiedName() + " " + parameter.paramLabel() + ": " + String.join(" ", parameter.description()));
        }
        command.getSubcommands().values().forEach(sub -> collectDescriptions(sub, all));
    }

    @Test
    void languagesAreReadFromLocaleNamesAndCodes() {
        assertEquals(Language.VI, Language.parse("vi_VN.UTF-8"));
        assertEquals(Language.VI, Language.parse("VI"));
        assertEquals(Language.EN, Language.parse("en_US@euro"));
        assertEquals(null, Language.parse("C"));
        assertEquals(null, Language.parse("fr_FR.UTF-8"));
    }
}
