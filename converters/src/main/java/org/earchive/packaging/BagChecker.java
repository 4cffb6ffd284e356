package org.earchive.packaging;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Verifies a BagIt bag with the Library of Congress verifier (completeness, every checksum, Payload-Oxum).
 * The library stops at the first problem; when it finds one we walk the bag ourselves to list every
 * problem, so a clerk fixing a damaged transfer learns all of what is wrong at once, not one file a run.
 */
public final class BagChecker {

    public static final String CHECK = "bagit";

    public static boolean isBag(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("bagit.txt"));
    }

    public List<PackageProblem> check(Path folder) {
        Bag bag;
        try {
            bag = new BagReader().read(folder.toAbsolutePath().normalize());
        } catch (Exception e) {
            return List.of(PackageProblem.of("BAGIT-READ", "", "The bag cannot be read: " + describe(e)));
        }
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(PackageProblem.of("BAGIT-VERIFY", "", "Verification was interrupted."));
        } catch (Exception e) {
            List<PackageProblem> problems = everyProblem(bag);
            return problems.isEmpty()
                    ? List.of(PackageProblem.of("BAGIT-VERIFY", "", "The BagIt library rejects the bag: " + describe(e)))
                    : problems;
        }
    }

    private static List<PackageProblem> everyProblem(Bag bag) {
        Path root = bag.getRootDir();
        List<PackageProblem> problems = new ArrayList<>();
        Path data = root.resolve("data");
        Set<Path> payload = new TreeSet<>();
        if (Files.isDirectory(data)) {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.filter(Files::isRegularFile).forEach(payload::add);
            } catch (IOException e) {
                problems.add(PackageProblem.of("BAGIT-READ", "data/", "The payload folder cannot be read: " + e.getMessage()));
            }
        } else {
            problems.add(PackageProblem.of("BAGIT-COMPLETE", "data/", "The bag has no data/ folder."));
        }
        if (bag.getPayLoadManifests().isEmpty()) {
            problems.add(PackageProblem.of("BAGIT-COMPLETE", "", "The bag has no payload manifest (manifest-sha256.txt)."));
        }
        for (Manifest manifest : inNameOrder(bag.getPayLoadManifests())) {
            checkEntries(root, manifest, "manifest-", problems);
            for (Path file : payload) {
                if (!manifest.getFileToChecksumMap().containsKey(file)) {
                    problems.add(PackageProblem.of("BAGIT-COMPLETE", relative(root, file), "The file is in the payload but not in "
                            + manifestName("manifest-", manifest) + "."));
                }
            }
        }
        for (Manifest manifest : inNameOrder(bag.getTagManifests())) {
            checkEntries(root, manifest, "tagmanifest-", problems);
        }
        checkOxum(bag, payload, problems);
        return problems;
    }

    private static void checkEntries(Path root, Manifest manifest, String prefix, List<PackageProblem> problems) {
        String name = manifestName(prefix, manifest);
        for (var entry : new java.util.TreeMap<>(manifest.getFileToChecksumMap()).entrySet()) {
            Path file = entry.getKey();
            String where = relative(root, file);
            if (!Files.isRegularFile(file)) {
                problems.add(PackageProblem.of("BAGIT-COMPLETE", where, "The file is listed in " + name + " but missing from the bag."));
                continue;
            }
            try {
                String actual = Hasher.hash(file, MessageDigest.getInstance(manifest.getAlgorithm().getMessageDigestName()));
                if (!actual.equalsIgnoreCase(entry.getValue())) {
                    problems.add(PackageProblem.of("BAGIT-FIXITY", where, "The file's " + manifest.getAlgorithm().getBagitName()
                            + " checksum does not match " + name + ": it was changed or damaged after bagging."));
                }
            } catch (IOException | NoSuchAlgorithmException e) {
                problems.add(PackageProblem.of("BAGIT-FIXITY", where, "The file cannot be read to check it: " + e.getMessage()));
            }
        }
    }

    private static void checkOxum(Bag bag, Set<Path> payload, List<PackageProblem> problems) {
        List<String> oxum = bag.getMetadata().get("Payload-Oxum");
        if (oxum == null || oxum.isEmpty()) {
            return;
        }
        long bytes = 0;
        for (Path file : payload) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                return;
            }
        }
        String actual = bytes + "." + payload.size();
        if (!actual.equals(oxum.get(0).strip())) {
            problems.add(PackageProblem.of("BAGIT-OXUM", "bag-info.txt", "Payload-Oxum says " + oxum.get(0).strip()
                    + " (bytes.files) but the payload holds " + actual + "."));
        }
    }

    /** The reader keeps manifests in a hash set; people read sha256 before sha512, every time. */
    private static List<Manifest> inNameOrder(Set<Manifest> manifests) {
        return manifests.stream().sorted(java.util.Comparator.comparing(m -> m.getAlgorithm().getBagitName())).toList();
    }

    private static String manifestName(String prefix, Manifest manifest) {
        return prefix + manifest.getAlgorithm().getBagitName().toLowerCase(Locale.ROOT) + ".txt";
    }

    private static String relative(Path root, Path file) {
        return org.earchive.core.SlashedPaths.of(root.relativize(file));
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
