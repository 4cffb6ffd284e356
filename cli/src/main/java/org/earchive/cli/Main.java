package org.earchive.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        quietLibraryLogging();
        CommandLine commandLine = commandLine(out, err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }

    /** The whole command line writing to the given writers. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EarchiveCommand());
        listExitCodesInHelp(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL_ERROR);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof CommandException stop) {
                stop.lines().forEach(line -> cmd.getErr().println("earchive: " + line));
                cmd.getErr().flush();
                return stop.exitCode();
            }
            cmd.getErr().println("earchive: internal error: " + e);
            cmd.getErr().println("This is a bug in earchive. Please report it with the command you ran and this trace:");
            e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("earchive: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    private static void listExitCodesInHelp(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.DESCRIPTIONS);
        commandLine.getSubcommands().values().forEach(Main::listExitCodesInHelp);
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
