package org.earchive.detect.pronom;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import uk.gov.nationalarchives.droid.container.ContainerFile;
import uk.gov.nationalarchives.droid.container.ContainerSignature;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;
import uk.gov.nationalarchives.droid.container.ContainerSignatureFileReader;
import uk.gov.nationalarchives.droid.container.FileFormatMapping;
import uk.gov.nationalarchives.droid.container.TriggerPuid;
import uk.gov.nationalarchives.droid.core.SignatureParseException;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureCollection;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureComparator;

/**
 * PRONOM's container signature file, read into DROID's own classes in one pass of SAX events. DROID reads it with
 * JAXB, whose context, built from the classes' annotations by reflection on every run, cost more CPU than reading
 * the file (0.085-0.097 CPU-s cold with the class data archive, docs/cost.md); this reader fills the same objects
 * and fields JAXB fills ({@code ContainerSignatureMapping}'s three lists, each signature's id, container type,
 * description and files, each file's path; JAXB sets some of them as fields, so does this), and
 * {@code ContainerSignaturesTest} compares the two models field by field. The byte signatures of each member
 * ({@code <BinarySignatures>}) go, as their SAX events, to DROID's own SAX model builder and are compiled as DROID
 * compiles them (DROID 6.8 would keep them as DOM fragments and write each back to text with Xerces' serializer,
 * which is not on earchive's class path).
 */
final class ContainerSignatures extends ContainerSignatureFileReader {

    private final SignatureFiles.SignatureFile file;
    private ContainerSignatureDefinitions definitions;

    ContainerSignatures(SignatureFiles.SignatureFile file) {
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
            XMLReader reader = xmlReader();
            Mapping mapping = new Mapping();
            reader.setContentHandler(mapping);
            reader.parse(new InputSource(in));
            if (mapping.definitions == null) {
                throw new SAXException("no <ContainerSignatureMapping> element");
            }
            return mapping.definitions;
        } catch (Exception e) {
            throw new SignatureParseException("The PRONOM container signature file " + file + " cannot be read: " + e, e);
        }
    }

    /** The JDK's SAX reader (whatever else is on the class path), namespace-aware, with its limits on. */
    static XMLReader xmlReader() throws Exception {
        SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
        parsers.setNamespaceAware(true);
        parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return parsers.newSAXParser().getXMLReader();
    }

    /** A member's byte signatures made ready for matching, as DROID makes a container file's. */
    static void compile(InternalSignatureCollection signatures) {
        signatures.prepareForUse();
        signatures.sortSignatures(new InternalSignatureComparator());
    }

    /**
     * The fields JAXB sets where DROID's classes have no setter (it reads them by their annotations, as fields):
     * found once per process.
     */
    private static final class Fields {
        static final Field SIGNATURES = field(ContainerSignatureDefinitions.class, "containerSignatures");
        static final Field FORMATS = field(ContainerSignatureDefinitions.class, "formats");
        static final Field TRIGGERS = field(ContainerSignatureDefinitions.class, "tiggerPuids");
        static final Field CONTAINER_TYPE = field(ContainerSignature.class, "containerType");
        static final Field MAPPING_ID = field(FileFormatMapping.class, "signatureId");
        static final Field TRIGGER_PUID = field(TriggerPuid.class, "puid");
        static final Field TRIGGER_TYPE = field(TriggerPuid.class, "containerType");

        private static Field field(Class<?> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("DROID's " + type.getSimpleName() + " has no field " + name
                        + " (another DROID version?)", e);
            }
        }
    }

    /**
     * The file's elements as JAXB maps them (elements and attributes in no namespace, unknown ones passed over),
     * but for what lies inside a member's {@code <BinarySignatures>}, which goes to a DROID SAX model builder of its
     * own.
     */
    private static final class Mapping extends DefaultHandler {

        ContainerSignatureDefinitions definitions;
        private List<ContainerSignature> signatures;
        private List<FileFormatMapping> formats;
        private List<TriggerPuid> triggers;
        private ContainerSignature signature;
        private List<ContainerFile> files;
        private ContainerFile member;
        private StringBuilder text; // the text of <Description> or <Path>, as JAXB keeps it (not trimmed)
        private MemberSignatureEvents memberSignatures;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            if (memberSignatures != null) {
                memberSignatures.startElement(uri, local, qName, attributes);
                return;
            }
            if (!uri.isEmpty()) {
                return;
            }
            try {
                switch (local) {
                    case "ContainerSignatureMapping" -> definitions = new ContainerSignatureDefinitions();
                    case "ContainerSignatures" -> signatures = listIn(Fields.SIGNATURES);
                    case "FileFormatMappings" -> formats = listIn(Fields.FORMATS);
                    case "TriggerPuids" -> triggers = listIn(Fields.TRIGGERS);
                    case "ContainerSignature" -> startSignature(attributes);
                    case "Files" -> startFiles();
                    case "File" -> startMember();
                    case "Description", "Path" -> text = new StringBuilder();
                    case "BinarySignatures" -> memberSignatures = new MemberSignatureEvents();
                    case "FileFormatMapping" -> addFormat(attributes);
                    case "TriggerPuid" -> addTrigger(attributes);
                    default -> { }
                }
            } catch (IllegalAccessException e) {
                throw new SAXException(e);
            }
        }

        private <T> List<T> listIn(Field field) throws IllegalAccessException {
            if (definitions == null) {
                return null;
            }
            List<T> list = new ArrayList<>();
            field.set(definitions, list);
            return list;
        }

        private void startSignature(Attributes attributes) throws IllegalAccessException {
            if (signatures == null) {
                return;
            }
            signature = new ContainerSignature();
            String id = attributes.getValue("", "Id");
            if (id != null) {
                signature.setId(Integer.parseInt(id.strip()));
            }
            Fields.CONTAINER_TYPE.set(signature, attributes.getValue("", "ContainerType"));
            signatures.add(signature);
        }

        private void startFiles() {
            if (signature != null) {
                files = new ArrayList<>();
                signature.setFiles(files);
            }
        }

        private void startMember() {
            if (files != null) {
                member = new ContainerFile();
                files.add(member);
            }
        }

        private void addFormat(Attributes attributes) throws IllegalAccessException {
            if (formats == null) {
                return;
            }
            FileFormatMapping format = new FileFormatMapping();
            String id = attributes.getValue("", "signatureId");
            if (id != null) {
                Fields.MAPPING_ID.setInt(format, Integer.parseInt(id.strip()));
            }
            format.setPuid(attributes.getValue("", "Puid"));
            formats.add(format);
        }

        private void addTrigger(Attributes attributes) throws IllegalAccessException {
            if (triggers == null) {
                return;
            }
            TriggerPuid trigger = new TriggerPuid();
            Fields.TRIGGER_PUID.set(trigger, attributes.getValue("", "Puid"));
            Fields.TRIGGER_TYPE.set(trigger, attributes.getValue("", "ContainerType"));
            triggers.add(trigger);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (memberSignatures != null) {
                if (memberSignatures.endElement(uri, local, qName)) {
                    endMemberSignatures();
                }
                return;
            }
            if (!uri.isEmpty()) {
                return;
            }
            switch (local) {
                case "Description" -> {
                    if (signature != null && text != null) {
                        signature.setDescription(text.toString());
                    }
                    text = null;
                }
                case "Path" -> {
                    if (member != null && text != null) {
                        member.setPath(text.toString());
                    }
                    text = null;
                }
                case "File" -> member = null;
                case "Files" -> files = null;
                case "ContainerSignature" -> signature = null;
                case "ContainerSignatures" -> signatures = null;
                case "FileFormatMappings" -> formats = null;
                case "TriggerPuids" -> triggers = null;
                default -> { }
            }
        }

        /** The member's byte signatures, compiled and sorted as DROID compiles a container file's. */
        private void endMemberSignatures() {
            InternalSignatureCollection compiled = memberSignatures.model();
            memberSignatures = null;
            if (member != null && compiled != null) {
                compile(compiled);
                member.setBinarySignatures(compiled);
            }
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            if (memberSignatures != null) {
                memberSignatures.characters(characters, start, length);
            } else if (text != null) {
                text.append(characters, start, length);
            }
        }
    }
}
