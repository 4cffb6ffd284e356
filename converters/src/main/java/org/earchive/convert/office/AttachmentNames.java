package org.earchive.convert.office;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for a message's attachments that are safe to write and unique within the message. An attachment's
 * name is whatever its sender typed, or forged: {@code ../../etc/passwd}, an absolute or Windows path, nothing at
 * all, control characters, a right-to-left override that turns {@code gpj.exe} around, a device name Windows
 * refuses ({@code CON}), two attachments of one name, names longer than a file system takes. Each becomes one plain
 * name of one path segment; the order of the attachments in the message decides which of two equal names gets the
 * {@code ~2}, so the names are the same on every run. Archives' members use the same rules, segment by segment
 * ({@link org.earchive.unpack.MemberPaths}).
 */
public final class AttachmentNames {

    /** Room left, under the usual 255-byte limit, for the suffixes outputs add ({@code ~hash}, {@code .NOT-COMPLIANT.pdf}). */
    static final int MAX_NAME_BYTES = 120;
    private static final int MAX_EXTENSION_CHARS = 10;
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String FORBIDDEN = "<>:\"|?*";

    private final Set<String> taken = new HashSet<>();

    /**
     * @param original the name the message gives (null when it gives none)
     * @param position the attachment's 1-based position in the message, to name a nameless one
     */
    public String next(String original, int position) {
        String name = clean(original);
        if (name.isEmpty()) {
            name = "attachment-" + position;
        }
        name = shorten(name);
        String unique = name;
        for (int n = 2; !taken.add(key(unique)); n++) {
            unique = withSuffix(name, "~" + n);
        }
        return unique;
    }

    /** One segment, NFC, without the characters file systems and readers trip over. */
    public static String clean(String original) {
        if (original == null) {
            return "";
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            // control and format characters (bidi overrides, zero-width joiners) hide what a name really is
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.SURROGATE && FORBIDDEN.indexOf(c) < 0) {
                kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        // leading dots hide a file, trailing dots and spaces Windows drops; "." and ".." are not names
        name = kept.toString().replaceAll("^[\\s.]+|[\\s.]+$", "");
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return name;
    }

    /** At most {@link #MAX_NAME_BYTES} bytes of UTF-8, the extension kept when it is a short one. */
    public static String shorten(String name) {
        if (utf8Length(name) <= MAX_NAME_BYTES) {
            return name;
        }
        String extension = extension(name);
        String base = name.substring(0, name.length() - extension.length());
        int budget = MAX_NAME_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < base.length(); ) {
            int c = base.codePointAt(i);
            String next = new String(Character.toChars(c));
            if (utf8Length(kept.toString()) + utf8Length(next) > budget) {
                break;
            }
            kept.append(next);
            i += Character.charCount(c);
        }
        return kept.toString().strip() + extension;
    }

    private static String withSuffix(String name, String suffix) {
        String extension = extension(name);
        return name.substring(0, name.length() - extension.length()) + suffix + extension;
    }

    /** ".docx", or "" when the name has none or only a long tail after its last dot. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= MAX_EXTENSION_CHARS + 1 ? name.substring(dot) : "";
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Case-insensitive, since the output may live on a file system that is. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
