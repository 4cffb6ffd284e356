package org.earchive.packaging;

import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.writer.BagitFileWriter;
import gov.loc.repository.bagit.writer.ManifestWriter;
import gov.loc.repository.bagit.writer.MetadataWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) around a convert output's converted documents, with the Library of
 * Congress writers. We fill the library's manifests ourselves, in sorted maps, instead of calling
 * {@code BagCreator}: its hash maps list files in an order that depends on the folder's absolute path, and
 * it dates the bag with today, so the same input would not give the same bag twice.
 */
public final class BagitPackager {

    static final Version BAGIT_1_0 = new Version(1, 0);
    /** sha512 beside sha256: RFC 8493 recommends it, and some archives (and Archivematica) prefer it. */
    static final List<StandardSupportedAlgorithms> ALGORITHMS =
            List.of(StandardSupportedAlgorithms.SHA256, StandardSupportedAlgorithms.SHA512);

    /** Builds the bag in {@code bag}, an empty folder (the staging folder of the package being written). */
    public void build(ConvertedFolder source, Path bag, BagOptions options) throws IOException {
        Path data = bag.resolve("data");
        for (String relative : source.outputFiles()) {
            Path target = data.resolve(PackageNames.portable(relative));
            Files.createDirectories(target.getParent());
            Files.copy(source.root().resolve(relative), target);
        }
        Files.createDirectories(data);
        seal(bag, options);
    }

    /**
     * Makes a bag of a folder whose payload is already in its {@code data/} (another package, when a bag is
     * wanted around an E-ARK SIP): adds bagit.txt, manifests, bag-info.txt and tag manifests.
     */
    public void seal(Path bag, BagOptions options) throws IOException {
        Path data = bag.resolve("data");
        List<Path> payload = filesUnder(data);
        BagitFileWriter.writeBagitFile(BAGIT_1_0, StandardCharsets.UTF_8, bag);
        ManifestWriter.writePayloadManifests(manifests(payload), bag, bag, StandardCharsets.UTF_8);
        MetadataWriter.writeBagMetadata(bagInfo(payload, options), BAGIT_1_0, bag, StandardCharsets.UTF_8);
        List<Path> tagFiles = filesUnder(bag).stream().filter(p -> !p.startsWith(data)).toList();
        ManifestWriter.writeTagManifests(manifests(tagFiles), bag, bag, StandardCharsets.UTF_8);
    }

    private static Metadata bagInfo(List<Path> payload, BagOptions options) throws IOException {
        long bytes = 0;
        for (Path file : payload) {
            bytes += Files.size(file);
        }
        Metadata info = new Metadata();
        if (options.organization() != null && !options.organization().isBlank()) {
            info.add("Source-Organization", options.organization().strip());
        }
        info.add("Bagging-Date", options.baggingDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
        info.add("Bag-Software-Agent", options.software());
        info.add("Payload-Oxum", bytes + "." + payload.size());
        return info;
    }

    /** One read of each file feeds every algorithm: a 10 GB payload is read once, not once per manifest. */
    private static Set<Manifest> manifests(List<Path> files) throws IOException {
        Map<Manifest, MessageDigest> digests = new java.util.LinkedHashMap<>();
        for (StandardSupportedAlgorithms algorithm : ALGORITHMS) {
            Manifest manifest = new Manifest(algorithm);
            manifest.setFileToChecksumMap(new TreeMap<>());
            digests.put(manifest, digest(algorithm));
        }
        // the map is only iterated, never looked up: Manifest's hash code changes as its checksums are added
        for (Path file : files) {
            Hasher.hash(file, digests);
        }
        return new LinkedHashSet<>(digests.keySet());
    }

    static MessageDigest digest(StandardSupportedAlgorithms algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.getMessageDigestName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm.getMessageDigestName(), e);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
