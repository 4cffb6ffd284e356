package org.earchive.packaging;

import java.util.ArrayList;
import java.util.List;

/** The findings of one package as they are made, in the order the checks ran. */
final class Findings {

    private final List<PackageProblem> list = new ArrayList<>();

    /**
     * @param message one sentence; an opening "the", "a" or "an" is capitalised, so checks may open it with
     *                "the fileGrp ..." while "docCode '…'" and "schemas/ …" keep their spelling
     */
    void add(String rule, String file, String message) {
        String sentence = message.matches("(?s)(the|a|an) .*") ? Character.toUpperCase(message.charAt(0)) + message.substring(1) : message;
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
