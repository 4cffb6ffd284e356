package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/**
 * The real NĐ 30/2020 decree and its six appendices (DOCX and DOC), from the shared corpus beside the
 * repository; skipped, and says so, where the corpus is not there (a clean clone on CI). The decree must give
 * its fields exactly; the appendices carry no number line of their own, only citations of the decree and
 * specimen forms, and must give no số, ký hiệu, date or issuing body.
 */
class VietnameseDecreeCorpusTest {

    private static final Path SHARED = org.earchive.fixtures.Fixtures.sharedCorpus();
    private static final Path CORPUS = SHARED == null ? Paths.get("no-shared-corpus")
            : SHARED.resolve("vietnamese/van-ban-plus");

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void decree30Of2020() throws Exception {
        Path decree = CORPUS.resolve("30_2020_ND_CP.docx");
        assumeTrue(Files.isRegularFile(decree), "the shared Vietnamese corpus is not at " + CORPUS);
        DocumentMetadata metadata = extractor.extract(new Tika().parseToString(decree));
        assertEquals("32", metadata.valueOrNull(MetadataField.TYPE_NAME));
        assertEquals("Nghị định", metadata.valueOrNull(MetadataField.TYPE_LABEL));
        assertEquals("30", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("2020/NĐ-CP", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("2020-03-05", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("Hà Nội", metadata.valueOrNull(MetadataField.PLACE));
        assertEquals("CHÍNH PHỦ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals(null, metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        assertEquals("Về công tác văn thư", metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("Nguyễn Xuân Phúc", metadata.valueOrNull(MetadataField.SIGNER_NAME));
        assertEquals("THỦ TƯỚNG", metadata.valueOrNull(MetadataField.SIGNER_TITLE));
        assertEquals("TM. CHÍNH PHỦ", metadata.valueOrNull(MetadataField.SIGNING_AUTHORITY));
        assertTrue(metadata.valueOrNull(MetadataField.RECIPIENTS).startsWith("Ban Bí thư Trung ương Đảng; Thủ tướng,"));
        assertTrue(metadata.valueOrNull(MetadataField.RECIPIENTS).endsWith("; Lưu: VT, HC (2)"));
        assertEquals("01", metadata.valueOrNull(MetadataField.LANGUAGE));
    }

    @Test
    void appendicesCiteTheDecreeButHaveNoNumberOfTheirOwn() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the shared Vietnamese corpus is not at " + CORPUS);
        List<Path> appendices;
        try (Stream<Path> files = Files.list(CORPUS)) {
            appendices = files.filter(p -> p.getFileName().toString().startsWith("Phuluc")).sorted().toList();
        }
        assumeTrue(!appendices.isEmpty(), "no appendices in " + CORPUS);
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        for (Path appendix : appendices) {
            DocumentMetadata metadata = extractor.extract(tika.parseToString(appendix));
            for (MetadataField field : List.of(MetadataField.CODE_NUMBER, MetadataField.CODE_NOTATION,
                    MetadataField.ISSUED_DATE, MetadataField.ORGAN_NAME, MetadataField.TYPE_NAME, MetadataField.SIGNER_NAME)) {
                assertTrue(metadata.get(field).isEmpty(), appendix.getFileName() + " invented " + field.element() + " = "
                        + metadata.valueOrNull(field));
            }
        }
    }
}
