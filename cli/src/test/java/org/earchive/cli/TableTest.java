package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table lines up in a terminal whatever script its cells are in. */
class TableTest {

    @Test
    void wideLettersTakeTwoColumnsAndMarksOnTheLetterBeforeNone() {
        assertEquals(7, Table.width("Lưu trữ"), "NFC Vietnamese: a column a letter");
        assertEquals(7, Table.width(java.text.Normalizer.normalize("Lưu trữ", java.text.Normalizer.Form.NFD)),
                "decomposed Vietnamese: the marks sit on their letters");
        assertEquals(12, Table.width("中國漢字文書"));
        assertEquals(8, Table.width("𡨸喃𠊛𡗶"), "chữ Nôm outside the basic plane");
        assertEquals(10, Table.width("한국어문서"));
    }

    @Test
    void theNextColumnStartsAtTheSameTerminalColumnOnEveryRow() {
        StringWriter text = new StringWriter();
        new Table("SCRIPT", "LETTERS", "FONT").row("Chinese", "中國漢字", "Droid").row("Lao", "ພາສາລາວ", "DejaVu")
                .row("Vietnamese", "Lưu trữ", "Liberation").print(new PrintWriter(text));

        List<Integer> fontColumn = text.toString().lines()
                .map(line -> Table.width(line.substring(0, line.lastIndexOf(' ') + 1))).toList();
        assertEquals(1, fontColumn.stream().distinct().count(), text.toString());
    }
}
