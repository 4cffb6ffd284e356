package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * A PDF's digital signatures, each verified (integrity, certificate at signing time, chain against the trust store,
 * timestamp, revocation data inside the file; never the network): what {@code detect}, {@code convert} and
 * {@code validate} say about them.
 */
public final class PdfSignatures {

    private final SignatureVerifier verifier;

    public PdfSignatures(TrustStore trust) {
        this.verifier = new SignatureVerifier(trust == null ? TrustStore.NONE : trust);
    }

    /**
     * Opens {@code file} only for its signature dictionaries.
     *
     * @throws IOException when the file cannot be read as a PDF (its veraPDF verdict says what is wrong with it)
     */
    public List<PdfSignature> read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "",
                IOUtils.createTempFileOnlyStreamCache())) {
            return of(document, Files.size(file), file);
        }
    }

    /**
     * The signatures of an open document; {@code fileLength} decides whether each covers the whole file. Without the
     * file ({@code file} null) they are found but not verified.
     */
    List<PdfSignature> of(PDDocument document, long fileLength, Path file) throws IOException {
        List<PdfSignature> found = new ArrayList<>();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            int[] range = signature.getByteRange();
            boolean wholeFile = range != null && range.length == 4 && range[0] == 0
                    && (long) range[2] + range[3] == fileLength;
            String signer = signature.getName();
            if (signer == null || signer.isBlank()) {
                signer = SignerName.fromCms(signature.getContents());
            }
            String signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant().toString();
            SignatureCheck check = file == null
                    ? SignatureCheck.notChecked("The signature was found in a PDF already opened; it was not verified.")
                    : verifier.verify(signature, file, fileLength, document.getDocumentCatalog().getCOSObject());
            found.add(new PdfSignature(signer, signedAt, signature.getSubFilter(), wholeFile, check));
        }
        return found;
    }
}
