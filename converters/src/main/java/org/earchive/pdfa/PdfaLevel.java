package org.earchive.pdfa;

import java.util.Locale;

/** A PDF/A part and conformance level, e.g. PDF/A-2u, as written in XMP and as veraPDF names its profiles. */
public enum PdfaLevel {
    PDFA_1A(1, "A"), PDFA_1B(1, "B"),
    PDFA_2A(2, "A"), PDFA_2B(2, "B"), PDFA_2U(2, "U"),
    PDFA_3A(3, "A"), PDFA_3B(3, "B"), PDFA_3U(3, "U");

    private final int part;
    private final String conformance;

    PdfaLevel(int part, String conformance) {
        this.part = part;
        this.conformance = conformance;
    }

    public int part() {
        return part;
    }

    /** The XMP {@code pdfaid:conformance} value: "A", "B" or "U". */
    public String conformance() {
        return conformance;
    }

    /** veraPDF's flavour id and the short form users type: "2u". */
    public String flavourId() {
        return part + conformance.toLowerCase(Locale.ROOT);
    }

    /** "PDF/A-2u". */
    public String label() {
        return "PDF/A-" + flavourId();
    }

    /** Parses "2u", "2U", "pdfa-2u" or "PDF/A-2u". */
    public static PdfaLevel parse(String text) {
        String id = text.trim().toLowerCase(Locale.ROOT).replace("pdf/a-", "").replace("pdfa-", "").replace("pdfa", "");
        for (PdfaLevel level : values()) {
            if (level.flavourId().equals(id)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown PDF/A level '" + text + "': use one of 1a, 1b, 2a, 2b, 2u, 3a, 3b, 3u");
    }

    public static PdfaLevel of(int part, String conformance) {
        return parse(part + conformance);
    }

    @Override
    public String toString() {
        return label();
    }
}
