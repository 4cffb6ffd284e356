package org.earchive.pdfa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.earchive.core.SafeXml;

/**
 * An XMP packet without the indentation xmpbox writes. The packet is stored uncompressed (so that tools which
 * scan a file for {@code <?xpacket} find it), and its indentation was a fifth to a third of its bytes. Only
 * whitespace between elements goes: a property's own text, spaces included, is kept as it was.
 */
final class CompactXmp {

    private CompactXmp() {
    }

    static byte[] of(byte[] packet) throws IOException {
        try {
            Document document;
            try {
                document = SafeXml.documentBuilder().parse(new ByteArrayInputStream(packet));
            } catch (SAXException notXml10) {
                // xmpbox writes a control character of a title as a character reference XML 1.0 refuses
                // ("&#x7;"): such a packet is kept as xmpbox wrote it, as before
                return packet;
            }
            dropIndentation(document);
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream compact = new ByteArrayOutputStream(packet.length);
            transformer.transform(new DOMSource(document), new StreamResult(compact));
            return compact.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("could not write the XMP metadata: " + e.getMessage(), e);
        }
    }

    /** Removes text that is only whitespace from elements that hold other elements (RDF's structure, not values). */
    private static void dropIndentation(Node node) {
        boolean holdsElements = false;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            holdsElements |= child.getNodeType() == Node.ELEMENT_NODE;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (holdsElements && child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation(child);
            }
            child = next;
        }
    }
}
