package org.earchive.packaging;

/**
 * One finding in a package, said so an archivist can act on it: which rule, how serious, where, what.
 *
 * @param rule    the rule's id in {@link Requirement}: "CSIP71", "TT05-DOCCODE", "PDFA", ...
 * @param level   MUST (the package is refused) or SHOULD (reported, the package passes)
 * @param file    the file concerned, relative to the package root, or "" for the package as a whole
 * @param message one sentence naming the file or element and what is wrong with it
 */
public record PackageProblem(String rule, Requirement.Level level, String file, String message) {

    /** A finding of {@code rule} at the level the requirement table gives it. */
    public static PackageProblem of(String rule, String file, String message) {
        return new PackageProblem(rule, Requirement.of(rule).level(), file, message);
    }

    public boolean refuses() {
        return level == Requirement.Level.MUST;
    }
}
