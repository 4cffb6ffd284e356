package org.earchive.detect.pronom;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureCollection;
import uk.gov.nationalarchives.droid.core.signature.xml.SAXModelBuilder;

/**
 * The SAX events inside one member's {@code <BinarySignatures>} of a container signature file, handed to DROID's own
 * SAX model builder, which reads them as it reads the binary signature file. The wrapper element itself is DROID's,
 * not part of what its builder reads.
 */
final class MemberSignatureEvents {

    private final SAXModelBuilder builder = new SAXModelBuilder();
    private int depth;

    void startElement(String uri, String local, String qName, Attributes attributes) {
        depth++;
        builder.startElement(uri, local, qName, attributes);
    }

    /** Passes an end tag on; true when it is the end of {@code <BinarySignatures>} itself (nothing is passed then). */
    boolean endElement(String uri, String local, String qName) throws SAXException {
        if (depth == 0) {
            return true;
        }
        depth--;
        builder.endElement(uri, local, qName);
        return false;
    }

    void characters(char[] text, int start, int length) {
        builder.characters(text, start, length);
    }

    /** The member's signatures as DROID's builder made them (not yet compiled), or null when it holds none. */
    InternalSignatureCollection model() {
        return (InternalSignatureCollection) builder.getModel();
    }
}
