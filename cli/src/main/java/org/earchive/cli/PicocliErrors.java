package org.earchive.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's own complaints about a command line ("Unknown option: '--foo'", "Invalid value for option '--jobs':
 * ..."), which it writes in English, in the run's language: its few forms are matched here and said with the
 * bundle's words; the reason a value was refused (the library's sentence) through the library's catalogue.
 */
final class PicocliErrors {

    private record Form(Pattern english, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("Invalid value for (?:option|positional parameter at index \\S+) ('[^']*'|\\S+): (.*)", Pattern.DOTALL), "picocli.invalidValue"),
            new Form(Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL), "picocli.unknownOption"),
            new Form(Pattern.compile("Unmatched arguments? from index \\d+: (.*)", Pattern.DOTALL), "picocli.unmatched"),
            new Form(Pattern.compile("Missing required (?:parameters?|options?)(?: for option '[^']*')?: (.*)", Pattern.DOTALL), "picocli.missing"),
            new Form(Pattern.compile("Expected parameter for option '([^']*)' but found '([^']*)'", Pattern.DOTALL), "picocli.expectedParameter"));

    private PicocliErrors() {
    }

    static String inLanguage(String message, Messages messages) {
        if (message == null) {
            return "";
        }
        if (messages.language() == Language.EN) {
            return message; // picocli's English as it wrote it
        }
        for (Form form : FORMS) {
            Matcher matcher = form.english().matcher(message);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = messages.sentence(matcher.group(i + 1));
                }
                return messages.get(form.key(), parts);
            }
        }
        return messages.sentence(message);
    }
}
