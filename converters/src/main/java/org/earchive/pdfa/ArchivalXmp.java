package org.earchive.pdfa;

import java.util.Map;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;

/**
 * The TT 05/2025 document fields in the PDF's own XMP, under earchive's namespace. PDF/A (parts 1-3) accepts
 * custom XMP properties only when the same packet describes them in a PDF/A extension schema, so each
 * property written is also declared there (as Text, category "external").
 */
final class ArchivalXmp {

    /** earchive's namespace for TT 05 elements (a reserved .invalid host: it names, it is never fetched). */
    static final String NAMESPACE = "http://ns.earchive.invalid/tt05/1.0/";
    static final String PREFIX = "tt05";

    private ArchivalXmp() {
    }

    /** @param fields TT 05 element name to value, in the order to write them; nothing is written when empty */
    static void add(XMPMetadata xmp, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        XMPSchema tt05 = new XMPSchema(xmp, NAMESPACE, PREFIX);
        fields.forEach(tt05::setTextPropertyValue);
        xmp.addSchema(tt05);

        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA,
                "TT 05/2025/TT-BNV document description (EAD_doc elements), written by earchive"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PREFIX));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        for (String name : fields.keySet()) {
            PDFAPropertyType property = new PDFAPropertyType(xmp);
            property.addProperty(property.createTextType(PDFAPropertyType.NAME, name));
            property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, "Text"));
            property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, "external"));
            property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION, "TT 05/2025 element " + name));
            properties.addProperty(property);
        }
        schema.addProperty(properties);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
    }
}
