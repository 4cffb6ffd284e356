package org.earchive.packaging;

import java.util.ArrayList;
import java.util.List;

/** The findings of one package as they are made, in the order the checks ran. */
final class Findings {

    private final List<PackageProblem> list = new ArrayList<>();

    void add(String rule, String file, String message) {
        list.add(PackageProblem.of(rule, file, message));
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
