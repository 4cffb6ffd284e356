package org.earchive.pdfa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the file a PDF/A-3 was made from as its associated file, with the relationship "Source" (ISO
 * 19005-3, 6.8): the archive keeps the original (an e-mail with its headers and attachments, byte for byte)
 * inside the document that renders it.
 */
public final class SourceAttachment {

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName CHECK_SUM = COSName.getPDFName("CheckSum");

    private SourceAttachment() {
    }

    /** True when the document already carries an associated file (an e-mail's PDF/A-3 carries its message). */
    public static boolean present(PDDocument document) {
        return document.getDocumentCatalog().getCOSObject().getCOSArray(AF) != null;
    }

    private static byte[] md5(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[65536];
            for (int read; (read = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, read);
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
    }

    /**
     * @param name     the file name as the reader sees it
     * @param mime     the file's media type (PDF/A-3 requires it)
     * @param modified the modification date recorded with it (the run's SOURCE_DATE_EPOCH keeps it reproducible)
     */
    public static void embed(PDDocument document, Path source, String name, String mime, Instant modified) throws IOException {
        PDEmbeddedFile file;
        try (InputStream in = Files.newInputStream(source)) {
            file = new PDEmbeddedFile(document, in);
        }
        file.setSubtype(mime);
        file.setSize((int) Math.min(Integer.MAX_VALUE, Files.size(source)));
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(modified.getEpochSecond() * 1000L);
        file.setModDate(date);
        // the MD5 of the bytes (ISO 32000-1, 7.11.4.2): a reader can tell the embedded copy is whole
        file.getCOSObject().getCOSDictionary(COSName.PARAMS).setItem(CHECK_SUM, new COSString(md5(source)));

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription("The original this document was made from");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(AF_RELATIONSHIP, COSName.getPDFName("Source"));

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        document.getDocumentCatalog().getCOSObject().setItem(AF, associated);
    }
}
