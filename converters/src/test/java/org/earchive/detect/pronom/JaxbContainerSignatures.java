package org.earchive.detect.pronom;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.UnmarshallerHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import uk.gov.nationalarchives.droid.container.ContainerFile;
import uk.gov.nationalarchives.droid.container.ContainerSignature;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureCollection;

/**
 * The container signature file read as earchive read it before {@link ContainerSignatures}: JAXB, as DROID reads it,
 * with each member's byte signatures compiled by DROID's SAX model builder. What {@code ContainerSignaturesTest}
 * compares the direct reading with.
 */
final class JaxbContainerSignatures {

    private JaxbContainerSignatures() {
    }

    static ContainerSignatureDefinitions read(SignatureFiles.SignatureFile file) throws Exception {
        try (InputStream in = file.open()) {
            UnmarshallerHandler jaxb = JAXBContext.newInstance(ContainerSignatureDefinitions.class)
                    .createUnmarshaller().getUnmarshallerHandler();
            MemberSignatures members = new MemberSignatures();
            members.setContentHandler(jaxb);
            XMLReader reader = ContainerSignatures.xmlReader();
            reader.setContentHandler(members);
            reader.parse(new InputSource(in));
            ContainerSignatureDefinitions read = (ContainerSignatureDefinitions) jaxb.getResult();
            for (ContainerSignature signature : read.getContainerSignatures()) {
                for (ContainerFile member : signature.getFiles().values()) {
                    InternalSignatureCollection compiled = members.compiled(signature.getId(), member.getPath());
                    if (compiled != null) {
                        ContainerSignatures.compile(compiled);
                        member.setBinarySignatures(compiled);
                    }
                }
            }
            return read;
        }
    }

    /**
     * The members ("signature id, path") DROID's own JAXB reading gives byte signatures, the file read by JAXB alone:
     * each {@code <BinarySignatures>} JAXB places in a {@code <File>}.
     */
    static Set<String> membersWithSignatures(SignatureFiles.SignatureFile file) throws Exception {
        try (InputStream in = file.open()) {
            ContainerSignatureDefinitions read = (ContainerSignatureDefinitions) JAXBContext
                    .newInstance(ContainerSignatureDefinitions.class).createUnmarshaller().unmarshal(in);
            Set<String> members = new TreeSet<>();
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
        private MemberSignatureEvents memberSignatures;

        InternalSignatureCollection compiled(int signatureId, String memberPath) {
            return byMember.get(signatureId + "\u0000" + (memberPath == null ? null : memberPath.trim()));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            if (memberSignatures != null) {
                memberSignatures.startElement(uri, local, qName, attributes);
                return;
            }
            switch (local) {
                case "ContainerSignature" -> signatureId = attributes.getValue("Id");
                case "File" -> memberPath = null;
                case "Path" -> path = new StringBuilder();
                case "BinarySignatures" -> {
                    memberSignatures = new MemberSignatureEvents();
                    return;
                }
                default -> { }
            }
            super.startElement(uri, local, qName, attributes);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (memberSignatures != null) {
                if (memberSignatures.endElement(uri, local, qName)) {
                    byMember.put(signatureId + "\u0000" + memberPath, memberSignatures.model());
                    memberSignatures = null;
                }
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
            if (memberSignatures != null) {
                memberSignatures.characters(text, start, length);
                return;
            }
            if (path != null) {
                path.append(text, start, length);
            }
            super.characters(text, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] text, int start, int length) throws SAXException {
            if (memberSignatures == null) {
                super.ignorableWhitespace(text, start, length);
            }
        }
    }
}
