package org.earchive.convert.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF/A for a signed PDF without breaking its signatures: what PDF/A needs (XMP, output intent, embedded fonts,
 * annotation and action repairs) is appended as an incremental update, so the signed revision's bytes stay exactly as
 * they were signed and each signature still verifies for the revision it covers. This is the way signing tools add a
 * second signature; a reader sees the last revision, an auditor can take out the signed one.
 *
 * <p>It is tried only where it cannot mislead: a certification signature (DocMDP) restricts what may change after
 * signing, and what PDF/A adds is none of the changes it allows, so certified files are rewritten as before; an
 * encrypted file cannot be PDF/A without rewriting; pages that need OCR change content. Where veraPDF does not accept
 * the result, the caller rewrites the file as for any PDF and keeps the signed original beside it.
 */
final class SignedIncrementalUpdate {

    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");

    private SignedIncrementalUpdate() {
    }

    /** Why an incremental update is not tried on this signed document, or null when it may be. */
    static String whyNot(PDDocument document) {
        if (document.isEncrypted()) {
            return "the file is encrypted, which PDF/A forbids, so it had to be rewritten";
        }
        COSDictionary permissions = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (permissions != null && permissions.containsKey(DOC_MDP)) {
            return "it is certified (DocMDP), and what PDF/A adds is not among the changes a certification allows";
        }
        return null;
    }

    /**
     * Appends the PDF/A update to a copy of {@code source} at {@code target}.
     *
     * @param repair what the copy needs: the same repairs and finishing as a rewrite, on the document given
     */
    static void append(Path source, Path target, DocumentRepair repair) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            repair.apply(document);
            try (OutputStream out = Files.newOutputStream(target)) {
                document.saveIncremental(out); // PDFBox writes the objects changed since loading, after the old bytes
            }
        }
        if (!startsWith(target, source)) {
            throw new IOException("the update did not keep the signed bytes in front");
        }
    }

    /** The repairs and finishing a document gets before it is saved. */
    @FunctionalInterface
    interface DocumentRepair {
        void apply(PDDocument document) throws IOException;
    }

    /** Whether {@code file} begins with every byte of {@code prefix}: the signed revision, untouched. */
    static boolean startsWith(Path file, Path prefix) throws IOException {
        if (Files.size(file) < Files.size(prefix)) {
            return false;
        }
        try (InputStream whole = Files.newInputStream(file); InputStream start = Files.newInputStream(prefix)) {
            byte[] a = new byte[64 * 1024];
            byte[] b = new byte[64 * 1024];
            for (int read; (read = start.readNBytes(b, 0, b.length)) > 0; ) {
                if (whole.readNBytes(a, 0, read) != read || !java.util.Arrays.equals(a, 0, read, b, 0, read)) {
                    return false;
                }
            }
            return true;
        }
    }
}
