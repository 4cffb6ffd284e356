package org.earchive.unpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Containers written the way the tools clerks meet wrote them, made at test time so the bytes are plain to read:
 * a ZIP whose names are Windows-1258 bytes with no UTF-8 flag (Windows' "compressed folder" or 7-Zip on a
 * Vietnamese Windows), a TAR.GZ, a 7z, an mbox.
 */
public final class ContainerSamples {

    private ContainerSamples() {
    }

    /** The bytes a Vietnamese Windows writes for a name: Windows-1258, tone marks as combining characters. */
    public static byte[] windows1258(String name) {
        Charset charset = Charset.forName("windows-1258");
        CharsetEncoder encoder = charset.newEncoder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(c -> {
            String letter = Character.toString(c);
            // a letter 1258 has whole (â, ơ, đ) is one byte; one it lacks (ệ) is its base and a tone mark
            String form = encoder.canEncode(letter) ? letter : baseAndTone(letter, encoder);
            bytes.writeBytes(form.getBytes(charset));
        });
        return bytes.toByteArray();
    }

    private static String baseAndTone(String letter, CharsetEncoder encoder) {
        String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFD);
        // keep the vowel's own mark (â, ê, ô, ơ, ư, ă) with the base, the tone as the combining character
        for (int split = decomposed.length() - 1; split > 0; split--) {
            String base = Normalizer.normalize(decomposed.substring(0, split), Normalizer.Form.NFC);
            if (encoder.canEncode(base) && encoder.canEncode(decomposed.substring(split))) {
                return base + decomposed.substring(split);
            }
        }
        throw new IllegalArgumentException("not Vietnamese: " + letter);
    }

    /** A ZIP whose names are Windows-1258 bytes without the UTF-8 flag; values are the members' bytes. */
    public static void windowsZip(Path zip, Map<String, byte[]> members) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile())) {
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            out.setEncoding("windows-1258");
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                // the encoder above would write precomposed letters 1258 lacks as '?': give it the Windows form
                String name = new String(windows1258(member.getKey()), Charset.forName("windows-1258"));
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                out.putArchiveEntry(entry);
                out.write(member.getValue());
                out.closeArchiveEntry();
            }
        }
    }

    /** A ZIP with UTF-8-flagged names, in the order given (the same name may come twice). */
    public static void zip(Path zip, String[][] members) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile())) {
            for (String[] member : members) {
                out.putArchiveEntry(new ZipArchiveEntry(member[0]));
                out.write(member[1].getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
    }

    public static void zipBytes(Path zip, Map<String, byte[]> members) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile())) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(member.getKey()));
                out.write(member.getValue());
                out.closeArchiveEntry();
            }
        }
    }

    public static void tarGz(Path file, Map<String, String> members) throws IOException {
        try (OutputStream gz = new GzipCompressorOutputStream(Files.newOutputStream(file));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz, "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, String> member : members.entrySet()) {
                byte[] bytes = member.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
    }

    public static void sevenZ(Path file, Map<String, String> members) throws IOException {
        try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
            for (Map.Entry<String, String> member : members.entrySet()) {
                SevenZArchiveEntry entry = new SevenZArchiveEntry();
                entry.setName(member.getKey());
                out.putArchiveEntry(entry);
                out.write(member.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
    }

    /**
     * A RAR 4 archive of stored (uncompressed) members, written by hand: no free program writes RAR, and a RAR
     * archive's layout is simple enough when nothing is compressed — a marker, the archive header, a header and the
     * bytes of each member, an end block; each header carries the low 16 bits of its CRC-32. Member names use
     * RAR's Windows separator, as a RAR made on Windows has them.
     */
    public static void storedRar(Path file, Map<String, byte[]> members) throws IOException {
        java.io.ByteArrayOutputStream rar = new java.io.ByteArrayOutputStream();
        rar.write(new byte[] {0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00});
        rar.write(rarBlock(0x73, 0x0000, new byte[6]));
        int dosTime = (2019 - 1980) << 25 | 1 << 21 | 2 << 16 | 8 << 11; // 2019-01-02 08:00
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            byte[] name = member.getKey().replace('/', '\\').getBytes(StandardCharsets.US_ASCII);
            byte[] data = member.getValue();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            java.nio.ByteBuffer fields = java.nio.ByteBuffer.allocate(25 + name.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            fields.putInt(data.length).putInt(data.length).put((byte) 2).putInt((int) crc.getValue()).putInt(dosTime)
                    .put((byte) 20).put((byte) 0x30).putShort((short) name.length).putInt(0x20).put(name);
            rar.write(rarBlock(0x74, 0x8000, fields.array()));
            rar.write(data);
        }
        rar.write(rarBlock(0x7b, 0x4000, new byte[0]));
        Files.write(file, rar.toByteArray());
    }

    /** One RAR 4 block: CRC, type, flags, size, then the fields. */
    private static byte[] rarBlock(int type, int flags, byte[] fields) {
        java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(7 + fields.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        block.putShort((short) 0).put((byte) type).putShort((short) flags).putShort((short) (7 + fields.length)).put(fields);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(block.array(), 2, block.capacity() - 2);
        block.putShort(0, (short) crc.getValue());
        return block.array();
    }

    /** An mbox of plain messages: each with a From line, headers, and the body given. */
    public static void mbox(Path file, String... bodies) throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < bodies.length; i++) {
            mbox.append("From van-thu@so-noi-vu.gov.vn Mon Mar  4 08:0").append(i).append(":00 2024\n")
                    .append(message("Thư số " + (i + 1), bodies[i])).append('\n');
        }
        Files.writeString(file, mbox, StandardCharsets.UTF_8);
    }

    /** One plain-text message in UTF-8, quoted-printable free. */
    public static String message(String subject, String body) {
        return "From: Van thu <van-thu@so-noi-vu.gov.vn>\n"
                + "To: Luu tru <luu-tru@so-noi-vu.gov.vn>\n"
                + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\n"
                + "Date: Mon, 4 Mar 2024 08:00:00 +0700\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + body + "\n";
    }
}
