package org.earchive.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.earchive.detect.SignerName;

/**
 * A rewritten PDF cannot keep its digital signatures: their byte ranges describe the old file, and PDF/A
 * forbids a signature that does not cover the whole file. The signature values are taken off their fields
 * (the fields and any visible signature picture stay), and who signed is returned so the report can say so.
 */
final class SignatureRemoval {

    private static final COSName PERMS = COSName.getPDFName("Perms");

    private SignatureRemoval() {
    }

    /** The signer as the signature names it, else as its certificate does. */
    static String signerName(PDSignature signature) {
        String name = signature.getName() != null ? signature.getName() : SignerName.fromCms(signature.getContents());
        return name == null ? "an unnamed signer" : name;
    }

    /** @return the signers' names (from the signature or its certificate), each once however often it signed */
    static List<String> apply(PDDocument document, RepairLog log) throws IOException {
        List<String> signers = new ArrayList<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return signers;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
                String shown = signerName(signatureField.getSignature());
                if (!signers.contains(shown)) {
                    signers.add(shown); // "BỘ Y TẾ" once, not once per signature
                }
                signatureField.getCOSObject().removeItem(COSName.V);
                log.changed("digital signature taken off its field (it cannot survive a rewrite)");
            }
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(PERMS)) {
            catalog.removeItem(PERMS);
            log.changed("signature permissions (DocMDP) removed");
        }
        if (!signers.isEmpty()) {
            form.getCOSObject().removeItem(COSName.SIG_FLAGS);
        }
        return signers;
    }
}
