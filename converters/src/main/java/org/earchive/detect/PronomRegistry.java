package org.earchive.detect;

import org.earchive.detect.pronom.PronomMatch;
import org.earchive.detect.pronom.PronomIdentifier;

/**
 * The PRONOM side of a {@link Detection}: the identifier and format name PRONOM's signatures give (through DROID's
 * code, {@link PronomIdentifier}), beside the media type Tika gives for routing.
 */
final class PronomRegistry {

    /** Tika's media type for every PDF, PDF/A included. */
    private static final String PDF = "application/pdf";

    private PronomRegistry() {
    }

    /** The detection for content of Tika's type {@code mime} that PRONOM's signatures identified (or not: null). */
    static Detection of(String mime, PronomMatch match, String describedByTika) {
        if (match == null) {
            return new Detection(mime, null, describedByTika, null, java.util.List.of());
        }
        return new Detection(mime, match.puid(), match.name(), match.version(), match.candidates());
    }

    /**
     * This PDF's identity once it is known to be the given PDF/A level ("PDF/A-2u"): unchanged when the signatures
     * already said so, else PRONOM's identifier of that part and conformance, named as the signature file names it.
     * A level the signature file has no identifier for (PDF/A-4 in older files) leaves the detection as it is.
     */
    static Detection withPdfaClaim(Detection pdf, String claim) {
        PronomMatch level = pdfaLevel(claim);
        if (level == null || level.puid().equals(pdf.puid())) {
            return pdf;
        }
        return new Detection(pdf.mime(), level.puid(), level.name(), level.version(), level.candidates());
    }

    /**
     * A PDF/A earchive wrote and veraPDF confirmed at the given level ("PDF/A-2u"): a PDF, and PRONOM's identifier of
     * that level, as {@link #withPdfaClaim} gives it after Tika and DROID read the file. Null for a level the
     * signature file has no identifier for: such a file is identified by reading it.
     */
    static Detection writtenPdfa(String claim) {
        PronomMatch level = pdfaLevel(claim);
        return level == null ? null
                : new Detection(PDF, level.puid(), level.name(), level.version(), level.candidates());
    }

    private static PronomMatch pdfaLevel(String claim) {
        if (claim == null || !claim.startsWith("PDF/A-")) {
            return null;
        }
        return PronomIdentifier.shared().pdfaFormat(claim.substring("PDF/A-".length()));
    }
}
