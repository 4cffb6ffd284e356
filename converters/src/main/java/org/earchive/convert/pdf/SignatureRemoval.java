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

    /** The signature fields that hold a signature, in the form's order. */
    static List<PDSignatureField> signedFields(PDDocument document) throws IOException {
        List<PDSignatureField> signed = new ArrayList<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
                    signed.add(signatureField);
                }
            }
        }
        return signed;
    }

    /** Who signed, each once however often they signed: "BỘ Y TẾ" once, not once per signature. */
    static List<String> signers(PDDocument document) throws IOException {
        return signedFields(document).stream().map(field -> signerName(field.getSignature())).distinct().toList();
    }

    /** @return the signers' names (from the signature or its certificate), each once however often it signed */
    static List<String> apply(PDDocument document, RepairLog log) throws IOException {
        List<String> signers = signers(document);
        for (PDSignatureField field : signedFields(document)) {
            field.getCOSObject().removeItem(COSName.V);
            log.changed("digital signature taken off its field (it cannot survive a rewrite)");
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(PERMS)) {
            catalog.removeItem(PERMS);
            log.changed("signature permissions (DocMDP) removed");
        }
        if (!signers.isEmpty()) {
            document.getDocumentCatalog().getAcroForm(null).getCOSObject().removeItem(COSName.SIG_FLAGS);
        }
        return signers;
    }
}
