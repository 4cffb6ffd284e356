package org.earchive.api;

import java.util.List;

/**
 * No package was written: the lines say why, each one sentence a clerk understands; the problem says whose the
 * trouble is (front ends map it to their own codes).
 */
public final class PackagingException extends Exception {

    /** Whose trouble it is. */
    public enum Problem {
        /** The request or the clerk's files are wrong: correct them and run again. */
        BAD_REQUEST,
        /** An input cannot be read. */
        UNREADABLE,
        /** The destination already exists: packages are never overwritten. */
        OUT_EXISTS,
        /** The destination (or the folder converted into) cannot be written. */
        NOT_WRITABLE,
        /** The source holds no converted document. */
        NOTHING_TO_PACKAGE,
        /** earchive wrote something it cannot stand behind: a bug. */
        INTERNAL
    }

    private final Problem problem;
    private final List<String> lines;

    public PackagingException(Problem problem, List<String> lines) {
        super(String.join(" ", lines));
        this.problem = problem;
        this.lines = List.copyOf(lines);
    }

    public PackagingException(Problem problem, String line) {
        this(problem, List.of(line));
    }

    public Problem problem() {
        return problem;
    }

    public List<String> lines() {
        return lines;
    }
}
