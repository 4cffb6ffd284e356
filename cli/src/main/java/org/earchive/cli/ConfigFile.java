package org.earchive.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.PropertiesDefaultProvider;

/**
 * The defaults a clerk's shortcut or a nightly job would otherwise repeat on every command line:
 * {@code earchive.properties} (UTF-8), {@code --config FILE} or else {@code $XDG_CONFIG_HOME/earchive/} or
 * {@code ~/.config/earchive/}. One {@code option=value} line per option, named as on the command line without its
 * dashes ({@code jobs=2}, {@code ocr-lang=vie}); {@code convert.jobs=1} for one command only; {@code lang=vi}.
 * The command line wins over the file. A key that names no option is refused (a typo must not pass silently).
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {

    static final String FILE_NAME = "earchive.properties";
    static final String LANG = "lang";

    private final Path path;
    private final Properties settings;
    private final PropertiesDefaultProvider options;

    private ConfigFile(Path path, Properties settings) {
        this.path = path;
        this.settings = settings;
        // picocli qualifies a command's keys with the whole command name: "earchive.convert.jobs"
        Properties qualified = new Properties();
        settings.forEach((key, value) -> qualified.put(qualify((String) key), value));
        this.options = new PropertiesDefaultProvider(qualified);
    }

    /** No file: the built-in defaults. */
    static ConfigFile none() {
        return new ConfigFile(null, new Properties());
    }

    /** Where the file is looked for when --config is not given, or null when there is no home to look in. */
    static Path defaultLocation(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "earchive", FILE_NAME);
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".config", "earchive", FILE_NAME);
    }

    /**
     * @param given --config's value, or null to look in the default location (where a missing file is no error)
     * @throws UsageException when the file named cannot be read
     */
    static ConfigFile load(Path given, Map<String, String> env, Messages messages) {
        Path path = given != null ? given : defaultLocation(env);
        if (path == null || given == null && !Files.isRegularFile(path)) {
            return none();
        }
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(List.of(messages.get("config.unreadable", path, e.getMessage())));
        }
        return new ConfigFile(path, settings);
    }

    Path path() {
        return path;
    }

    String language() {
        return settings.getProperty(LANG);
    }

    Set<String> keys() {
        return new TreeSet<>(settings.stringPropertyNames());
    }

    @Override
    public String defaultValue(ArgSpec argSpec) throws Exception {
        return options.defaultValue(argSpec);
    }

    /** The keys that name no option of any command: each one a sentence for the clerk. */
    List<String> unknownKeys(CommandLine root) {
        if (settings.isEmpty()) {
            return List.of(); // no file, or an empty one: the options of the whole tree need not be listed
        }
        Set<String> known = new TreeSet<>();
        collect(root, known);
        known.remove("config"); // a file cannot name another file
        List<String> unknown = new ArrayList<>();
        for (String key : keys()) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private static void collect(CommandLine command, Set<String> known) {
        CommandSpec spec = command.getCommandSpec();
        String prefix = unqualified(spec.qualifiedName("."));
        for (OptionSpec option : spec.options()) {
            String name = option.longestName().replaceFirst("^-+", "");
            known.add(name);
            if (!prefix.isEmpty()) {
                known.add(prefix + "." + name);
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, known));
    }

    /** "convert.jobs" as picocli looks it up: "earchive.convert.jobs"; "jobs" stays as it is. */
    private static String qualify(String key) {
        return key.contains(".") && !key.startsWith("earchive.") ? "earchive." + key : key;
    }

    /** "earchive.convert" -> "convert"; "earchive" -> "". */
    private static String unqualified(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(dot + 1);
    }
}
