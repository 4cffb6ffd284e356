package org.earchive.detect.pronom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.nationalarchives.droid.core.BinarySignatureIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResult;
import uk.gov.nationalarchives.droid.core.interfaces.RequestIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.resource.FileSystemIdentificationRequest;
import uk.gov.nationalarchives.droid.core.interfaces.resource.RequestMetaData;

/** DROID reads the same signatures from the copy without indentation, and names every file as before. */
class UnindentedXmlTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheIndentationBetweenTagsGoes() {
        String xml = "<?xml version=\"1.0\"?>\n<a x=\"1 > 0\">\n  <b> </b>\n  <c>text  with  spaces</c>\n"
                + "  <!-- a  comment -->\n  <d><![CDATA[ < ]]></d>\n  <e/>\n</a>\n";
        assertEquals("<?xml version=\"1.0\"?><a x=\"1 > 0\"><b> </b><c>text  with  spaces</c><!-- a  comment -->"
                + "<d><![CDATA[ < ]]></d><e/></a>\n", new String(UnindentedXml.of(xml.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    @Test
    void droidReadsTheSameSignaturesAndNamesEveryFileAsBefore() throws Exception {
        Path original = folder.resolve("original.xml");
        try (InputStream in = SignatureFiles.bundled().binary().open()) {
            Files.copy(in, original);
        }
        Path unindented = Files.write(folder.resolve("unindented.xml"), UnindentedXml.of(Files.readAllBytes(original)));
        assertTrue(Files.size(unindented) < Files.size(original) * 0.8, "the indentation is gone");
        BinarySignatureIdentifier before = identifier(original);
        BinarySignatureIdentifier after = identifier(unindented);

        // every object DROID made of the file, field by field (an element's text compared without its indentation)
        assertEquals(List.of(), differences(before.getSigFile(), after.getSigFile()));

        List<Path> files = Fixtures.everyFile();
        assertTrue(files.size() > 100, files.size() + " files");
        for (Path file : files) {
            assertEquals(puids(before, file), puids(after, file), file.toString());
        }
    }

    private static BinarySignatureIdentifier identifier(Path xml) throws Exception {
        BinarySignatureIdentifier identifier = new BinarySignatureIdentifier();
        identifier.setSignatureFile(xml.toString());
        identifier.init();
        identifier.setMaxBytesToScan(PronomIdentifier.MAX_BYTES_TO_SCAN);
        return identifier;
    }

    private static List<String> puids(BinarySignatureIdentifier identifier, Path file) throws IOException {
        RequestMetaData about = new RequestMetaData(Files.size(file), 0L, file.toAbsolutePath().toString());
        try (FileSystemIdentificationRequest request = new FileSystemIdentificationRequest(about,
                new RequestIdentifier(file.toAbsolutePath().toUri()))) {
            request.open(file);
            var found = identifier.matchBinarySignatures(request);
            identifier.removeLowerPriorityHits(found);
            return found.getResults().stream().map(IdentificationResult::getPuid).sorted().toList();
        }
    }

    /** Where two object graphs differ (fields of every object reached, statics left out), as paths; empty when equal. */
    private static List<String> differences(Object a, Object b) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        compare(a, b, "sigFile", new IdentityHashMap<>(), found);
        return found;
    }

    private static void compare(Object a, Object b, String path, Map<Object, Object> seen, List<String> found)
            throws IllegalAccessException {
        if (found.size() > 10 || a == b) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            found.add(path + ": " + a + " / " + b);
            return;
        }
        Class<?> type = a.getClass();
        if (type == String.class || type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type == Character.class || type.isEnum()) {
            if (!a.equals(b)) {
                found.add(path + ": " + a + " / " + b);
            }
            return;
        }
        if (seen.put(a, b) != null) {
            return;
        }
        if (type.isArray()) {
            if (Array.getLength(a) != Array.getLength(b)) {
                found.add(path + ": length " + Array.getLength(a) + " / " + Array.getLength(b));
                return;
            }
            for (int i = 0; i < Array.getLength(a); i++) {
                compare(Array.get(a, i), Array.get(b, i), path + "[" + i + "]", seen, found);
            }
            return;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!ma.keySet().equals(mb.keySet())) {
                found.add(path + ": keys differ");
                return;
            }
            for (Object key : ma.keySet()) {
                compare(ma.get(key), mb.get(key), path + "{" + key + "}", seen, found);
            }
            return;
        }
        if (a instanceof Collection<?> ca && b instanceof Collection<?> cb) {
            if (ca.size() != cb.size()) {
                found.add(path + ": size " + ca.size() + " / " + cb.size());
                return;
            }
            Iterator<?> ia = ca.iterator();
            Iterator<?> ib = cb.iterator();
            for (int i = 0; ia.hasNext(); i++) {
                compare(ia.next(), ib.next(), path + "[" + i + "]", seen, found);
            }
            return;
        }
        if (type.getName().startsWith("java.")) { // a JDK value DROID keeps (a pattern, a buffer): as it prints
            if (!String.valueOf(a).equals(String.valueOf(b))) {
                found.add(path + ": " + a + " / " + b);
            }
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object x = field.get(a);
                Object y = field.get(b);
                if (field.getName().equals("myText") && x instanceof String sx && y instanceof String sy) {
                    x = sx.strip();
                    y = sy.strip();
                }
                compare(x, y, path + "." + field.getName(), seen, found);
            }
        }
    }
}
