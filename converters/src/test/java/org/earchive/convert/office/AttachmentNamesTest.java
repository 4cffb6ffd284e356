package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void pathTricksLeaveOneHarmlessSegment() {
        AttachmentNames names = new AttachmentNames();
        assertEquals("passwd", names.next("../../etc/passwd", 1));
        assertEquals("evil.docx", names.next("C:\\Users\\x\\evil.docx", 2));
        assertEquals("shadow", names.next("/etc/shadow", 3));
        assertEquals("attachment-4", names.next("..", 4));
        assertEquals("attachment-5", names.next(null, 5));
        assertEquals("attachment-6", names.next(" . ", 6));
        assertEquals("bashrc", names.next(".bashrc", 7), "no hidden files");
    }

    @Test
    void controlBidiAndWindowsForbiddenCharactersAreDropped() {
        AttachmentNames names = new AttachmentNames();
        assertEquals("abtxt.exe.pdf", names.next("a\u0000b\u202Etxt.exe.pdf", 1));
        assertEquals("baocao.docx", names.next("bao<>:\"|?*cao.docx", 2));
        assertEquals("_CON.txt", names.next("CON.txt", 3));
        assertEquals("_lpt1", names.next("lpt1", 4));
        assertEquals("tabname.txt", names.next("tab\tname.txt", 5), "a tab is a control character and dropped");
    }

    @Test
    void namesAreComposedShortAndUniqueWhateverTheLetterCase() {
        AttachmentNames names = new AttachmentNames();
        String nfd = Normalizer.normalize("báo cáo.docx", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("báo cáo.docx", Normalizer.Form.NFC), names.next(nfd, 1));
        assertEquals("báo cáo~2.docx", names.next("BÁO CÁO.docx".toLowerCase(), 2));
        assertEquals("BÁO CÁO~3.docx", names.next("BÁO CÁO.docx", 3));
        String longName = names.next("ư".repeat(400) + ".docx", 4);
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= AttachmentNames.MAX_NAME_BYTES, longName);
        assertTrue(longName.endsWith(".docx"), "the extension is kept");
    }
}
