package org.earchive.convert.office;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Takes a presentation's review comments ({@code <p class="slide-comment">} in Tika's reading of PPT and PPTX:
 * the author, then the text) out of the words its slides are checked for, and keeps them apart. PowerPoint does not
 * print them on the slides, and neither does LibreOffice: they are exported as the PDF's own comments (sticky notes
 * on their slide, which a PDF reader lists), and their words are checked there.
 */
final class SlideComments extends ContentHandlerDecorator {

    private final StringBuilder text = new StringBuilder();
    private final ClassedElement comment = new ClassedElement("p", "slide-comment");
    private int count;

    SlideComments(ContentHandler words) {
        super(words);
    }

    /** How many comments the deck has (replies count one each). */
    int count() {
        return count;
    }

    /** Their authors and text, one comment a line, as Tika reads them. */
    String text() {
        return text.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (comment.start(localName, attributes)) {
            count++;
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (comment.end()) {
            text.append('\n');
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (comment.inside()) {
            text.append(ch, start, length);
        } else {
            super.characters(ch, start, length);
        }
    }
}
