package org.earchive.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point. {@link #run} is the whole program, testable in-process with its own output streams. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /** @param env the environment that chooses the language and the config file (EARCHIVE_LANG, LANG, HOME...) */
    public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        quietLibraryLogging();
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        Startup startup;
        try {
            startup = Startup.from(args, env, Locale.getDefault());
        } catch (CommandException e) {
            e.lines().forEach(line -> errWriter.println("earchive: " + line));
            errWriter.flush();
            return e.exitCode();
        }
        startup.warnings().forEach(line -> errWriter.println("earchive: " + line));
        if (startup.config().keys().isEmpty() && EarchiveCommand.asksOnlyVersion(args) && printVersion(outWriter)) {
            return ExitCodes.OK;
        }
        // a config file's keys are checked against every command's options, so they need the whole tree
        CommandLine commandLine = commandLine(outWriter, errWriter, startup, startup.config().keys().isEmpty()
                ? EarchiveCommand.reachedBy(args) : EarchiveCommand.withSubcommands());
        Messages messages = Messages.of(startup.language());
        List<String> unknown = startup.config().unknownKeys(commandLine);
        if (!unknown.isEmpty()) {
            errWriter.println("earchive: " + messages.get("config.unknownKeys", startup.config().path(), String.join(", ", unknown)));
            errWriter.flush();
            return ExitCodes.USAGE;
        }
        return commandLine.execute(args);
    }

    /**
     * The version provider's lines, printed as picocli prints them for {@code --version} (each line a format with
     * no argument, then picocli's markup, which plain lines have none of); false, having printed nothing, for a line
     * with a format's {@code %} or markup's {@code @|}, which picocli is left to print.
     */
    private static boolean printVersion(PrintWriter out) {
        String[] lines = new VersionProvider().getVersion();
        for (String line : lines) {
            if (line.contains("%") || line.contains("@|")) {
                return false;
            }
        }
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
        return true;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The whole command line in English with no config file, writing to the given writers. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new Startup(Language.EN, ConfigFile.none(), List.of()), EarchiveCommand.withSubcommands());
    }

    /**
     * The command line speaking the language chosen, its defaults from the config file.
     *
     * @param commandLine the root with the subcommands to parse with ({@link EarchiveCommand#reachedBy})
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Startup startup, CommandLine commandLine) {
        Messages messages = Messages.of(startup.language());
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setDefaultValueProvider(startup.config());
        listExitCodesInHelp(commandLine, messages);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL_ERROR);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof CommandException stop) {
                // a refusal may carry the library's sentences (a bad option value, a package refused): in this language
                stop.lines().forEach(line -> cmd.getErr().println("earchive: " + messages.sentence(line)));
                cmd.getErr().flush();
                return stop.exitCode();
            }
            if (e instanceof java.nio.file.InvalidPathException) {
                // `java -jar` under LANG=C: Java reads file names as ASCII and cannot name a Vietnamese one
                cmd.getErr().println("earchive: " + messages.get("error.fileNameCharset", System.getProperty("sun.jnu.encoding")));
                cmd.getErr().flush();
                return ExitCodes.INPUT_MISSING;
            }
            cmd.getErr().println("earchive: " + messages.get("error.internal", e));
            cmd.getErr().println(messages.get("error.internal.report"));
            e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("earchive: " + PicocliErrors.inLanguage(e.getMessage(), messages));
            cmd.getErr().println(messages.get("error.tryHelp", cmd.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    private static void listExitCodesInHelp(CommandLine commandLine, Messages messages) {
        listExitCodesInHelp(commandLine, messages.get("exitCodes.heading"), ExitCodes.descriptions(messages));
    }

    /** The same heading and list (formatted once, not for each of the twenty commands) in every command's help. */
    private static void listExitCodesInHelp(CommandLine commandLine, String heading, Map<String, String> codes) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading(heading).exitCodeList(codes);
        commandLine.getSubcommands().values().forEach(sub -> listExitCodesInHelp(sub, heading, codes));
    }

    /**
     * PDFBox, openhtmltopdf, Tika and veraPDF log freely; what matters reaches the user as a status and a
     * sentence in the report. Set EARCHIVE_LOG=FINE (or INFO, WARNING) to see the libraries' own messages.
     */
    private static void quietLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Level level = Level.OFF;
        String configured = System.getenv("EARCHIVE_LOG");
        if (configured != null && !configured.isBlank()) {
            try {
                level = Level.parse(configured.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                level = Level.WARNING;
            }
        }
        root.setLevel(level);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(level);
        root.addHandler(handler);
    }
}
