package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code earchive man}: a page per command, in the language of the run, that man's formatter reads without a warning. */
class ManPageIT {

    @TempDir
    Path work;

    @Test
    void everyCommandGetsAPageInEachLanguageThatGroffReadsCleanly() throws Exception {
        for (String language : List.of("vi", "en")) {
            Path folder = work.resolve(language);
            Cli man = Cli.run("man", "--dir", folder, "--lang", language);
            assertEquals(ExitCodes.OK, man.exitCode(), man::toString);

            List<String> expected = new ArrayList<>();
            collect(commandLine(), expected);
            try (Stream<Path> pages = Files.list(folder)) {
                assertEquals(expected.stream().sorted().toList(),
                        pages.map(p -> p.getFileName().toString()).sorted().toList(), "one page per command");
            }
            String convert = Files.readString(folder.resolve("earchive-convert.1"), StandardCharsets.UTF_8);
            assertTrue(convert.startsWith(".\\\" ") && convert.contains("\n.TH \"EARCHIVE\\-CONVERT\" 1 "), convert);
            for (OptionSpec option : commandLine().getSubcommands().get("convert").getCommandSpec().options()) {
                assertTrue(convert.contains("\\fB" + ManPages.escape(option.longestName()) + "\\fR"), option.longestName());
            }
            if (language.equals("vi")) {
                assertTrue(convert.contains(".SH \"TÙY CHỌN\"") && convert.contains(".SH \"MÃ KẾT THÚC\""), convert);
                assertTrue(convert.contains("Múi giờ của các thời điểm"), "the options' texts are Vietnamese");
            } else {
                assertTrue(convert.contains(".SH \"OPTIONS\"") && convert.contains(".SH \"EXIT STATUS\""), convert);
            }
            groffReadsCleanly(folder);
        }
    }

    private static CommandLine commandLine() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return Main.commandLine(sink, sink);
    }

    private static void collect(CommandLine command, List<String> pages) {
        pages.add(ManPages.pageName(command.getCommandSpec()) + ".1");
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, pages));
    }

    /** groff with every warning on: what man would show, formatted; skipped where groff is missing. */
    private static void groffReadsCleanly(Path folder) throws Exception {
        boolean groff = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "groff")));
        if (!groff) {
            return; // the pages' structure is checked above; groff (man-db's formatter) is not installed here
        }
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path page : pages.toList()) {
                ProcessBuilder builder = new ProcessBuilder("groff", "-man", "-Tutf8", "-Kutf8", "-ww", page.toString())
                        .redirectError(ProcessBuilder.Redirect.PIPE);
                builder.environment().putAll(Map.of("LC_ALL", "C.UTF-8"));
                Process process = builder.start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String warnings = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, process.waitFor(), warnings);
                assertTrue(warnings.isBlank(), page + ": " + warnings);
                assertTrue(text.length() > 200, page + " has text");
            }
        }
    }
}
