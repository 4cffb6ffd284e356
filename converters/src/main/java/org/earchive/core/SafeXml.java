package org.earchive.core;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The one way earchive builds a DOM parser (or a streaming reader) for XML it did not write (a document's parts, a PDF's XMP, a received
 * package's METS): namespace-aware; a DOCTYPE is refused outright, so no entity of a hostile file is expanded or
 * fetched; and a file that is not well-formed is an exception for the caller to turn into a sentence, never
 * "[Fatal Error] :-1:-1: ..." printed on the console by the JDK's default error handler (an encrypted ODT's parts,
 * which are not XML at all, printed four such lines at each reading).
 */
public final class SafeXml {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not stop the parse and is nothing a clerk can act on
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };

    private SafeXml() {
    }

    public static DocumentBuilder documentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(THROWING);
        return builder;
    }

    /** A streaming reader of IN, with the same refusals as Tika's parsers: no DTD, no external entities. */
    public static XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
        return streamFactory().createXMLStreamReader(in);
    }

    /** As {@link #streamReader(InputStream)}, as events, for a copy written back with some of them changed. */
    public static XMLEventReader eventReader(InputStream in) throws XMLStreamException {
        return streamFactory().createXMLEventReader(in);
    }

    private static XMLInputFactory streamFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
