package org.earchive.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rule a package is checked against: an E-ARK CSIP/SIP requirement or one of earchive's own (TT 05,
 * schemas, ZIP, BagIt, PDF/A). The table is read from {@code requirements.tsv} beside this class, the one
 * place ids and levels are kept; {@link #of(String)} refuses an id that is not there, so a typo in a check
 * fails its test instead of reporting a rule nobody can look up.
 *
 * @param id    "CSIP64", "TT05-DOCCODE", ...
 * @param level MUST: the package is refused; SHOULD: said, and the package still passes
 * @param text  what the rule asks, in one line
 */
public record Requirement(String id, Level level, String text) {

    public enum Level { MUST, SHOULD }

    private static final Map<String, Requirement> TABLE = load();

    public static Requirement of(String id) {
        Requirement requirement = TABLE.get(id);
        if (requirement == null) {
            throw new IllegalArgumentException("no rule " + id + " in requirements.tsv");
        }
        return requirement;
    }

    public static Collection<Requirement> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    private static Map<String, Requirement> load() {
        Map<String, Requirement> table = new LinkedHashMap<>();
        try (InputStream in = Requirement.class.getResourceAsStream("requirements.tsv")) {
            if (in == null) {
                throw new IllegalStateException("requirements.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                if (cells.length != 3 || table.put(cells[0], new Requirement(cells[0], Level.valueOf(cells[1]), cells[2])) != null) {
                    throw new IllegalStateException("requirements.tsv: bad or repeated line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
