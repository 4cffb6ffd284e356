package org.earchive.packaging;

import java.util.ArrayList;
import java.util.List;

/** The findings of one package as they are made, in the order the checks ran. */
final class Findings {

    private final List<PackageProblem> list = new ArrayList<>();

    /** @param message one sentence; its first letter is capitalised, so checks may open it with "the file ..." */
    void add(String rule, String file, String message) {
        String sentence = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        list.add(PackageProblem.of(rule, file, sentence));
    }

    void addAll(List<PackageProblem> problems) {
        list.addAll(problems);
    }

    boolean anyRefusing() {
        return list.stream().anyMatch(PackageProblem::refuses);
    }

    List<PackageProblem> list() {
        return List.copyOf(list);
    }
}
