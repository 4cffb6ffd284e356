package org.earchive.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.Detection;
import org.earchive.formats.ZipBombGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Members taken out of each kind of container as a clerk's archives hold them, and every trap a hostile or broken
 * archive sets: each refused member has a status and a sentence, and the rest is still taken out.
 */
class ContainersTest {

    @TempDir
    Path work;

    @Test
    void aZipFromAVietnameseWindowsHasItsNamesReadInWindows1258() throws Exception {
        Path zip = work.resolve("hoso.zip");
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("Báo cáo tổng kết năm 2019.txt", bytes("báo cáo"));
        members.put("Tờ trình/Quyết định số 12-QĐ.txt", bytes("quyết định"));
        ContainerSamples.windowsZip(zip, members);
        // the bytes on disk are Windows-1258 with no UTF-8 flag, as such a machine writes them
        byte[] raw = Files.readAllBytes(zip);
        assertTrue(indexOf(raw, ContainerSamples.windows1258("Báo cáo tổng kết")) >= 0);

        Unpacked unpacked = unpack(zip, "application/zip");

        assertNull(unpacked.stoppedBy());
        assertEquals(List.of(nfc("Báo cáo tổng kết năm 2019.txt"), nfc("Tờ trình/Quyết định số 12-QĐ.txt")),
                unpacked.members().stream().map(Member::name).toList());
        assertEquals(List.of(nfc("Báo cáo tổng kết năm 2019.txt"), nfc("Tờ trình/Quyết định số 12-QĐ.txt")),
                unpacked.members().stream().map(Member::safePath).toList());
        assertEquals("quyết định", Files.readString(unpacked.members().get(1).file()));
    }

    @Test
    void theNameEncodingIsDecidedByEvidence() {
        // CP437 per the ZIP specification: a DOS-era German name is not mistaken for Vietnamese
        byte[] muller = "Müller Bericht.txt".getBytes(ZipNameCharset.CP437);
        assertEquals(ZipNameCharset.CP437, ZipNameCharset.decide(List.of(muller)));
        assertEquals(ZipNameCharset.WINDOWS_1258,
                ZipNameCharset.decide(List.of(ContainerSamples.windows1258("Công văn đến số 45.docx"))));
        assertEquals(StandardCharsets.UTF_8,
                ZipNameCharset.decide(List.of("Công văn.docx".getBytes(StandardCharsets.UTF_8))));
        assertEquals(ZipNameCharset.CP437, ZipNameCharset.decide(List.of("plain.txt".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void bombsAndForgedNamesAreRefusedOneByOneAndTheRestIsTakenOut() throws Exception {
        Path zip = work.resolve("bay.zip");
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("truoc.txt", bytes("before"));
        members.put("bom.txt", new byte[8 << 20]); // 8 MB of zeros deflate to ~8 KB: ~1000 times
        members.put("../../ngoai-thu-muc.txt", bytes("escape"));
        members.put("/etc/tuyet-doi.txt", bytes("absolute"));
        members.put("trung.txt", bytes("first"));
        members.put("TRUNG.txt", bytes("second"));
        members.put("sau.txt", bytes("after"));
        ContainerSamples.zipBytes(zip, members);

        Unpacked unpacked = unpack(zip, "application/zip");

        Map<String, Member> byName = byName(unpacked);
        assertEquals(7, unpacked.members().size());
        Member bomb = byName.get("bom.txt");
        assertEquals(DocumentStatus.CORRUPT, bomb.refusedAs());
        assertTrue(bomb.sentence().contains("zip bomb") && bomb.sentence().contains("200 times"), bomb.sentence());
        Member escape = byName.get("../../ngoai-thu-muc.txt");
        assertEquals(DocumentStatus.CORRUPT, escape.refusedAs());
        assertTrue(escape.sentence().contains("climbs out"), escape.sentence());
        assertEquals("etc/tuyet-doi.txt", byName.get("/etc/tuyet-doi.txt").safePath());
        assertNotNull(byName.get("/etc/tuyet-doi.txt").sentence());
        assertEquals("TRUNG~2.txt", byName.get("TRUNG.txt").safePath());
        assertTrue(byName.get("TRUNG.txt").sentence().contains("another member named"), byName.get("TRUNG.txt").sentence());
        assertEquals("second", Files.readString(byName.get("TRUNG.txt").file()));
        assertEquals("after", Files.readString(byName.get("sau.txt").file()), "the rest is still taken out");
        try (Stream<Path> files = Files.walk(work.resolve("into"))) {
            assertTrue(files.allMatch(file -> file.normalize().startsWith(work.resolve("into"))));
        }
        assertTrue(Files.notExists(work.resolve("ngoai-thu-muc.txt")));
    }

    @Test
    void anArchiveWithMoreMembersThanTheLimitStopsThereAndSaysSo() throws Exception {
        Path zip = work.resolve("nhieu.zip");
        String[][] members = new String[6][];
        for (int i = 0; i < members.length; i++) {
            members[i] = new String[]{"tep-" + i + ".txt", "nội dung " + i};
        }
        ContainerSamples.zip(zip, members);

        Unpacked unpacked = unpack(zip, "application/zip", new UnpackBudget(new ZipBombGuard.Limits(4, 1 << 20, 1 << 30, 200)));

        assertEquals(4, unpacked.members().size());
        assertTrue(unpacked.stoppedBy().contains("more files than earchive takes out"), unpacked.stoppedBy());
    }

    @Test
    void membersThatTogetherExceedTheTotalStopTheArchive() throws Exception {
        Path zip = work.resolve("lon.zip");
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            members.put("tep-" + i + ".bin", random(40_000, i));
        }
        ContainerSamples.zipBytes(zip, members);

        Unpacked unpacked = unpack(zip, "application/zip", new UnpackBudget(new ZipBombGuard.Limits(100, 1 << 20, 100_000, 200)));

        assertEquals(List.of(true, true, false), unpacked.members().stream().map(Member::isTaken).toList());
        assertTrue(unpacked.members().get(2).sentence().contains("together"), unpacked.members().get(2).sentence());
        assertNotNull(unpacked.stoppedBy());
    }

    @Test
    void aPasswordProtectedZipMemberIsEncryptedWithASentence() throws Exception {
        Path zip = work.resolve("mat.zip");
        ContainerSamples.zip(zip, new String[][]{{"mat.txt", "xxxxxxxxxxxx"}, {"mo.txt", "open"}});
        // set the "encrypted" flag of the first member, in its local header and in the directory, as a ZipCrypto
        // tool writes it (the flag is what readers go by; Commons Compress writes no encrypted ZIP itself)
        byte[] bytes = Files.readAllBytes(zip);
        bytes[6] |= 1;
        bytes[indexOf(bytes, new byte[]{'P', 'K', 1, 2}) + 8] |= 1;
        Files.write(zip, bytes);

        Unpacked unpacked = unpack(zip, "application/zip");

        assertEquals(DocumentStatus.ENCRYPTED, unpacked.members().get(0).refusedAs());
        assertTrue(unpacked.members().get(0).sentence().contains("password"), unpacked.members().get(0).sentence());
        assertTrue(unpacked.members().get(1).isTaken());
    }

    @Test
    void aDamagedZipIsCorruptAsAWhole() throws Exception {
        Path zip = work.resolve("hong.zip");
        ContainerSamples.zip(zip, new String[][]{{"a.txt", "a"}});
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        ConversionException e = assertThrows(ConversionException.class, () -> unpack(zip, "application/zip"));
        assertEquals(DocumentStatus.CORRUPT, e.status());
    }

    @Test
    void tarGzSevenZAndASingleGzipAreTakenOut() throws Exception {
        Path tgz = work.resolve("hoso.tar.gz");
        Map<String, String> members = new LinkedHashMap<>();
        members.put("ho-so/van-ban-1.txt", "một");
        members.put("ho-so/phu/van-ban-2.txt", "hai");
        ContainerSamples.tarGz(tgz, members);
        assertEquals(List.of("ho-so/van-ban-1.txt", "ho-so/phu/van-ban-2.txt"),
                unpack(tgz, "application/gzip").members().stream().map(Member::safePath).toList());

        Path sevenZ = work.resolve("scan.7z");
        ContainerSamples.sevenZ(sevenZ, members);
        Unpacked fromSevenZ = unpack(sevenZ, "application/x-7z-compressed");
        assertEquals(List.of("ho-so/van-ban-1.txt", "ho-so/phu/van-ban-2.txt"),
                fromSevenZ.members().stream().map(Member::safePath).toList());
        assertEquals("hai", Files.readString(fromSevenZ.members().get(1).file()));

        Path gz = work.resolve("so-lieu.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(bytes("a,b\n1,2\n"));
        }
        Unpacked single = unpack(gz, "application/gzip");
        assertEquals(List.of("so-lieu.csv"), single.members().stream().map(Member::safePath).toList());
    }

    @Test
    void aBombInAStreamedArchiveStopsItThereAndSaysWhy() throws Exception {
        Path tgz = work.resolve("bom.tar.gz");
        Map<String, String> members = new LinkedHashMap<>();
        members.put("truoc.txt", "trước");
        members.put("bom.txt", "\0".repeat(8 << 20));
        members.put("sau.txt", "sau");
        ContainerSamples.tarGz(tgz, members);

        Unpacked unpacked = unpack(tgz, "application/gzip");

        assertEquals(List.of("truoc.txt", "bom.txt"), unpacked.members().stream().map(Member::name).toList());
        assertTrue(unpacked.members().get(0).isTaken());
        assertEquals(DocumentStatus.CORRUPT, unpacked.members().get(1).refusedAs());
        assertTrue(unpacked.members().get(1).sentence().contains("zip bomb"), unpacked.members().get(1).sentence());
        assertTrue(unpacked.stoppedBy().contains("cut short"), unpacked.stoppedBy());
    }

    @Test
    void anMboxIsSplitIntoItsMessages() throws Exception {
        Path mbox = work.resolve("hop-thu.mbox");
        ContainerSamples.mbox(mbox, "Nội dung thư một.", "Dòng đầu\n>From the archive, a quoted line.", "Thư ba.");

        Unpacked unpacked = unpack(mbox, "application/mbox");

        assertEquals(List.of("message-1.eml", "message-2.eml", "message-3.eml"),
                unpacked.members().stream().map(Member::safePath).toList());
        String second = Files.readString(unpacked.members().get(1).file());
        assertTrue(second.startsWith("From: Van thu"), "the mbox separator is not part of the message: " + second);
        assertTrue(second.contains("\nFrom the archive, a quoted line."), "one '>' removed: " + second);
        assertTrue(second.endsWith("quoted line.\n"), "the blank separator line stays with the mailbox");
    }

    @Test
    void aRarIsReadThroughUnarOr7ZipWithItsFolders() throws Exception {
        assumeTrue(Containers.rarProgram() != null || "1".equals(System.getenv("EARCHIVE_REQUIRE_RAR")),
                "neither unar nor 7-Zip is installed (apt-get install unar): RAR archives are read through one of them");
        Path rar = work.resolve("scan.rar");
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("bao-cao.txt", bytes("Báo cáo tổng kết năm 2019"));
        members.put("to-trinh/quyet-dinh-12.txt", bytes("Quyết định số 12/QĐ-UBND"));
        ContainerSamples.storedRar(rar, members);

        Unpacked unpacked = unpack(rar, "application/x-rar-compressed");

        assertNull(unpacked.stoppedBy());
        assertEquals(List.of("bao-cao.txt", "to-trinh/quyet-dinh-12.txt"),
                unpacked.members().stream().map(Member::safePath).sorted().toList());
        assertEquals("Quyết định số 12/QĐ-UBND", Files.readString(byName(unpacked).get("to-trinh/quyet-dinh-12.txt").file()));
    }

    @Test
    void rarWithoutAProgramIsUnsupportedAndNamesWhatToInstall() throws Exception {
        Path rar = work.resolve("scan.rar");
        Files.write(rar, new byte[]{'R', 'a', 'r', '!', 0x1a, 0x07, 0x01, 0x00});
        Path into = Files.createDirectories(work.resolve("into"));
        RarUnpacker withoutProgram = new RarUnpacker(work.resolve("empty-path").toString());
        ConversionException e = assertThrows(ConversionException.class,
                () -> withoutProgram.unpack(rar, into, UnpackBudget.standard(), null));
        assertEquals(DocumentStatus.UNSUPPORTED, e.status());
        assertTrue(e.sentence().contains("unar"), e.sentence());
    }

    private Unpacked unpack(Path container, String mime) throws Exception {
        return unpack(container, mime, UnpackBudget.standard());
    }

    private Unpacked unpack(Path container, String mime, UnpackBudget budget) throws Exception {
        Path into = Files.createDirectories(work.resolve("into"));
        try (Stream<Path> old = Files.list(into)) {
            if (old.findAny().isPresent()) {
                into = Files.createTempDirectory(work, "into");
            }
        }
        return Containers.unpack(container, detection(mime), into, budget, "");
    }

    private static Detection detection(String mime) {
        return new Detection(mime, null, mime);
    }

    private static Map<String, Member> byName(Unpacked unpacked) {
        Map<String, Member> byName = new LinkedHashMap<>();
        unpacked.members().forEach(member -> byName.put(member.name(), member));
        return byName;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
