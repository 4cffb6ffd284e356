package org.earchive.detect.pronom;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.UnmarshallerHandler;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import uk.gov.nationalarchives.droid.container.ContainerFile;
import uk.gov.nationalarchives.droid.container.ContainerSignature;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;
import uk.gov.nationalarchives.droid.container.ContainerSignatureFileReader;
import uk.gov.nationalarchives.droid.core.SignatureParseException;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureCollection;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureComparator;
import uk.gov.nationalarchives.droid.core.signature.xml.SAXModelBuilder;

/**
 * The container signature file read as earchive read it before {@link ContainerSignatures}: JAXB, as DROID reads it,
 * with each member's byte signatures compiled by DROID's SAX model builder. What {@code ContainerSignaturesTest}
 * compares the direct reading with.
 */
final class JaxbContainerSignatures extends ContainerSignatureFileReader {

    private final SignatureFiles.SignatureFile file;
    private ContainerSignatureDefinitions definitions;

    JaxbContainerSignatures(SignatureFiles.SignatureFile file) {
        this.file = file;
    }

    @Override
    public synchronized ContainerSignatureDefinitions getDefinitions() throws SignatureParseException {
        if (definitions == null) {
            definitions = read();
        }
        return definitions;
    }

    private ContainerSignatureDefinitions read() throws SignatureParseException {
        try (InputStream in = file.open()) {
            UnmarshallerHandler jaxb = JAXBContext.newInstance(ContainerSignatureDefinitions.class)
                    .createUnmarshaller().getUnmarshallerHandler();
            MemberSignatures members = new MemberSignatures();
            members.setContentHandler(jaxb);
            SAXParserFactory parsers = SAXParserFactory.newDefaultInstance(); // the JDK's, whatever is on the class path
            parsers.setNamespaceAware(true);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setContentHandler(members);
            reader.parse(new InputSource(in));
            ContainerSignatureDefinitions read = (ContainerSignatureDefinitions) jaxb.getResult();
            for (ContainerSignature signature : read.getContainerSignatures()) {
                for (ContainerFile member : signature.getFiles().values()) {
                    InternalSignatureCollection compiled = members.compiled(signature.getId(), member.getPath());
                    if (compiled != null) {
                        compiled.prepareForUse();
                        compiled.sortSignatures(new InternalSignatureComparator());
                        member.setBinarySignatures(compiled);
                    }
                }
            }
            return read;
        } catch (Exception e) {
            throw new SignatureParseException("The PRONOM container signature file " + file + " cannot be read: " + e, e);
        }
    }

    /**
     * The members ("signature id, path") DROID's own JAXB reading gives byte signatures, the file read by JAXB alone:
     * each {@code <BinarySignatures>} JAXB places in a {@code <File>}.
     */
    static java.util.Set<String> membersWithSignatures(SignatureFiles.SignatureFile file) throws Exception {
        try (InputStream in = file.open()) {
            ContainerSignatureDefinitions read = (ContainerSignatureDefinitions) JAXBContext
                    .newInstance(ContainerSignatureDefinitions.class).createUnmarshaller().unmarshal(in);
            java.util.Set<String> members = new java.util.TreeSet<>();
            for (ContainerSignature signature : read.getContainerSignatures()) {
                for (ContainerFile member : signature.listFiles()) {
                    if (member.getBinarySignature() != null) {
                        members.add(signature.getId() + " " + member.getPath());
                    }
                }
            }
            return members;
        }
    }

    /**
     * Passes the file's SAX events on to JAXB, except those inside a member's {@code <BinarySignatures>}, which go to
     * a DROID SAX model builder of their own, kept by container signature id and member path.
     */
    private static final class MemberSignatures extends XMLFilterImpl {

        private final Map<String, InternalSignatureCollection> byMember = new HashMap<>();
        private String signatureId;
        private StringBuilder path;
        private String memberPath;
        private SAXModelBuilder builder;
        private int depth;

        InternalSignatureCollection compiled(int signatureId, String memberPath) {
            return byMember.get(signatureId + "\u0000" + (memberPath == null ? null : memberPath.trim()));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            if (builder != null) {
                depth++;
                builder.startElement(uri, local, qName, attributes);
                return;
            }
            switch (local) {
                case "ContainerSignature" -> signatureId = attributes.getValue("Id");
                case "File" -> memberPath = null;
                case "Path" -> path = new StringBuilder();
                case "BinarySignatures" -> {
                    builder = new SAXModelBuilder();
                    depth = 0;
                    return; // the element itself is DROID's wrapper, not part of what its builder reads
                }
                default -> { }
            }
            super.startElement(uri, local, qName, attributes);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (builder != null) {
                if (depth == 0) {
                    byMember.put(signatureId + "\u0000" + memberPath, (InternalSignatureCollection) builder.getModel());
                    builder = null;
                    return;
                }
                depth--;
                builder.endElement(uri, local, qName);
                return;
            }
            if (local.equals("Path") && path != null) {
                memberPath = path.toString().trim();
                path = null;
            }
            if (local.equals("File")) {
                // a <BinarySignatures> after the member, outside any <File> (PRONOM's 39510 and 39515 have one), is
                // no member's: JAXB passes it over, and so does this reference (earchive's reader before
                // ContainerSignatures gave it to the member before it)
                memberPath = null;
            }
            super.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] text, int start, int length) throws SAXException {
            if (builder != null) {
                builder.characters(text, start, length);
                return;
            }
            if (path != null) {
                path.append(text, start, length);
            }
            super.characters(text, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] text, int start, int length) throws SAXException {
            if (builder == null) {
                super.ignorableWhitespace(text, start, length);
            }
        }
    }
}
