package org.earchive.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one value a clerk typed against its field's kind, length and code list, and gives it the form
 * earchive stores (codes as their two digits, dates as ISO 8601). Spreadsheets drop leading zeros, so "2"
 * is taken as code "02".
 *
 * @param value   the stored form, or null when the value is rejected
 * @param problem why it was rejected (a sentence for the clerk), or null
 */
public record FieldCheck(String value, String problem) {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public boolean ok() {
        return problem == null;
    }

    public static FieldCheck of(MetadataField field, String raw) {
        String value = VietnameseText.nfc(raw).strip();
        switch (field.kind()) {
            case CODE:
                return field.codeList().resolve(value).map(code -> new FieldCheck(code, null))
                        .orElseGet(() -> rejected("'" + value + "' is not a code of the TT 05 " + field.element()
                                + " list (" + codes(field) + ")"));
            case DATE:
                return date(value);
            case INTEGER:
                if (!value.matches("\\d+") || value.length() > field.maxLength() || Long.parseLong(value) == 0) {
                    return rejected("'" + value + "' is not a whole number from 1 to " + "9".repeat(field.maxLength()));
                }
                return new FieldCheck(value.replaceFirst("^0+", ""), null);
            case BOOLEAN:
                return bool(value);
            default:
                if (value.length() > field.maxLength()) {
                    return rejected("is " + value.length() + " characters long; TT 05 allows at most " + field.maxLength());
                }
                return new FieldCheck(value, null);
        }
    }

    private static String codes(MetadataField field) {
        StringBuilder list = new StringBuilder();
        for (String code : field.codeList().codes()) {
            list.append(list.length() == 0 ? "" : ", ").append(code).append(' ')
                    .append(field.codeList().label(code).orElse(""));
        }
        return list.toString();
    }

    private static FieldCheck date(String value) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        Matcher iso = ISO_DATE.matcher(value);
        try {
            if (dmy.matches()) {
                return new FieldCheck(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))).toString(), null);
            }
            if (iso.matches()) {
                return new FieldCheck(LocalDate.parse(value).toString(), null);
            }
        } catch (DateTimeException e) {
            return rejected("'" + value + "' is not a real date");
        }
        return rejected("'" + value + "' is not a date in the form DD/MM/YYYY");
    }

    private static FieldCheck bool(String value) {
        switch (VietnameseText.key(value).toLowerCase(Locale.ROOT)) {
            case "true", "1", "co", "yes":
                return new FieldCheck("true", null);
            case "false", "0", "khong", "no":
                return new FieldCheck("false", null);
            default:
                return rejected("'" + value + "' is not true or false");
        }
    }

    private static FieldCheck rejected(String problem) {
        return new FieldCheck(null, problem);
    }
}
