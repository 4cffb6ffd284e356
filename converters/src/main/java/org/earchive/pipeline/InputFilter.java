package org.earchive.pipeline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.text.Normalizer;
import java.util.List;

/**
 * The user's {@code --include} and {@code --exclude} globs. A glob with a slash is matched against the path
 * below the input folder ({@code scans/**}); one without is matched against the name alone ({@code *.tif}),
 * as rsync and .gitignore users expect. Names are compared in NFC, so a pattern typed with composed
 * Vietnamese letters also matches names a Mac stored decomposed.
 */
public final class InputFilter {

    public static final InputFilter ALL = new InputFilter(List.of(), List.of());

    private final List<Glob> include;
    private final List<Glob> exclude;

    /** @throws IllegalArgumentException for a malformed glob, with the glob in the message */
    public InputFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(Glob::new).toList();
        this.exclude = exclude.stream().map(Glob::new).toList();
    }

    /** A file is taken when it matches an include (or there are none) and no exclude. */
    public boolean acceptsFile(Path relative) {
        return (include.isEmpty() || include.stream().anyMatch(g -> g.matches(relative))) && !excludes(relative);
    }

    /** An excluded folder is not entered at all. */
    public boolean excludes(Path relative) {
        return exclude.stream().anyMatch(g -> g.matches(relative));
    }

    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean wholePath;

        Glob(String pattern) {
            String nfc = Normalizer.normalize(pattern.replace('\\', '/'), Normalizer.Form.NFC);
            try {
                this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + nfc);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + pattern + "' is not a valid glob (" + e.getMessage() + ")", e);
            }
            this.wholePath = nfc.contains("/");
        }

        boolean matches(Path relative) {
            Path subject = wholePath ? relative : relative.getFileName();
            return subject != null && matcher.matches(Path.of(Normalizer.normalize(subject.toString(), Normalizer.Form.NFC)));
        }
    }
}
