package org.earchive.unpack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.earchive.convert.office.AttachmentNames;

/**
 * Paths to write a container's members under, keeping their folders: each segment made safe by the rules of an
 * e-mail attachment's name ({@link AttachmentNames}: NFC, no control or bidi characters, no Windows device
 * names, at most 120 bytes), and the whole path unique in the container in any letter case, the later of two
 * equal names getting {@code ~2} in the container's order so the names are the same on every run. A name that
 * climbs out of the folder ({@code ..}) is not given a path at all ({@link #climbs}); an absolute path
 * ({@code /home/x}, {@code C:\x}) is read below the folder, as GNU tar and Info-ZIP do. Backslashes are
 * folder separators: old Windows tools wrote them so.
 */
public final class MemberPaths {

    /** A path for one member, and what a clerk should know when it is not the member's own name. */
    public record Chosen(String path, String warning) {
    }

    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    /** True when the name has a {@code ..} segment: unpacked as named, it would land outside the folder. */
    public static boolean climbs(String name) {
        for (String segment : name.split("[/\\\\]")) {
            if (segment.strip().equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param name     the member's name as the container gives it (not one that {@link #climbs})
     * @param position its 1-based position in the container, to name a member whose name leaves nothing
     */
    public Chosen next(String name, int position) {
        List<String> segments = segments(name);
        boolean altered = name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = safe(segments.get(i), "folder-" + position);
            altered |= !segment.equals(segments.get(i));
            String folder = parent + segment;
            for (int n = 2; files.contains(key(folder)); n++) {
                folder = parent + segment + "~" + n; // a file of that name came first
            }
            folders.add(key(folder));
            parent.setLength(0);
            parent.append(folder).append('/');
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        String file = safe(last, "file-" + position);
        altered |= !file.equals(last);
        String plain = parent + file;
        String unique = plain;
        for (int n = 2; files.contains(key(unique)) || folders.contains(key(unique)); n++) {
            unique = parent + withSuffix(file, "~" + n);
        }
        files.add(key(unique));
        String shown = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (!unique.equals(plain)) {
            return new Chosen(unique, "The container holds another member named '" + plain + "' before this one (in"
                    + " any letter case); this one is taken out as '" + unique + "'.");
        }
        if (altered) {
            return new Chosen(unique, "The member's name '" + org.earchive.convert.office.MailAttachments.visibleName(shown)
                    + "' is not safe to write as it is; it is taken out as '" + unique + "'.");
        }
        return new Chosen(unique, null);
    }

    /** The name's segments in NFC, without empty ones, "." and a leading drive ("C:"). */
    private static List<String> segments(String name) {
        List<String> kept = new ArrayList<>();
        String[] split = Normalizer.normalize(name, Normalizer.Form.NFC).split("[/\\\\]");
        for (int i = 0; i < split.length; i++) {
            String segment = split[i];
            if (segment.isEmpty() || segment.equals(".") || (i == 0 && segment.matches("[A-Za-z]:"))) {
                continue;
            }
            kept.add(segment);
        }
        return kept;
    }

    private static String safe(String segment, String otherwise) {
        String cleaned = AttachmentNames.shorten(AttachmentNames.clean(segment));
        return cleaned.isEmpty() ? otherwise : cleaned;
    }

    private static String withSuffix(String name, String suffix) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 11 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
