package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a man page for every command, in the language of the run: {@code earchive man --dir ~/.local/share/man/man1}. */
@Command(name = "man",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class ManCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR")
    Path folder;

    @Override
    public Integer call() {
        Messages messages = Messages.of(spec);
        CommandLine root = spec.root().commandLine();
        List<Path> pages;
        try {
            pages = new ManPages(messages).writeAll(root, folder);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, messages.get("man.notWritable", folder, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("man.written", pages.size(), folder));
        out.flush();
        return ExitCodes.OK;
    }
}
