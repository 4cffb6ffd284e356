package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.earchive.convert.BoundedText;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class SpeakerNotesTest {

    private static SpeakerNotes read(String body, BoundedText words) throws Exception {
        SpeakerNotes notes = new SpeakerNotes(words);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")), notes);
        return notes;
    }

    @Test
    void notesWithAWordAreFoundAndEveryWordStillReachesTheCheck() throws Exception {
        BoundedText words = new BoundedText(1_000);
        SpeakerNotes notes = read("<div class=\"slide-content\"><p>Kế hoạch</p></div><div class=\"slide-notes\">"
                + "<p>Nhấn mạnh thời hạn</p><p>1</p></div>", words);
        assertTrue(notes.found());
        assertEquals("Kế hoạch Nhấn mạnh thời hạn 1", words.toString().strip().replaceAll("\\s+", " "));
    }

    @Test
    void aNotesPageWithOnlyItsSlideNumberHasNoNotes() throws Exception {
        assertFalse(read("<div class=\"slide-content\"><p>Kế hoạch</p></div><div class=\"slide-notes\"><p>1</p></div>"
                + "<p>Chú thích ngoài ghi chú</p>", new BoundedText(1_000)).found());
    }
}
