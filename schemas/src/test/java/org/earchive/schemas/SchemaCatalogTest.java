package org.earchive.schemas;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

class SchemaCatalogTest {

    @ParameterizedTest
    @EnumSource(SchemaCatalog.Known.class)
    void everyBundledSchemaCompilesWithoutTheNetwork(SchemaCatalog.Known known) {
        assertNotNull(SchemaCatalog.schema(known));
    }

    @Test
    void metsSchemaRejectsADocumentMissingItsStructMap() {
        String mets = "<mets xmlns='http://www.loc.gov/METS/'><metsHdr/></mets>";
        assertThrows(SAXException.class, () -> SchemaCatalog.schema(SchemaCatalog.Known.METS)
                .newValidator().validate(new StreamSource(new StringReader(mets))));
    }

    @Test
    void premisSchemaAcceptsAMinimalDocument() throws Exception {
        String premis = "<premis xmlns='http://www.loc.gov/premis/v3' version='3.0'>"
                + "<object xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:type='file'>"
                + "<objectIdentifier><objectIdentifierType>local</objectIdentifierType>"
                + "<objectIdentifierValue>f1</objectIdentifierValue></objectIdentifier>"
                + "<objectCharacteristics><format><formatDesignation><formatName>PDF/A-2u</formatName>"
                + "</formatDesignation></format></objectCharacteristics></object></premis>";
        SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3).newValidator()
                .validate(new StreamSource(new StringReader(premis)));
    }
}
