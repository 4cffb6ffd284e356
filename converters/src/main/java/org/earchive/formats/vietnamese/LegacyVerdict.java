package org.earchive.formats.vietnamese;

/**
 * What the evidence says about a text that may be in a legacy Vietnamese code.
 *
 * @param encoding  the code the text is in, or null when nothing points to one
 * @param strength  how sure: {@link Strength#STRONG} converts, {@link Strength#WEAK} only warns
 * @param reason    one sentence for a person: what the evidence is ("142 of 145 words become Vietnamese ...")
 */
public record LegacyVerdict(LegacyEncoding encoding, Strength strength, String reason) {

    public enum Strength {
        /** Not legacy Vietnamese (or nothing to judge). */
        NONE,
        /** Some signs, too few or too mixed to convert without a person's word: left as it is, with a warning. */
        WEAK,
        /** Enough evidence to convert: font names, or words that become Vietnamese almost without exception. */
        STRONG
    }

    public static final LegacyVerdict NONE = new LegacyVerdict(null, Strength.NONE, null);

    public boolean converts() {
        return strength == Strength.STRONG;
    }
}
