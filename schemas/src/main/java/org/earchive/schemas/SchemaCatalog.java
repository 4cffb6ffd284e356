package org.earchive.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The XML schemas earchive validates against, loaded from this module's resources and never from the
 * network: every import and include is answered with the bundled copy of the same file name, so
 * {@code http://www.loc.gov/standards/xlink/xlink.xsd} in mets.xsd resolves to our xlink.xsd.
 */
public final class SchemaCatalog {

    /** Well-known schemas, by the file name they are shipped under. */
    public enum Known {
        METS("mets.xsd"),
        PREMIS_3("premis-v3-0.xsd"),
        CSIP_EXTENSION("DILCISExtensionMETS.xsd"),
        SIP_EXTENSION("DILCISExtensionSIPMETS.xsd"),
        DUBLIN_CORE("dc.xsd"),
        DC_TERMS("dcterms.xsd"),
        /** earchive's own, not official: TT 05 EAD_doc (SIP) written from STANDARDS.md section 4. */
        TT05_EAD_DOC("earchive-tt05-ead-doc.xsd"),
        /** earchive's own, not official: TT 05 EAD (the file, hồ sơ, SIP) written from STANDARDS.md section 4. */
        TT05_EAD_FILE("earchive-tt05-ead.xsd"),
        /** earchive's own, not official: TT 05 EAD_doc in an AIP (19 elements, arcFileCode and docOrdinal). */
        TT05_AIP_EAD_DOC("earchive-tt05-aip-ead-doc.xsd"),
        /** earchive's own, not official: TT 05 EAD of a hồ sơ in an AIP (arcFileCode in place of fileCode). */
        TT05_AIP_EAD_FILE("earchive-tt05-aip-ead.xsd"),
        /** earchive's own wrapper: a {@code simpledc} root around the official Dublin Core elements. */
        SIMPLE_DC("earchive-simpledc.xsd");

        private final String fileName;

        Known(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private static final String RESOURCE_DIR = "/org/earchive/schemas/";
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private SchemaCatalog() {
    }

    public static Schema schema(Known known) {
        return schema(known.fileName());
    }

    /** A compiled schema; compiled once and shared, since {@link Schema} is immutable and thread-safe. */
    public static Schema schema(String fileName) {
        return CACHE.computeIfAbsent(fileName, SchemaCatalog::compile);
    }

    /**
     * Several schemas of different namespaces compiled as one, so that attributes one schema admits laxly
     * ({@code anyAttribute processContents="lax"} in METS) are checked by the schema that defines them
     * (the E-ARK CSIP and SIP extensions).
     */
    public static Schema combined(Known... schemas) {
        StringBuilder key = new StringBuilder("combined:");
        for (Known known : schemas) {
            key.append(known.fileName()).append(' ');
        }
        return CACHE.computeIfAbsent(key.toString(), k -> compile(java.util.Arrays.stream(schemas).map(Known::fileName).toList()));
    }

    /** The bundled bytes of a schema file, for packages that must carry their schemas with them. */
    public static InputStream open(String fileName) throws IOException {
        InputStream in = SchemaCatalog.class.getResourceAsStream(RESOURCE_DIR + baseName(fileName));
        if (in == null) {
            throw new IOException("earchive does not bundle the schema " + fileName);
        }
        return in;
    }

    private static Schema compile(String fileName) {
        return compile(java.util.List.of(fileName));
    }

    private static Schema compile(java.util.List<String> fileNames) {
        String fileName = String.join(", ", fileNames);
        try {
            StreamSource[] sources = new StreamSource[fileNames.size()];
            for (int i = 0; i < sources.length; i++) {
                URL url = SchemaCatalog.class.getResource(RESOURCE_DIR + fileNames.get(i));
                if (url == null) {
                    throw new IllegalArgumentException("earchive does not bundle the schema " + fileNames.get(i));
                }
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Imports are answered from the bundle below; anything else would be a network fetch.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "jar,file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            factory.setResourceResolver(new BundledResolver());
            return factory.newSchema(sources);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the bundled schema " + fileName + " does not compile: " + e.getMessage(), e);
        }
    }

    private static String baseName(String systemId) {
        int slash = systemId.lastIndexOf('/');
        return slash < 0 ? systemId : systemId.substring(slash + 1);
    }

    private static final class BundledResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            if (systemId.endsWith(".dtd")) {
                // dc.xsd and dcterms.xsd declare the XMLSchema DTD; it only defines entities the schemas
                // do not use, so an empty one stands in rather than a fetch from w3.org
                return new UrlInput(null, publicId);
            }
            URL url = SchemaCatalog.class.getResource(RESOURCE_DIR + baseName(systemId));
            if (url == null) {
                throw new IllegalStateException("schema import " + systemId + " is not bundled; earchive never fetches schemas");
            }
            return new UrlInput(url, publicId);
        }
    }

    private record UrlInput(URL url, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() {
            if (url == null) {
                return InputStream.nullInputStream();
            }
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return url == null ? null : url.toExternalForm(); }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return url == null ? null : url.toExternalForm(); }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
