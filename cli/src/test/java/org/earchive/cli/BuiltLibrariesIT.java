package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The libraries the launcher runs (cli/target/lib) are copies the build rewrote for class data sharing: signed jars
 * lose their signature files (docs/cost.md). What a user meets must not change: a signed PDF is still checked with
 * BouncyCastle from those copies, and found unchanged since signing.
 */
class BuiltLibrariesIT {

    private static final Path TARGET = Fixtures.root().getParent().resolve("cli/target");

    @Test
    void noCopiedLibraryIsSigned() throws Exception {
        List<String> signed = new ArrayList<>();
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(ZipEntry::getName).filter(name -> name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))
                            .forEach(name -> signed.add(jar.getFileName() + "!" + name));
                }
            }
        }
        assertEquals(List.of(), signed, "signed jars are neither archived by CDS nor cheap to open");
    }

    /** The per-entry digests went with the signatures they were checked against; the main section stays whole. */
    @Test
    void copiedManifestsKeepTheirMainSectionWithoutADigestPerEntry() throws Exception {
        List<String> digests = new ArrayList<>();
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                    java.util.jar.Manifest manifest = file.getManifest();
                    if (manifest == null) {
                        continue;
                    }
                    manifest.getEntries().forEach((name, attributes) -> attributes.keySet().stream()
                            .filter(key -> key.toString().endsWith("-Digest")).findAny()
                            .ifPresent(key -> digests.add(jar.getFileName() + "!" + name)));
                    if (jar.getFileName().toString().startsWith("bcprov-")) {
                        // its classes for later Java versions are found through the main section's Multi-Release
                        assertEquals("true", manifest.getMainAttributes().getValue("Multi-Release"), jar.toString());
                        assertTrue(file.isMultiRelease(), jar.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), digests.stream().limit(5).toList(), digests.size() + " entries with a digest");
    }

    @Test
    void signaturesAreStillVerifiedFromTheCopies() throws Exception {
        Path jar = TARGET.resolve("earchive.jar");
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests run: " + jar);
        Path signed = Fixtures.root().resolve("detect/signed.pdf");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString(), "detect", signed.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "detect did not finish");
        assertEquals(0, process.exitValue(), out);
        JsonNode signature = new ObjectMapper().readTree(out.strip().lines().findFirst().orElseThrow())
                .get("signatures").get(0);
        assertEquals("Nguyễn Văn An", signature.get("signer").asText(), out);
        assertTrue(signature.get("verdictSentence").asText().contains("unchanged since signing"), out);
    }
}
