package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run builds only the commands its command line can reach ({@link EarchiveCommand#reachedBy}); what it prints
 * must be what the whole tree prints.
 */
class CommandTreeTest {

    @Test
    void theVersionAloneNeedsNoSubcommand() {
        assertEquals(List.of(), EarchiveCommand.reachable("--version"));
        assertEquals(List.of(), EarchiveCommand.reachable("--lang", "vi", "-V"));
        assertEquals(List.of(), EarchiveCommand.reachable("--config=a.properties", "--version"));
    }

    @Test
    void onlyAPlainVersionRequestIsPrintedWithoutPicocli() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--lang", "vi", "-V"},
                new String[] {"--config=a.properties", "--version", "--lang=en"})) {
            assertEquals(true, EarchiveCommand.asksOnlyVersion(args), String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {}, new String[] {"-V", "-V"}, new String[] {"--lang", "xx", "-V"},
                new String[] {"--lang=vi", "--lang=en", "-V"}, new String[] {"-V", "convert"}, new String[] {"--version", "--help"},
                new String[] {"--config", "a", "--config", "b", "-V"}, new String[] {"--version", "--lang"})) {
            assertEquals(false, EarchiveCommand.asksOnlyVersion(args), String.join(" ", args));
        }
    }

    /** Main prints a plain version request itself: what picocli prints for it and its near misses, in both languages. */
    @Test
    void theVersionPrintsWhatPicocliPrints() {
        for (Language language : Language.values()) {
            String lang = language.name().toLowerCase();
            Map<String, String> env = Map.of("LANG", "C", Startup.LANGUAGE_VARIABLE, lang);
            for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--lang", lang, "--version"},
                    new String[] {"-V", "--lang=" + lang}, new String[] {"-V", "--version"}, new String[] {"-V", "-V"},
                    new String[] {"--version", "--lang", "xx"}, new String[] {"--lang", lang, "--lang", lang, "-V"},
                    new String[] {"--version", "--lang"})) {
                assertEquals(wholeTree(language, args), Cli.runIn(env, (Object[]) args), language + " " + String.join(" ", args));
            }
        }
    }

    @Test
    void aCommandNeedsOnlyItself() {
        assertEquals(List.of(ConvertCommand.class), EarchiveCommand.reachable("convert", "in", "--out", "out"));
        assertEquals(List.of(ConvertCommand.class), EarchiveCommand.reachable("--lang=vi", "convert", "--version"));
        // "validate" is --config's file here, not the command
        assertEquals(List.of(DetectCommand.class), EarchiveCommand.reachable("--config", "validate", "detect", "x"));
        assertEquals(List.of(MetadataCommand.class), EarchiveCommand.reachable("metadata", "template", "in"));
    }

    @Test
    void helpUnknownWordsAndWholeTreeCommandsNeedEveryCommand() {
        int all = EarchiveCommand.withSubcommands().getSubcommands().size();
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"-V", "convert"},
                new String[] {"convret"}, new String[] {"--"}, new String[] {"--lang"}, new String[] {"man", "--dir", "d"},
                new String[] {"generate-completion"})) {
            assertEquals(all, EarchiveCommand.reachable(args).size(), String.join(" ", args));
        }
    }

    /** What a user reads from each command line, in both languages: the same as from the whole tree. */
    @Test
    void everyCommandPrintsWhatTheWholeTreePrints() {
        List<String[]> commandLines = new ArrayList<>();
        commandLines.add(new String[] {"--version"});
        commandLines.add(new String[] {"--help"});
        commandLines.add(new String[] {"convret"});
        commandLines.add(new String[] {"convert", "--no-such-option"});
        commandLines.add(new String[] {"convert", "--version"});
        for (String name : EarchiveCommand.withSubcommands().getSubcommands().keySet()) {
            commandLines.add(new String[] {name, "--help"});
        }
        commandLines.add(new String[] {"metadata", "template", "--help"});
        commandLines.add(new String[] {"worker", "start", "--help"});
        for (Language language : Language.values()) {
            Map<String, String> env = Map.of("LANG", "C", Startup.LANGUAGE_VARIABLE, language.name().toLowerCase());
            for (String[] args : commandLines) {
                Cli reached = Cli.runIn(env, (Object[]) args);
                assertEquals(wholeTree(language, args), reached, language + " " + String.join(" ", args));
            }
        }
    }

    private static Cli wholeTree(Language language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                new Startup(language, ConfigFile.none(), List.of()), EarchiveCommand.withSubcommands());
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
