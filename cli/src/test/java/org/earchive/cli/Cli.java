package org.earchive.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs earchive in-process, as a user's shell would, capturing what it prints. */
record Cli(int exitCode, String out, String err) {

    /** In English and with no config file, whatever the machine's locale and HOME. */
    static Cli run(Object... args) {
        return runIn(Map.of("LANG", "C"), args);
    }

    /** With ENV as the environment that chooses the language and the config file (LANG, EARCHIVE_LANG, HOME...). */
    static Cli runIn(Map<String, String> env, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, strings);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
