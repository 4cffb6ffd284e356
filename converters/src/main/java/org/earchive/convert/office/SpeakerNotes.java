package org.earchive.convert.office;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Notices, while Tika's reading of a presentation passes to the handler that collects its words, whether any slide
 * has speaker notes ({@code <div class="slide-notes">} holding a word: a notes page's slide number alone is none).
 * Notes are words of the record that LibreOffice exports only on notes pages; a deck with none is exported as its
 * slides alone, as before.
 */
final class SpeakerNotes extends ContentHandlerDecorator {

    private final ClassedElement notes = new ClassedElement("div", "slide-notes");
    private boolean found;

    SpeakerNotes(ContentHandler words) {
        super(words);
    }

    boolean found() {
        return found;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        notes.start(localName, attributes);
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        notes.end();
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (int i = start; notes.inside() && !found && i < start + length; i++) {
            found = Character.isLetter(ch[i]);
        }
        super.characters(ch, start, length);
    }
}
