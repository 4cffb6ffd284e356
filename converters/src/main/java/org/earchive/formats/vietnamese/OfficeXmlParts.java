package org.earchive.formats.vietnamese;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.earchive.core.SafeXml;

/**
 * The parts of a ZIP-based office file (DOCX, ODT) read into memory, parsed and written back, for the copies
 * earchive lays out in place of an original: the legacy converters' Unicode copies, and a DOCX whose wide tables
 * are turned onto landscape pages (convert.office.WideTableCopy). The file has passed the ZIP-bomb guard before it gets here; each part is
 * still bounded, and no DOCTYPE is ever accepted.
 */
public final class OfficeXmlParts {

    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    private OfficeXmlParts() {
    }

    /** Every part by its name, in the file's order. */
    public static Map<String, byte[]> read(Path zipFile) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                entries.put(entry.getName(), bounded(zip, entry.getName()));
            }
        }
        return entries;
    }

    /** One part by its name ("word/document.xml"), or null when the file has none; the others are not kept. */
    public static byte[] readPart(Path zipFile, String name) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().equals(name)) {
                    return bounded(zip, name);
                }
            }
        }
        return null;
    }

    /** The current entry's bytes, refused past {@link #MAX_PART_BYTES}. */
    private static byte[] bounded(ZipInputStream zip, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new IOException("part " + name + " is larger than " + MAX_PART_BYTES + " bytes");
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    public static Document parse(byte[] xml) throws IOException {
        try {
            return SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the document's XML cannot be read: " + e.getMessage(), e);
        }
    }

    /** @param standalone whether the declaration says {@code standalone="yes"} (Word writes it; ODF does not) */
    public static byte[] write(Document document, boolean standalone) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (standalone) {
                transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("the converted XML cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a copy of the file: its parts in their order, {@code changed} in place of theirs; an ODF "mimetype"
     * entry stays first and stored, as that format requires.
     */
    public static void writeZip(Map<String, byte[]> entries, Map<String, byte[]> changed, Path copy) throws IOException {
        try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = entries.get("mimetype");
            if (mimetype != null) {
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getKey().equals("mimetype")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(changed.getOrDefault(entry.getKey(), entry.getValue()));
                zip.closeEntry();
            }
        }
    }
}
