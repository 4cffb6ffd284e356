package org.earchive.metadata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** DOM building, UTF-8 serialisation and XSD validation for the metadata files earchive writes (and packages' METS). */
public final class XmlDocuments {

    private XmlDocuments() {
    }

    public static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configurable", e);
        }
    }

    /** A child element with NFC text; {@code text} may be null for an empty element. */
    public static Element add(Element parent, String namespace, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        if (text != null) {
            child.setTextContent(VietnameseText.nfc(text));
        }
        parent.appendChild(child);
        return child;
    }

    /**
     * Parses an XML file earchive reads back (its own outputs, a package's METS): namespace-aware, and a
     * DOCTYPE is refused outright, so no entity of a hostile file is ever expanded or fetched.
     *
     * @throws IOException naming the file when it is not well-formed
     */
    public static Document parse(java.nio.file.Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file.getFileName() + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** UTF-8, indented, with an XML declaration. */
    public static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK could not serialise an XML document: " + e.getMessage(), e);
        }
    }

    /** @throws SAXException with the first violation, naming line and column */
    public static void validate(byte[] xml, Schema schema) throws SAXException {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory XML document failed", e);
        }
    }
}
