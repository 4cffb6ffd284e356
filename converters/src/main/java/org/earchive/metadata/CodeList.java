package org.earchive.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TT 05 code list, read from a tab-separated data file in {@code codes/} (code, name, optional
 * abbreviation or ISO code), so that a correction to the official list is a data change, not a code change.
 */
public final class CodeList {

    /** One row of the data file. */
    public record Entry(String code, String name, String extra) {
    }

    private static final Map<String, CodeList> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final List<Entry> entries;
    private final Map<String, String> labels = new LinkedHashMap<>();

    private CodeList(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            labels.putIfAbsent(entry.code(), entry.name());
        }
    }

    /** The list for a TT 05 element, e.g. {@code "typeName"}; loaded once. */
    public static CodeList named(String element) {
        return LOADED.computeIfAbsent(element, CodeList::load);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean contains(String code) {
        return labels.containsKey(code);
    }

    /** The official label of a code, e.g. "02" to "Quyết định". */
    public Optional<String> label(String code) {
        return Optional.ofNullable(labels.get(code));
    }

    /** "02 - Quyết định": a code and its name, as the XLSX template's drop-down lists write them. */
    public String labelled(String code) {
        return code + " - " + labels.getOrDefault(code, "");
    }

    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("(\\d{1,2})\\s*-\\s*(.+)");

    /** Every code, in the file's order. */
    public List<String> codes() {
        return List.copyOf(labels.keySet());
    }

    /**
     * The code a clerk means: the code itself ("02", or "2" after a spreadsheet dropped the leading zero), or
     * a name written with or without diacritics ("Quyết định", "quyet dinh"), or both ("02 - Quyết định").
     */
    public Optional<String> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (labels.containsKey(trimmed)) {
            return Optional.of(trimmed);
        }
        if (trimmed.matches("\\d") && labels.containsKey("0" + trimmed)) {
            return Optional.of("0" + trimmed);
        }
        java.util.regex.Matcher labelled = LABELLED.matcher(trimmed);
        if (labelled.matches() && labels.containsKey(labelled.group(1))
                && VietnameseText.key(labels.get(labelled.group(1))).equals(VietnameseText.key(labelled.group(2)))) {
            return Optional.of(labelled.group(1)); // "02 - Quyết định", as the XLSX template's lists offer it
        }
        String key = VietnameseText.key(trimmed);
        for (Entry entry : entries) {
            if (VietnameseText.key(entry.name()).equals(key)) {
                return Optional.of(entry.code());
            }
        }
        return Optional.empty();
    }

    /** The entry whose third column (abbreviation) is exactly this, e.g. "QĐ"; case matters ("QĐ" vs "QĐi"). */
    public Optional<Entry> byExtra(String extra) {
        return entries.stream().filter(e -> e.extra() != null && e.extra().equals(extra)).findFirst();
    }

    /** The entry whose name matches this text, ignoring case and diacritics. */
    public Optional<Entry> byName(String text) {
        String key = VietnameseText.key(text);
        return entries.stream().filter(e -> VietnameseText.key(e.name()).equals(key)).findFirst();
    }

    private static CodeList load(String element) {
        String resource = "codes/" + element + ".tsv";
        try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no TT 05 code list for " + element);
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = VietnameseText.nfc(line).split("\t");
                entries.add(new Entry(columns[0].trim(), columns[1].trim(), columns.length > 2 ? columns[2].trim() : null));
            }
            return new CodeList(element, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code list " + resource, e);
        }
    }
}
