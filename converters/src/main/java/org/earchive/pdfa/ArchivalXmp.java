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
        add(xmp, fields, false);
    }

    /**
     * @param pdfUa also claim PDF/UA-1 ({@code pdfuaid:part}), which PDF/A-2 and 3 accept only described in the same
     *              extension schema, as the TT 05 fields are
     */
    static void add(XMPMetadata xmp, Map<String, String> fields, boolean pdfUa) {
        if (fields.isEmpty() && !pdfUa) {
            return;
        }
        if (!fields.isEmpty()) {
            XMPSchema tt05 = new XMPSchema(xmp, NAMESPACE, PREFIX);
            fields.forEach(tt05::setTextPropertyValue);
            xmp.addSchema(tt05);
        }
        if (pdfUa) {
            XMPSchema pdfuaid = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
            pdfuaid.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(pdfuaid);
        }

        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        if (!fields.isEmpty()) {
            schemas.addProperty(describe(xmp, "TT 05/2025/TT-BNV document description (EAD_doc elements), written by earchive",
                    NAMESPACE, PREFIX, fields.keySet().stream()
                            .map(name -> new String[] {name, "Text", "external", "TT 05/2025 element " + name}).toList()));
        }
        if (pdfUa) {
            schemas.addProperty(describe(xmp, "PDF/UA Universal Accessibility Schema", PDFUA_NAMESPACE, "pdfuaid",
                    java.util.List.<String[]>of(new String[] {"part", "Integer", "internal",
                            "Indicates, which part of ISO 14289 standard is followed"})));
        }
        extension.addProperty(schemas);
    }

    /**
     * Adds the PDF/UA-1 claim to a packet read from a file (LibreOffice's tagged export, finished as PDF/A), declared
     * in the packet's extension schema; a packet that already claims it is left as it is.
     */
    static void claimPdfUa(XMPMetadata xmp) {
        if (xmp.getSchema(PDFUA_NAMESPACE) != null) {
            return;
        }
        XMPSchema pdfuaid = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
        pdfuaid.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(pdfuaid);
        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
        ArrayProperty schemas = extension == null ? null : extension.getSchemasProperty();
        boolean created = schemas == null;
        if (extension == null) {
            extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
            extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
            extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        }
        if (created) {
            schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        }
        schemas.addProperty(describe(xmp, "PDF/UA Universal Accessibility Schema", PDFUA_NAMESPACE, "pdfuaid",
                java.util.List.<String[]>of(new String[] {"part", "Integer", "internal",
                        "Indicates, which part of ISO 14289 standard is followed"})));
        if (created) {
            extension.addProperty(schemas);
        }
    }

    /** The PDF/UA identification schema's namespace (ISO 14289-1, 5). */
    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    /** @param properties name, value type, category, description of each */
    private static PDFASchemaType describe(XMPMetadata xmp, String title, String namespace, String prefix,
                                           java.util.List<String[]> properties) {
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, title));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, namespace));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, prefix));
        ArrayProperty list = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        for (String[] described : properties) {
            PDFAPropertyType property = new PDFAPropertyType(xmp);
            property.addProperty(property.createTextType(PDFAPropertyType.NAME, described[0]));
            property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, described[1]));
            property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, described[2]));
            property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION, described[3]));
            list.addProperty(property);
        }
        schema.addProperty(list);
        return schema;
    }
}
