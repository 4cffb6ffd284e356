package org.earchive.detect;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimaize's 70 built-in language profiles, the same objects its {@code LanguageProfileReader.readAllBuiltIn()}
 * returns (equal profile for profile, in the same order: {@code OptimaizeProfilesTest}), read in about half the CPU.
 * Optimaize reads each JSON file with a regular expression over the whole file, splits it into strings, keeps the
 * grams in a map of its old format and copies them into a new one; here the grams go from the file's text straight
 * into Optimaize's own {@link LanguageProfileBuilder}. A file this reading is not sure to read as Optimaize does (a
 * line break inside, a gram named twice, anything unusual) is read by Optimaize's reader itself.
 */
final class OptimaizeProfiles {

    /** Where Optimaize keeps its profiles, named by their locale ("languages/en", "languages/zh-CN"). */
    private static final String FOLDER = "languages/";
    /** Optimaize's own pattern for the profile's language name (its {@code LangProfileReader}). */
    private static final Pattern NAME = Pattern.compile("\"name\" ?: ?\"(.+?)\"");
    private static final String FREQ = "\"freq\"";

    private OptimaizeProfiles() {
    }

    /** Every built-in profile, in {@link BuiltInLanguages}' order, as Optimaize's reader gives them. */
    static List<LanguageProfile> readAllBuiltIn() throws IOException {
        List<LanguageProfile> profiles = new ArrayList<>();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            profiles.add(read(locale));
        }
        return profiles;
    }

    private static LanguageProfile read(LdLocale locale) throws IOException {
        byte[] bytes;
        try (InputStream in = LanguageProfileReader.class.getClassLoader().getResourceAsStream(FOLDER + locale)) {
            if (in == null) {
                return new LanguageProfileReader().readBuiltIn(locale); // which says what is missing, as it always did
            }
            bytes = in.readAllBytes();
        }
        return read(bytes);
    }

    /** One profile file's bytes, as Optimaize's {@code LanguageProfileReader.read(InputStream)} reads them. */
    static LanguageProfile read(byte[] bytes) throws IOException {
        LanguageProfile profile = quickly(new String(bytes, StandardCharsets.UTF_8));
        return profile != null ? profile : new LanguageProfileReader().read(new ByteArrayInputStream(bytes));
    }

    /** The profile, or null where Optimaize's reader might read the text otherwise than this does. */
    private static LanguageProfile quickly(String json) {
        String text = withoutFinalLineBreak(json);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return null; // Optimaize joins lines with a space
        }
        Matcher name = NAME.matcher(text);
        int start = text.indexOf(FREQ);
        if (!name.find() || start < 0) {
            return null;
        }
        int at = start + FREQ.length();
        at = skipOneSpace(text, at);
        if (at >= text.length() || text.charAt(at) != ':') {
            return null;
        }
        at = skipOneSpace(text, at + 1);
        if (at >= text.length() || text.charAt(at) != '{') {
            return null;
        }
        int from = at + 1;
        int end = text.indexOf('}', from + 1); // Optimaize's "(.+?)\}": at least one character, up to the first brace
        if (end < 0 || hasRegexLineTerminator(text, from, end)) {
            return null;
        }
        LanguageProfileBuilder builder;
        try {
            builder = new LanguageProfileBuilder(LdLocale.fromString(name.group(1)));
        } catch (RuntimeException unknownLocale) {
            return null;
        }
        int grams = 0;
        int entry = from;
        while (entry < end) {
            int comma = text.indexOf(',', entry);
            int stop = comma < 0 || comma > end ? end : comma;
            if (stop == entry) {
                // an empty entry: Optimaize's split drops it at the end and fails on it elsewhere
                return onlyCommasFollow(text, stop, end) ? built(builder, grams) : null;
            }
            int colon = text.indexOf(':', entry);
            if (colon < 0 || colon >= stop) {
                return null;
            }
            int second = text.indexOf(':', colon + 1);
            int valueEnd = second < 0 || second > stop ? stop : second;
            if (valueEnd == colon + 1) {
                return null;
            }
            String gram = text.substring(entry, colon).trim();
            if (gram.indexOf('"') >= 0) {
                gram = gram.replace("\"", "");
            }
            try {
                builder.addGram(gram, Integer.parseInt(text, colon + 1, valueEnd, 10));
            } catch (NumberFormatException e) {
                return null;
            }
            grams++;
            entry = stop + 1;
        }
        return built(builder, grams);
    }

    /** The profile, unless a gram was named twice (Optimaize keeps the last count, the builder adds them up). */
    private static LanguageProfile built(LanguageProfileBuilder builder, int grams) {
        LanguageProfile profile = builder.build();
        return profile.getNumGrams() == grams ? profile : null;
    }

    private static boolean onlyCommasFollow(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }

    private static int skipOneSpace(String text, int at) {
        return at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    }

    /** What a regular expression's "." does not match without flags (besides \n and \r, refused before). */
    private static boolean hasRegexLineTerminator(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String withoutFinalLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n") || text.endsWith("\r")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
