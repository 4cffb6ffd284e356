package org.earchive.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.earchive.api.Doctor;

/**
 * The executors' checks put side by side: one line per component when every executor found the same, one line per
 * variant (naming its executors) when they differ. Differences matter beyond a missing program: the journal's
 * fingerprint names the Tesseract version and the office engine, so a document converted on an executor with
 * another version is not carried over by the next run, and the same folder gives other bytes on another executor.
 */
final class DoctorFindings {

    /** How one component was found on some executors. */
    record Variant(Doctor.Check check, List<String> executors) {
    }

    /** Beyond this many executors the first line counts them rather than naming each. */
    private static final int NAMED_EXECUTORS = 12;

    private final List<String> executors;
    private final Map<String, List<Variant>> byComponent;

    private DoctorFindings(List<String> executors, Map<String, List<Variant>> byComponent) {
        this.executors = List.copyOf(executors);
        this.byComponent = byComponent;
    }

    /** The findings of distinct executors (by id), whatever order the tasks came back in. */
    static DoctorFindings of(List<ExecutorDoctor> reports) {
        Map<String, ExecutorDoctor> executors = new TreeMap<>();
        reports.forEach(report -> executors.putIfAbsent(report.executorId(), report));
        Map<String, List<Variant>> byComponent = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (ExecutorDoctor executor : executors.values()) {
            String name = executor.executorId() + " (" + executor.host() + ")";
            names.add(name);
            for (Doctor.Check check : executor.checks()) {
                List<Variant> variants = byComponent.computeIfAbsent(check.engine(), k -> new ArrayList<>());
                Variant same = variants.stream().filter(v -> sameFinding(v.check(), check)).findFirst().orElse(null);
                if (same == null) {
                    variants.add(new Variant(check, new ArrayList<>(List.of(name))));
                } else {
                    same.executors().add(name);
                }
            }
        }
        return new DoctorFindings(names, byComponent);
    }

    /** Found the same way: state, version and languages (not where it is installed, which may differ harmlessly). */
    private static boolean sameFinding(Doctor.Check a, Doctor.Check b) {
        return a.ok() == b.ok() && Objects.equals(a.detail(), b.detail()) && a.languages().equals(b.languages())
                && a.missing().equals(b.missing());
    }

    int executorCount() {
        return executors.size();
    }

    /** Components whose findings differ between executors. */
    List<String> disagreements() {
        return byComponent.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** Whether every executor has what earchive cannot work without. */
    boolean essentialsEverywhere() {
        return byComponent.values().stream().flatMap(List::stream).map(Variant::check)
                .allMatch(check -> check.optional() || check.ok());
    }

    /** The table and the verdict, as the driver prints them. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int count = executors.size();
        lines.add(count + (count == 1 ? " executor" : " executors") + " answered"
                + (count <= NAMED_EXECUTORS ? ": " + String.join(", ", executors) + "." : "."));
        int width = byComponent.keySet().stream().mapToInt(String::length).max().orElse(6);
        for (Map.Entry<String, List<Variant>> component : byComponent.entrySet()) {
            for (Variant variant : component.getValue()) {
                String where = component.getValue().size() == 1 ? "all executors"
                        : String.join(", ", variant.executors());
                lines.add(String.format("%-" + width + "s  %-7s  %s  [%s]", component.getKey(),
                        variant.check().ok() ? "ok" : "MISSING", describe(variant.check()), where));
            }
        }
        List<String> differ = disagreements();
        if (differ.isEmpty()) {
            lines.add("Every executor found the same.");
        } else {
            lines.add("Executors differ in: " + String.join(", ", differ) + ". Give every executor the same installation:"
                    + " the journal names the Tesseract version and the office engine, so documents converted on one"
                    + " executor are redone by a run on another, and may come out with other bytes.");
        }
        if (!essentialsEverywhere()) {
            lines.add("Some executors lack what earchive cannot work without (MISSING above, not optional).");
        }
        return lines;
    }

    private static String describe(Doctor.Check check) {
        if (check.kind() == Doctor.Kind.OCR && check.detail() == null) {
            return check.problem() + " Scans stay image-only.";
        }
        if (check.detail() == null) {
            return "not found";
        }
        String text = check.detail();
        if (!check.languages().isEmpty()) {
            text += "; languages: " + String.join(" ", check.languages());
        }
        if (!check.missing().isEmpty()) {
            text += " (missing " + check.missing().stream().collect(Collectors.joining(", ")) + ")";
        }
        return check.location() == null ? text : text + " (" + check.location() + ")";
    }
}
