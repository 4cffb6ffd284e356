package org.earchive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earchive.core.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One man page (roff, section 1, UTF-8) per command, written from the same picocli model and resource bundle as
 * {@code --help}, so the pages say what the help says, in the language of the run. picocli's own
 * ManPageGenerator (picocli-codegen) writes AsciiDoc, which needs Asciidoctor to become a page {@code man} can
 * show; roff is written here directly instead.
 */
final class ManPages {

    private final Messages messages;

    ManPages(Messages messages) {
        this.messages = messages;
    }

    /** Writes earchive.1, earchive-convert.1, earchive-metadata-template.1 ... into FOLDER; returns the files. */
    List<Path> writeAll(CommandLine root, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        write(root, folder, written);
        return written;
    }

    private void write(CommandLine command, Path folder, List<Path> written) throws IOException {
        CommandSpec spec = command.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        Path page = folder.resolve(pageName(spec) + ".1");
        AtomicFiles.write(page, page(command).getBytes(StandardCharsets.UTF_8));
        written.add(page);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandName().equals(sub.getCommandSpec().name())) { // aliases have no page of their own
                write(sub, folder, written);
            }
        }
    }

    /** "earchive-metadata-template": the command's qualified name, as man pages of subcommands are named (git-commit). */
    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    String page(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        StringBuilder roff = new StringBuilder();
        roff.append(".\\\" ").append(messages.get("man.generated")).append('\n');
        roff.append(".TH \"").append(escape(pageName(spec).toUpperCase(java.util.Locale.ROOT))).append("\" 1 \"\" \"")
                .append(escape(VersionProvider.producer())).append("\" \"earchive\"\n");

        section(roff, "man.section.name");
        List<String> description = lines(spec.usageMessage().description());
        roff.append(escape(pageName(spec))).append(" \\- ")
                .append(escape(description.isEmpty() ? "" : firstSentence(description.get(0)))).append('\n');

        section(roff, "man.section.synopsis");
        roff.append(".nf\n").append(text(help.synopsis(0).strip())).append("\n.fi\n");

        if (!description.isEmpty()) {
            section(roff, "man.section.description");
            description.forEach(paragraph -> roff.append(".PP\n").append(text(paragraph)).append('\n'));
        }

        List<PositionalParamSpec> parameters = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!parameters.isEmpty() || !options.isEmpty()) {
            section(roff, "man.section.options");
            for (PositionalParamSpec parameter : parameters) {
                roff.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR")
                        .append(parameter.arity().max() > 1 ? "..." : "").append('\n')
                        .append(text(String.join(" ", lines(parameter.description())))).append('\n');
            }
            for (OptionSpec option : options) {
                roff.append(".TP\n").append(optionNames(option)).append('\n')
                        .append(text(String.join(" ", lines(option.description())))).append('\n');
            }
        }

        List<CommandLine> subcommands = command.getSubcommands().values().stream().distinct()
                .filter(sub -> !sub.getCommandSpec().usageMessage().hidden()).toList();
        if (!subcommands.isEmpty()) {
            section(roff, "man.section.commands");
            for (CommandLine sub : subcommands) {
                List<String> subDescription = lines(sub.getCommandSpec().usageMessage().description());
                roff.append(".TP\n\\fB").append(escape(sub.getCommandName())).append("\\fR\n")
                        .append(text(subDescription.isEmpty() ? "" : firstSentence(subDescription.get(0)))).append('\n');
            }
        }

        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            section(roff, "man.section.exitStatus");
            exitCodes.forEach((code, meaning) -> roff.append(".TP\n\\fB").append(escape(code.strip())).append("\\fR\n")
                    .append(text(meaning)).append('\n'));
        }

        List<String> footer = lines(spec.usageMessage().footer());
        if (!footer.isEmpty()) {
            section(roff, "man.section.examples");
            roff.append(".nf\n");
            footer.forEach(line -> roff.append(text(line.strip())).append('\n'));
            roff.append(".fi\n");
        }

        section(roff, "man.section.seeAlso");
        List<String> related = new ArrayList<>();
        if (spec.parent() != null) {
            related.add("\\fB" + escape(pageName(spec.parent())) + "\\fR(1)");
        }
        subcommands.forEach(sub -> related.add("\\fB" + escape(pageName(sub.getCommandSpec())) + "\\fR(1)"));
        related.add(escape(messages.get("man.seeAlso.help", spec.qualifiedName())));
        roff.append(String.join(", ", related)).append('\n');
        return roff.toString();
    }

    private void section(StringBuilder roff, String key) {
        roff.append(".SH \"").append(escape(messages.get(key))).append("\"\n");
    }

    /** "-o, --out=OUT" in bold and italics. */
    private static String optionNames(OptionSpec option) {
        List<String> names = new ArrayList<>();
        for (String name : option.names()) {
            names.add("\\fB" + escape(name) + "\\fR");
        }
        String label = option.arity().max() > 0 && !option.paramLabel().isEmpty() && !option.paramLabel().startsWith("<")
                ? "=\\fI" + escape(option.paramLabel()) + "\\fR" : option.arity().max() > 0 ? "=\\fIVALUE\\fR" : "";
        return String.join(", ", names) + label;
    }

    /** picocli's description lines, formatted as the help formats them (%n a line break, %% a percent sign). */
    private static List<String> lines(String[] description) {
        List<String> lines = new ArrayList<>();
        for (String line : description) {
            for (String part : line.replace("%n", "\n").replace("%%", "%").split("\n")) {
                if (!part.isBlank()) {
                    lines.add(part);
                }
            }
        }
        return lines;
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph.replaceFirst("\\.$", "") : paragraph.substring(0, end);
    }

    /** Text as a roff line: escapes, and no line starting with a control character. */
    private static String text(String plain) {
        String escaped = escape(plain);
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    static String escape(String plain) {
        return plain.replace("\\", "\\e").replace("-", "\\-").replace("\n", "\n\\&");
    }
}
