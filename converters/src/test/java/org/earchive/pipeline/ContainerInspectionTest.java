package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.earchive.core.DocumentStatus;
import org.earchive.core.LegacyEncodingChoice;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.detect.TrustStore;
import org.earchive.unpack.ContainerSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code earchive detect} says about an archive: that it is one (not "unsupported", since convert opens it),
 * and then each file it holds, as convert will take it out, under convert's label.
 */
class ContainerInspectionTest {

    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector(), TrustStore.NONE,
            LegacyEncodingChoice.AUTO, ContainerInspection.containerTypes());

    @TempDir
    Path folder;

    private Path scratch;
    private ContainerInspection inspection;

    @BeforeEach
    void inspection() {
        scratch = folder.resolve("scratch");
        inspection = new ContainerInspection(INSPECTOR, scratch);
    }

    @Test
    void anArchiveIsFollowedByWhatItHoldsNestedArchivesToo() throws IOException {
        Path inner = folder.resolve("phu-luc.zip");
        ContainerSamples.zip(inner, new String[][] {{"phu-luc.txt", "Phụ lục kèm theo công văn."}});
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("cong-van.txt", "Công văn số 12/UBND về việc lưu trữ hồ sơ.".getBytes(StandardCharsets.UTF_8));
        members.put("phu-luc.zip", Files.readAllBytes(inner));
        members.put("../ngoai.txt", "ra ngoài".getBytes(StandardCharsets.UTF_8));
        Path outer = folder.resolve("ho-so.zip");
        ContainerSamples.zipBytes(outer, members);

        List<FileInspection> rows = inspection.inspect(outer, "ho-so.zip");

        assertEquals(List.of("ho-so.zip", "ho-so.zip#cong-van.txt", "ho-so.zip#phu-luc.zip",
                "ho-so.zip#phu-luc.zip#phu-luc.txt", "ho-so.zip#../ngoai.txt"), rows.stream().map(FileInspection::path).toList());
        FileInspection archive = rows.get(0);
        assertTrue(archive.isOk() && archive.isContainer(), archive.status() + ": " + archive.message());
        assertEquals(3, archive.members());
        FileInspection text = rows.get(1);
        assertTrue(text.isOk(), text.message());
        assertEquals(DocumentClass.BORN_DIGITAL, text.documentClass());
        assertEquals("x-fmt/111", text.detection().puid());
        assertEquals(64, text.sha256().length(), "a member is hashed as a file of its own");
        assertEquals(1, rows.get(2).members(), "the archive inside is opened too");
        assertEquals("ok", rows.get(3).status());
        FileInspection escape = rows.get(4);
        assertEquals(DocumentStatus.CORRUPT, escape.failure(), "a member that climbs out stays inside, as in convert");
        assertTrue(escape.message().contains("climbs out"), escape.message());
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the members taken out to look at are removed");
        }
    }

    @Test
    void aDamagedArchiveSaysSoAndHasNoMembers() throws IOException {
        Path zip = folder.resolve("hong.zip");
        ContainerSamples.zip(zip, new String[][] {{"a.txt", "nội dung đủ dài để cắt ngắn tệp nén này"}});
        byte[] whole = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(whole, whole.length - 30)); // its central directory cut off

        List<FileInspection> rows = inspection.inspect(zip, "hong.zip");

        assertEquals(1, rows.size());
        assertEquals(DocumentStatus.CORRUPT, rows.get(0).failure(), rows.get(0).message());
        assertNull(rows.get(0).members());
    }

    @Test
    void aFileThatIsNoContainerIsInspectedAlone() throws IOException {
        Path text = Files.writeString(folder.resolve("to-trinh.txt"), "Tờ trình về việc xin kinh phí.");

        List<FileInspection> rows = inspection.inspect(text, "to-trinh.txt");

        assertEquals(1, rows.size());
        assertFalse(rows.get(0).isContainer());
        assertNull(rows.get(0).members());
    }
}
