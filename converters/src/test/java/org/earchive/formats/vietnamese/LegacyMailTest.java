package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyMailTest {

    private static final String HEAD = "From: a@example.org\r\nTo: b@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n";

    @TempDir
    Path folder;

    @Test
    void theTcvn3MessagesBodiesAreWrittenBackAsUtf8AndTheAttachmentIsKept() throws Exception {
        Path copy = folder.resolve("copy.eml");
        LegacyRuns runs = LegacyMail.convert(Fixtures.root().resolve("legacy/thu-tcvn3.eml"), copy, null);
        assertEquals(LegacyEncoding.TCVN3, runs.encoding());
        assertEquals(2, runs.runs());
        String message = Files.readString(copy, StandardCharsets.ISO_8859_1);
        assertTrue(message.contains("charset=utf-8"), message);
        assertTrue(message.contains("Subject: Cong van 607/SNV-VTLT"), "headers kept");
    }

    @Test
    void aFrenchMessageInWindows1252IsLeftAlone() throws Exception {
        Path eml = folder.resolve("lettre.eml");
        String french = "Le conseil municipal s'est r\u00e9uni \u00e0 la mairie le 12 f\u00e9vrier 2004. \u00c9taient"
                + " pr\u00e9sents : le maire, ses adjoints. Apr\u00e8s d\u00e9lib\u00e9ration, le conseil d\u00e9cide"
                + " \u00e0 l'unanimit\u00e9 de verser les registres ant\u00e9rieurs \u00e0 1950. O\u00f9 ? L\u00e0 o\u00f9"
                + " ils \u00e9taient, d\u00e9j\u00e0 pleins, pr\u00e8s de la chaufferie.\r\n";
        Files.write(eml, (HEAD + "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + french).getBytes("windows-1252"));
        Path copy = folder.resolve("copy.eml");
        assertNull(LegacyMail.convert(eml, copy, null));
        assertFalse(Files.exists(copy));
    }

    @Test
    void aUnicodeMessageIsLeftAlone() throws Exception {
        Path eml = folder.resolve("thu.eml");
        Files.write(eml, (HEAD + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "C\u1ed9ng h\u00f2a x\u00e3 h\u1ed9i ch\u1ee7 ngh\u0129a Vi\u1ec7t Nam\r\n").getBytes(StandardCharsets.UTF_8));
        assertNull(LegacyMail.convert(eml, folder.resolve("copy.eml"), null));
    }

    /** A body with some TCVN3-looking words among others: left as it is, and said so. */
    @Test
    void weakEvidenceLeavesTheBodyAndWarns() throws Exception {
        Path eml = folder.resolve("hen.eml");
        Files.write(eml, (HEAD + "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "C\u00e9ng h\u00dfa x\u00b7 h\u00e9i \u00e9t\u00e9 d\u00e9j\u00e0\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Path copy = folder.resolve("copy.eml");
        LegacyMail.Outcome outcome = LegacyMail.read(eml, copy, null);
        assertNull(outcome.converted());
        assertFalse(Files.exists(copy));
        assertEquals(1, outcome.warnings().size(), outcome.warnings().toString());
        assertTrue(outcome.warnings().get(0).contains("evidence is weak"), outcome.warnings().toString());
    }

    /** An mbox: each message converted as an .eml would be, the "From " lines kept. */
    @Test
    void eachMessageOfAMailboxIsConverted() throws Exception {
        Path copy = folder.resolve("copy.mbox");
        LegacyRuns runs = LegacyMail.convert(Fixtures.root().resolve("legacy/hop-thu-tcvn3.mbox"), copy, null);
        assertEquals(LegacyEncoding.TCVN3, runs.encoding());
        assertEquals(3, runs.runs()); // the TCVN3 message's two parts, the VISCII message's one
        String mbox = Files.readString(copy, StandardCharsets.ISO_8859_1);
        assertEquals(2, mbox.split("(?m)^From ", -1).length - 1, mbox);
        assertEquals(3, mbox.split("charset=utf-8", -1).length - 1, mbox);
    }
}
