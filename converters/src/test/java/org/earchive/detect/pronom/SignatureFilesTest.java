package org.earchive.detect.pronom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user who downloads newer signature files from PRONOM puts them in earchive's config folder, and they are used. */
class SignatureFilesTest {

    @TempDir
    Path home;

    @Test
    void earchiveCarriesTheNewestSignatureFilesOnMavenCentral() {
        SignatureFiles bundled = SignatureFiles.bundled();
        assertEquals("DROID_SignatureFile_V100.xml", bundled.binary().name());
        assertEquals("container-signature-20260119.xml", bundled.container().name());
        assertNull(bundled.binary().path(), "read from earchive's jar");
    }

    @Test
    void newerFilesInTheConfigFolderAreUsedOlderOnesAreNot() throws IOException {
        Path pronom = Files.createDirectories(home.resolve(".config/earchive/pronom"));
        copyBundled("DROID_SignatureFile_V100.xml", pronom.resolve("DROID_SignatureFile_V99.xml"));
        copyBundled("DROID_SignatureFile_V100.xml", pronom.resolve("DROID_SignatureFile_V121.xml"));
        copyBundled("container-signature-20260119.xml", pronom.resolve("container-signature-20240501.xml"));
        Files.writeString(pronom.resolve("notes.txt"), "downloaded from PRONOM\n");
        Properties system = new Properties();
        system.setProperty("user.home", home.toString());

        SignatureFiles installed = SignatureFiles.installed(system, Map.of());
        assertEquals(pronom.resolve("DROID_SignatureFile_V121.xml"), installed.binary().path());
        assertEquals("container-signature-20260119.xml", installed.container().name(), "the older container file stays unused");

        PronomIdentifier identifier = PronomIdentifier.load(installed);
        assertEquals("DROID_SignatureFile_V121.xml", identifier.files().binary().name());
        assertEquals("100", identifier.binaryVersion(), "the copy's content is version 100 under its new name");
    }

    @Test
    void xdgConfigHomeAndTheSystemPropertyAreLookedInToo() throws IOException {
        Path xdg = Files.createDirectories(home.resolve("xdg/earchive/pronom"));
        copyBundled("container-signature-20260119.xml", xdg.resolve("container-signature-20270101.xml"));
        assertEquals(xdg.resolve("container-signature-20270101.xml"),
                SignatureFiles.installed(new Properties(), Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString()))
                        .container().path());
        Properties system = new Properties();
        system.setProperty(SignatureFiles.FOLDER_PROPERTY, xdg.toString());
        assertEquals(xdg.resolve("container-signature-20270101.xml"), SignatureFiles.installed(system, Map.of()).container().path());
    }

    private static void copyBundled(String name, Path to) throws IOException {
        try (InputStream in = SignatureFiles.class.getResourceAsStream("/org/earchive/detect/pronom/" + name)) {
            Files.copy(in, to);
        }
    }
}
