package org.earchive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The texts of every command (description, options, examples) are in messages_vi/_en.properties. The subcommands
 * are added by {@link #reachedBy}, not named in the annotation, where picocli would build every one's model
 * whenever the root is built, also those a command line cannot reach.
 */
@Command(name = "earchive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class EarchiveCommand implements Runnable {

    /** In the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ConvertCommand.class,
            DetectCommand.class,
            MetadataCommand.class,
            PackageCommand.class,
            IngestCommand.class,
            ServeCommand.class,
            WatchCommand.class,
            ValidateCommand.class,
            DoctorCommand.class,
            ManCommand.class,
            WorkerCommand.class,
            GenerateCompletion.class);

    @Spec
    CommandSpec spec;

    /** Read by {@link Startup} before picocli parses anything (the help is already in that language); here for the parser and the help. */
    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class)
    Language language;

    /** Read by {@link Startup}, like --lang. */
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT)
    Path config;

    /** Those that describe the whole tree, and so need every other one built. */
    private static final Set<Class<?>> WHOLE_TREE = Set.of(ManCommand.class, GenerateCompletion.class);

    /** The whole command tree: the root and every subcommand, each named by its own annotation. */
    static CommandLine withSubcommands() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * The root with the subcommands this command line can reach, whose models picocli builds by reflection over their
     * options (most of what a short run costs before its command starts): the one its first word names, after the
     * root's own {@code --lang} and {@code --config}; none when it only asks for the version ({@code -V},
     * {@code --version}); every one otherwise (the root's help lists them all, for an unknown word picocli suggests
     * the nearest, {@code man} and {@code generate-completion} describe the whole tree). picocli reads the words after
     * a subcommand's name with that subcommand alone, so the others would never be looked at.
     */
    static CommandLine reachedBy(String... args) {
        return withSubcommands(reachable(args));
    }

    static List<Class<?>> reachable(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if ((arg.equals("--lang") || arg.equals("--config")) && i + 1 < args.length) {
                i++;
            } else if (!arg.startsWith("--lang=") && !arg.startsWith("--config=")) {
                return version ? SUBCOMMANDS : named(arg);
            }
        }
        return version ? List.of() : SUBCOMMANDS;
    }

    /**
     * Whether the command line asks for the version and nothing else picocli could refuse: one {@code -V} or
     * {@code --version}, and at most one {@code --lang} naming a language and one {@code --config} (the options every
     * command takes, whose values {@link Startup} has already read). picocli would print the version provider's lines
     * and end with 0; {@link Main} then prints them itself, without building the root's model by reflection (most of
     * what {@code earchive --version} cost, docs/cost.md). Any other line, a repeated option among them, goes to picocli.
     */
    static boolean asksOnlyVersion(String... args) {
        int versions = 0;
        int languages = 0;
        int configs = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-V") || arg.equals("--version")) {
                versions++;
            } else if (arg.equals("--lang") && i + 1 < args.length && Language.parse(args[i + 1]) != null) {
                languages++;
                i++;
            } else if (arg.startsWith("--lang=") && Language.parse(arg.substring("--lang=".length())) != null) {
                languages++;
            } else if (arg.equals("--config") && i + 1 < args.length) {
                configs++;
                i++;
            } else if (arg.startsWith("--config=")) {
                configs++;
            } else {
                return false;
            }
        }
        return versions == 1 && languages <= 1 && configs <= 1;
    }

    /** The subcommand the word names, alone; all of them when it names none or one that describes them all. */
    private static List<Class<?>> named(String word) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand.getAnnotation(Command.class).name().equals(word)) {
                return WHOLE_TREE.contains(subcommand) ? SUBCOMMANDS : List.of(subcommand);
            }
        }
        return SUBCOMMANDS;
    }

    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        CommandLine root = new CommandLine(new EarchiveCommand());
        subcommands.forEach(root::addSubcommand);
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.of(spec).get("error.missingCommand"));
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            Language language = Language.parse(value);
            if (language == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': vi, en");
            }
            return language;
        }
    }
}
