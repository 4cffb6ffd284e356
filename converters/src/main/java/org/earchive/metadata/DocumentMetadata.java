package org.earchive.metadata;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about one document (tài liệu): every field at most once, each with its confidence and
 * origin. A field that nothing stated is absent, never guessed. Not thread-safe: one per document.
 */
public final class DocumentMetadata {

    private final EnumMap<MetadataField, FieldValue> values = new EnumMap<>(MetadataField.class);
    /** Values read with too little confidence to be written: left empty, shown to the clerk to check. */
    private final EnumMap<MetadataField, FieldValue> withheld = new EnumMap<>(MetadataField.class);

    public Optional<String> get(MetadataField field) {
        FieldValue value = values.get(field);
        return value == null ? Optional.empty() : Optional.of(value.value());
    }

    /** The value, or null: for writers that emit an empty element. */
    public String valueOrNull(MetadataField field) {
        return get(field).orElse(null);
    }

    public Optional<FieldValue> field(MetadataField field) {
        return Optional.ofNullable(values.get(field));
    }

    public boolean has(MetadataField field) {
        return values.containsKey(field);
    }

    public Optional<LocalDate> issuedDate() {
        return get(MetadataField.ISSUED_DATE).map(LocalDate::parse);
    }

    /** Sets a value unless one of higher precedence is already there; blank values are ignored. */
    public DocumentMetadata offer(MetadataField field, String value, double confidence, FieldValue.Origin origin) {
        if (value == null || value.isBlank()) {
            return this;
        }
        FieldValue present = values.get(field);
        if (present == null || present.origin().compareTo(origin) <= 0) {
            values.put(field, new FieldValue(value.strip(), confidence, origin));
        }
        return this;
    }

    /** Puts a value in place of the one there, whatever its origin (a confidence measured afresh). */
    DocumentMetadata replace(MetadataField field, FieldValue value) {
        values.put(field, value);
        return this;
    }

    /** Takes a value out, to be left for the clerk: it is no longer written, and {@link #withheld} lists it. */
    DocumentMetadata withhold(MetadataField field) {
        FieldValue value = values.remove(field);
        if (value != null) {
            withheld.put(field, value);
        }
        return this;
    }

    /** The values read with too little confidence to be written, for the clerk to check. */
    public Map<MetadataField, FieldValue> withheld() {
        return Collections.unmodifiableMap(withheld);
    }

    /** Removes a value, as a clerk's "-" asks: the field is then absent whatever was extracted. */
    public DocumentMetadata clear(MetadataField field) {
        values.remove(field);
        return this;
    }

    /** Takes every value of {@code other} that is not of lower precedence than what is here. */
    public DocumentMetadata merge(DocumentMetadata other) {
        other.values.forEach((field, value) -> offer(field, value.value(), value.confidence(), value.origin()));
        return this;
    }

    public Map<MetadataField, FieldValue> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * Số and ký hiệu as printed: "125/QĐ-UBND" for State documents, "15-TB/ĐU" for Party ones (Hướng dẫn
     * 36 puts a hyphen between them); null when either is unknown.
     */
    public String numberAndNotation() {
        Optional<String> number = get(MetadataField.CODE_NUMBER);
        Optional<String> notation = get(MetadataField.CODE_NOTATION);
        if (number.isEmpty() || notation.isEmpty()) {
            return null;
        }
        String separator = DocumentGrammar.PARTY.id().equals(valueOrNull(MetadataField.GRAMMAR)) ? "-" : "/";
        return number.get() + separator + notation.get();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
