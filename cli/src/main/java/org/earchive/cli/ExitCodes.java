package org.earchive.cli;

/** earchive's exit codes: a stable public interface that scripts branch on (listed in every --help). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SOME_DOCUMENTS_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_MISSING = 3;
    public static final int OUTPUT_NOT_WRITABLE = 4;
    public static final int INTERNAL_ERROR = 70;
    public static final int INTERRUPTED = 130;

    /** What --help lists on every command, in order. */
    static final java.util.Map<String, String> DESCRIPTIONS = descriptions();

    private static java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("  0", "all done and valid");
        codes.put("  1", "some documents failed or are not compliant (details in the report)");
        codes.put("  2", "bad command line or configuration");
        codes.put("  3", "an input path is missing or unreadable");
        codes.put("  4", "output not writable (disk full, permissions, another run is writing to it)");
        codes.put(" 70", "internal error (a bug: please report it with the message printed)");
        codes.put("130", "interrupted");
        return java.util.Collections.unmodifiableMap(codes);
    }

    private ExitCodes() {
    }
}
