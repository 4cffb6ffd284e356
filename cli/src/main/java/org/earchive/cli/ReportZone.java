package org.earchive.cli;

import java.time.ZoneId;
import java.util.Map;
import org.earchive.core.Presentation;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The time zone report.html and report.csv show times in, chosen as the language is: --time-zone on the command
 * line, else EARCHIVE_TZ, else time-zone= in the config file, else the machine's zone (+07:00 on a Vietnamese
 * computer). report.json keeps ISO-8601 with its offset whatever is chosen.
 */
final class ReportZone {

    static final String VARIABLE = "EARCHIVE_TZ";

    private ReportZone() {
    }

    /**
     * @param optionValue --time-zone's value: from the command line, or the config file's default
     * @throws UsageException when the zone chosen is no zone
     */
    static ZoneId chosen(CommandSpec spec, String optionValue, Map<String, String> env) {
        boolean onCommandLine = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--time-zone");
        String fromEnv = env.get(VARIABLE);
        String name = onCommandLine || fromEnv == null || fromEnv.isBlank() ? optionValue : fromEnv;
        try {
            return Presentation.zone(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.of(spec).get("timeZone.unknown", name));
        }
    }
}
