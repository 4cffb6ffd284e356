package org.earchive.metadata;

import java.time.LocalDate;
import java.util.Map;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The TT 05 file (hồ sơ) description, {@code EAD.xml}: root {@code <simpledc>}, the 18 SIP elements in order,
 * empty when unknown. For the packages that gather documents into files; validated against earchive's own
 * {@code earchive-tt05-ead.xsd} (an AIP's, with {@code arcFileCode}, against {@code earchive-tt05-aip-ead.xsd}).
 */
public final class FileDescriptionWriter {

    /** @param values checked values ({@link FileField#check}); dates ISO 8601, written DD/MM/YYYY */
    public byte[] write(Map<FileField, String> values) throws SAXException {
        return write(values, false);
    }

    /** @param aip the AIP variant: {@code arcFileCode} for {@code fileCode}, checked against the AIP schema */
    public byte[] write(Map<FileField, String> values, boolean aip) throws SAXException {
        Document document = XmlDocuments.newDocument();
        Element root = document.createElementNS(null, "simpledc");
        document.appendChild(root);
        for (FileField field : FileField.inOrder()) {
            String value = values.get(field);
            if (value != null && (field == FileField.START_DATE || field == FileField.END_DATE)) {
                value = LocalDate.parse(value).format(Tt05DocumentWriter.TT05_DATE);
            }
            XmlDocuments.add(root, null, aip ? field.aipElement() : field.element(), value);
        }
        byte[] xml = XmlDocuments.serialize(document);
        XmlDocuments.validate(xml, SchemaCatalog.schema(aip ? SchemaCatalog.Known.TT05_AIP_EAD_FILE
                : SchemaCatalog.Known.TT05_EAD_FILE));
        return xml;
    }
}
