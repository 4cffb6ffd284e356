package org.earchive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class SafeXmlTest {

    /** An encrypted ODT's content.xml: bytes that are not XML, which the JDK's default handler printed as "[Fatal Error]". */
    private static final byte[] NOT_XML = {(byte) 0xcb, (byte) 0xf2, 0x12, (byte) 0x85, (byte) 0xb5, 0x00, 0x41};

    @Test
    void xmlThatIsNotWellFormedIsAnExceptionAndNothingOnTheConsole() throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThrows(SAXParseException.class, () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(NOT_XML)));
            assertThrows(SAXParseException.class, () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(
                    "<a><b></a>".getBytes(StandardCharsets.UTF_8))));
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpandedOrFetched() {
        byte[] hostile = ("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(hostile)));
    }

    @Test
    void wellFormedXmlIsReadWithItsNamespaces() throws Exception {
        var document = SafeXml.documentBuilder().parse(new ByteArrayInputStream(
                "<m:mets xmlns:m=\"http://www.loc.gov/METS/\"><m:fileSec/></m:mets>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.loc.gov/METS/", document.getDocumentElement().getNamespaceURI());
    }
}
