package org.earchive.detect.pronom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two PRONOM signature files identification reads: the binary one ({@code DROID_SignatureFile_V100.xml}) and the
 * container one ({@code container-signature-20260119.xml}). earchive carries the newest of each that Maven Central
 * holds; PRONOM publishes newer ones, and a user who downloads them puts them in the {@code pronom} folder of
 * earchive's configuration folder ({@code ~/.config/earchive/pronom/}, or under {@code $XDG_CONFIG_HOME}), where the
 * newest of each kind found is used instead of earchive's own when it is newer.
 */
public final class SignatureFiles {

    /** The system property naming the folder looked in first (tests, and library users with no home folder). */
    public static final String FOLDER_PROPERTY = "earchive.pronom.dir";

    private static final String BUNDLED = "/org/earchive/detect/pronom/";
    private static final Pattern BINARY_NAME = Pattern.compile("DROID_SignatureFile_V(\\d+)\\.xml");
    private static final Pattern CONTAINER_NAME = Pattern.compile("container-signature-(\\d{8})\\.xml");

    /**
     * One signature file.
     *
     * @param name   its file name, which carries its version
     * @param origin where it comes from: the Maven artifact it was taken from, or the folder it was found in
     * @param path   the file, or null for the copy inside earchive's jar
     */
    public record SignatureFile(String name, String origin, Path path) {

        public InputStream open() throws IOException {
            if (path != null) {
                return Files.newInputStream(path);
            }
            InputStream in = SignatureFiles.class.getResourceAsStream(BUNDLED + name);
            if (in == null) {
                throw new IOException("The PRONOM signature file " + name + " is missing from earchive's jar.");
            }
            return in;
        }

        @Override
        public String toString() {
            return name + " (" + origin + ")";
        }
    }

    private final SignatureFile binary;
    private final SignatureFile container;

    private SignatureFiles(SignatureFile binary, SignatureFile container) {
        this.binary = binary;
        this.container = container;
    }

    public SignatureFile binary() {
        return binary;
    }

    public SignatureFile container() {
        return container;
    }

    /** The files this installation uses: the user's newer ones where there are any, else earchive's own. */
    public static SignatureFiles installed() {
        return installed(System.getProperties(), System.getenv());
    }

    static SignatureFiles installed(Properties system, Map<String, String> env) {
        SignatureFiles bundled = bundled();
        Optional<Path> folder = userFolder(system, env);
        if (folder.isEmpty()) {
            return bundled;
        }
        return new SignatureFiles(newer(folder.get(), BINARY_NAME, bundled.binary),
                newer(folder.get(), CONTAINER_NAME, bundled.container));
    }

    /** The files inside earchive's jar, as the build took them from DROID's releases on Maven Central. */
    public static SignatureFiles bundled() {
        Properties names = new Properties();
        try (InputStream in = SignatureFiles.class.getResourceAsStream(BUNDLED + "bundled.properties")) {
            if (in == null) {
                throw new IllegalStateException("earchive's jar lacks " + BUNDLED + "bundled.properties: a broken build");
            }
            names.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SignatureFiles(
                new SignatureFile(names.getProperty("binary.file"), names.getProperty("binary.from"), null),
                new SignatureFile(names.getProperty("container.file"), names.getProperty("container.from"), null));
    }

    private static Optional<Path> userFolder(Properties system, Map<String, String> env) {
        String named = system.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : system.getProperty("user.home") == null ? null : Path.of(system.getProperty("user.home"), ".config");
        return config == null ? Optional.empty() : Optional.of(config.resolve("earchive").resolve("pronom"));
    }

    /** The folder's newest file of this kind when it is newer than earchive's own, else earchive's own. */
    private static SignatureFile newer(Path folder, Pattern naming, SignatureFile bundled) {
        Matcher own = naming.matcher(bundled.name());
        long ownVersion = own.matches() ? Long.parseLong(own.group(1)) : Long.MIN_VALUE;
        return newest(folder, naming, m -> Long.parseLong(m.group(1)))
                .filter(found -> {
                    Matcher theirs = naming.matcher(found.name());
                    return theirs.matches() && Long.parseLong(theirs.group(1)) > ownVersion;
                })
                .orElse(bundled);
    }

    /** The file of the highest version in the folder whose name follows PRONOM's naming, if any. */
    private static Optional<SignatureFile> newest(Path folder, Pattern naming, ToLongFunction<Matcher> version) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> naming.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .max(Comparator.comparingLong(version))
                    .map(m -> {
                        Path file = folder.resolve(m.group());
                        return new SignatureFile(m.group(), folder.toString(), file);
                    });
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
