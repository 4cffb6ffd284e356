package org.earchive.pdfa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The last step before a PDF is saved, shared by every converter: one XMP packet that claims the PDF/A
 * level and agrees with the Info dictionary, an sRGB OutputIntent, and a document ID derived from the
 * content so that identical input gives identical output.
 */
public final class PdfaFinisher {

    private final String producer;

    /** @param producer the tool name and version written as Producer and xmp:CreatorTool, e.g. "earchive 0.1.0" */
    public PdfaFinisher(String producer) {
        this.producer = producer;
    }

    public void finish(PDDocument document, DocumentInfo info, PdfaLevel level) throws IOException {
        finish(document, info, level, false);
    }

    /** @param pdfUa the document is tagged for PDF/UA-1 and its XMP says so ({@code pdfuaid:part} 1) */
    public void finish(PDDocument document, DocumentInfo info, PdfaLevel level, boolean pdfUa) throws IOException {
        // PDF/A-1 is based on PDF 1.4 (and must also be saved without object streams); 2 and 3 on PDF 1.7
        document.setVersion(level.part() == 1 ? 1.4f : 1.7f);
        Calendar created = utcCalendar(info);
        writeInfoDictionary(document, info, created);
        writeXmp(document, info, level, created, pdfUa);
        addSrgbOutputIntentIfMissing(document);
        document.getDocument().setDocumentID(documentId(info, level, document.getNumberOfPages()));
    }

    private void writeInfoDictionary(PDDocument document, DocumentInfo info, Calendar created) {
        PDDocumentInformation dictionary = new PDDocumentInformation();
        dictionary.setTitle(info.title());
        if (info.author() != null) {
            dictionary.setAuthor(info.author());
        }
        if (info.subject() != null) {
            dictionary.setSubject(info.subject());
        }
        dictionary.setCreator(producer);
        dictionary.setProducer(producer);
        dictionary.setCreationDate(created);
        dictionary.setModificationDate(created);
        document.setDocumentInformation(dictionary);
    }

    private void writeXmp(PDDocument document, DocumentInfo info, PdfaLevel level, Calendar created, boolean pdfUa)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema pdfaid = xmp.createAndAddPDFAIdentificationSchema();
            pdfaid.setPart(level.part());
            pdfaid.setConformance(level.conformance());
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejected PDF/A conformance " + level.conformance(), e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.title());
        dc.setFormat("application/pdf");
        if (info.author() != null) {
            dc.addCreator(info.author());
        }
        if (info.subject() != null) {
            dc.setDescription(info.subject());
        }
        if (info.issued() != null) {
            // a day, not an instant: midnight in Vietnam, where the document was issued
            dc.addDate(GregorianCalendar.from(info.issued().atStartOfDay(java.time.ZoneOffset.ofHours(7))));
        }
        if (info.language() != null) {
            dc.addLanguage(info.language());
        }
        if (info.identifier() != null) {
            dc.setIdentifier(info.identifier());
        }
        ArchivalXmp.add(xmp, info.archival(), pdfUa);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(producer);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);

        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("could not write the XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(CompactXmp.of(packet.toByteArray()));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static void addSrgbOutputIntentIfMissing(PDDocument document) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (!catalog.getOutputIntents().isEmpty()) {
            return;
        }
        catalog.addOutputIntent(SrgbProfile.outputIntent(document));
    }

    /** Truncated to whole seconds in UTC, because the Info dictionary cannot hold more and XMP must agree with it. */
    private static Calendar utcCalendar(DocumentInfo info) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(info.created().getEpochSecond() * 1000L);
        return calendar;
    }

    private COSArray documentId(DocumentInfo info, PdfaLevel level, int pages) {
        byte[] digest;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String seed = info.sourceSha256() + '\n' + info.created().getEpochSecond() + '\n' + level + '\n' + pages + '\n' + producer;
            digest = md5.digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        return id;
    }
}
