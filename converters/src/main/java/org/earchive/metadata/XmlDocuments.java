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
import org.earchive.core.SafeXml;

/** DOM building, UTF-8 serialisation and XSD validation for the metadata files earchive writes (and packages' METS). */
public final class XmlDocuments {

    static {
        // descriptions and METS are written many to a run: JAXP's factories looked up once
        org.earchive.core.XmlFactories.pin();
    }

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

    /**
     * A child element with NFC text; {@code text} may be null for an empty element. A character XML 1.0 cannot hold
     * (a control character in a file name, a lone surrogate) is written as the six characters <code>&#92;uXXXX</code>, as the
     * report shows it, so a file's odd name never makes its description invalid.
     */
    public static Element add(Element parent, String namespace, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        if (text != null) {
            child.setTextContent(xmlCharacters(VietnameseText.nfc(text)));
        }
        parent.appendChild(child);
        return child;
    }

    /** {@code text} with every character XML 1.0 forbids written as <code>&#92;uXXXX</code>. */
    static String xmlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.append(c);
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Parses an XML file earchive reads back (its own outputs, a package's METS): namespace-aware, and a
     * DOCTYPE is refused outright, so no entity of a hostile file is ever expanded or fetched.
     *
     * @throws IOException naming the file when it is not well-formed
     */
    public static Document parse(java.nio.file.Path file) throws IOException {
        try {
            return SafeXml.documentBuilder().parse(file.toFile());
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
