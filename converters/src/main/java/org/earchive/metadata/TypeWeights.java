package org.earchive.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a typed document's lines are printed in bold capitals and which in regular ones, where the source says so
 * (a PDF's fonts, an office file's runs): NĐ 30/2020 (Phụ lục I, ô 2) prints the parent organ in regular capitals and
 * the issuing organ in bold under it, so that where a header's organ lines have both weights the bold ones are the
 * issuer, whatever words it opens with ("UBND TỈNH NINH BÌNH" / "QUỸ PHÁT TRIỂN ĐẤT": no list of heads knows every
 * organ's). A scan's text has no weights ({@link #NONE}).
 *
 * <p>A line is known by its text as the extractor sees it (white space collapsed, NFC), one column's piece of a row,
 * and by how many lines of the same text came before it (a parent "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" over a bold issuer
 * wrapped as "CHI NHÁNH" / "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / ...); a line printed partly bold has no weight.
 */
public final class TypeWeights {

    /** A line's weight: all its letters bold, or none. */
    enum Weight { BOLD, REGULAR }

    /** No weights known: a scan's OCR text, plain text, a page whose fonts say nothing. */
    public static final TypeWeights NONE = new TypeWeights(Map.of());

    /** By line key, each occurrence's weight in order; null for a line of both weights. */
    private final Map<String, List<Weight>> lines;

    private TypeWeights(Map<String, List<Weight>> lines) {
        this.lines = lines;
    }

    /** The weight of the {@code occurrence}-th line (from 0) printed as {@code text}, if all its letters had one. */
    Optional<Weight> of(String text, int occurrence) {
        List<Weight> weights = lines.get(key(text));
        return weights == null || occurrence >= weights.size() ? Optional.empty() : Optional.ofNullable(weights.get(occurrence));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    static String key(String text) {
        return VietnameseText.nfc(text.replace('\u00A0', ' ')).replaceAll("\\s+", " ").strip();
    }

    /** Collects lines, in reading order, with how many of their letters were bold. */
    public static final class Builder {
        private final Map<String, List<Weight>> lines = new HashMap<>();

        /**
         * @param text        one column's piece of a row, as printed
         * @param boldLetters how many of its letters were printed bold
         * @param letters     how many letters it has
         */
        public Builder add(String text, int boldLetters, int letters) {
            String key = key(text);
            if (key.isEmpty() || letters == 0) {
                return this;
            }
            Weight weight = boldLetters == letters ? Weight.BOLD : boldLetters == 0 ? Weight.REGULAR : null;
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(weight);
            return this;
        }

        public TypeWeights build() {
            if (lines.values().stream().allMatch(weights -> weights.stream().allMatch(w -> w == null))) {
                return NONE;
            }
            Map<String, List<Weight>> copy = new HashMap<>();
            lines.forEach((key, weights) -> copy.put(key, java.util.Collections.unmodifiableList(new ArrayList<>(weights))));
            return new TypeWeights(Map.copyOf(copy));
        }
    }
}
