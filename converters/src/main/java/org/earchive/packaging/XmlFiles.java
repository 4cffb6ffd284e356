package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.earchive.core.SafeXml;

/**
 * Reading and schema-checking the XML inside a package, from streams so that a package inside a ZIP
 * (a zipfs Path, which has no java.io.File) is read like a folder. No DTD, no external entity: a package
 * is untrusted input.
 */
final class XmlFiles {

    /** Enough schema errors to act on; a badly broken file would otherwise fill the report. */
    private static final int MAX_ERRORS = 10;

    private XmlFiles() {
    }

    static Document parse(Path xml) throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(xml)) {
            return SafeXml.documentBuilder().parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
        }
    }

    /** Every violation of {@code schema} in the file (up to ten), each with its line; empty when valid. */
    static List<String> violations(Path xml, Schema schema) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            return violations(new StreamSource(in), schema);
        }
    }

    /** The same for a document already in memory (a METS, parsed once and checked from its DOM). */
    static List<String> violations(Source source, Schema schema) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    errors.add(describe(e));
                    if (errors.size() >= MAX_ERRORS) {
                        throw e;
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    errors.add(describe(e));
                    throw e;
                }
            });
            validator.validate(source);
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " + e.getMessage() : e.getMessage();
    }
}
