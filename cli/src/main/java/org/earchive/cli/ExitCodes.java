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

    /** What --help lists on every command, in order, in the language of the run. */
    static java.util.Map<String, String> descriptions(Messages messages) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (int code : new int[] {OK, SOME_DOCUMENTS_FAILED, USAGE, INPUT_MISSING, OUTPUT_NOT_WRITABLE, INTERNAL_ERROR, INTERRUPTED}) {
            String number = Integer.toString(code);
            codes.put(" ".repeat(3 - number.length()) + number, messages.get("exitCode." + code)); // "%3d", without Formatter's start-up
        }
        return java.util.Collections.unmodifiableMap(codes);
    }

    private ExitCodes() {
    }
}
