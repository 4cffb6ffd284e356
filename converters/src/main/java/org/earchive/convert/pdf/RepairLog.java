package org.earchive.convert.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the repairs changed in a PDF, counted by kind so a report says "removed 3 JavaScript actions" rather
 * than listing each. Kept in the order the repairs happened.
 */
final class RepairLog {

    private final Map<String, Integer> changes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** One more change of this kind, e.g. "JavaScript action removed". */
    void changed(String what) {
        changes.merge(what, 1, Integer::sum);
    }

    /** Something the repairs could not fix; said as a full sentence. */
    void problem(String sentence) {
        problems.add(sentence);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** "JavaScript action removed ×3, annotation made printable ×2". */
    String summary() {
        StringBuilder line = new StringBuilder();
        changes.forEach((what, count) -> line.append(line.length() == 0 ? "" : ", ").append(what)
                .append(count > 1 ? " ×" + count : ""));
        return line.toString();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
