package org.earchive.formats.vietnamese;

import java.util.regex.Pattern;

/**
 * Plain text (no fonts to go by) that may be legacy Vietnamese: judged on its characters, converted line by
 * line so that the lines already in Unicode stay as they are (a file half pasted from a .VnTime document and
 * half typed in Unicode gets each half right). Nothing is converted on weak evidence.
 */
public final class LegacyPlainText {

    private static final Pattern LINE = Pattern.compile("(?<=\n)");

    /**
     * @param text     the converted text (the input itself unless the verdict converts)
     * @param verdict  what the characters say
     * @param lines    how many lines were converted
     */
    public record Result(String text, LegacyVerdict verdict, int lines) {

        public boolean converted() {
            return lines > 0;
        }

        /** One sentence for the report: what was converted and why, or why nothing was. */
        public String sentence() {
            if (converted()) {
                return "The text was typed in the pre-Unicode " + verdict.encoding().displayName()
                        + " code and was converted to Unicode (" + lines + " line(s); " + verdict.reason() + ").";
            }
            if (verdict.strength() == LegacyVerdict.Strength.WEAK) {
                return "Some of the text may have been typed in the pre-Unicode " + verdict.encoding().displayName()
                        + " code, but the evidence is weak (" + verdict.reason() + "), so it was left as it is:"
                        + " check it against the original.";
            }
            return null;
        }
    }

    private final LegacyTextEvidence evidence = new LegacyTextEvidence();

    /** @param forced a code a person named for this text, or null to decide from the evidence */
    public Result convert(String text, LegacyEncoding forced) {
        String[] lines = LINE.split(text);
        StringBuilder candidates = new StringBuilder();
        for (String line : lines) {
            if (isCandidate(line)) {
                candidates.append(line);
            }
        }
        LegacyVerdict verdict = forced != null
                ? new LegacyVerdict(forced, LegacyVerdict.Strength.STRONG, "the code was named on the command line")
                : evidence.weigh(candidates);
        if (!verdict.converts() || candidates.isEmpty()) {
            return new Result(text, verdict, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int converted = 0;
        for (String line : lines) {
            if (isCandidate(line)) {
                out.append(verdict.encoding().decode(line));
                converted++;
            } else {
                out.append(line);
            }
        }
        return new Result(out.toString(), verdict, converted);
    }

    /** A line holding legacy bytes and no letter only Unicode has. */
    private static boolean isCandidate(String line) {
        boolean legacy = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            legacy |= c >= 0x80 && c <= 0xFF;
        }
        return legacy && !LegacyTextEvidence.hasUnicodeVietnamese(line);
    }
}
