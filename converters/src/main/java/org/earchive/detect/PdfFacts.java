package org.earchive.detect;

import java.util.List;

/**
 * What earchive learns from opening a PDF.
 *
 * @param version        the PDF version the file declares (header or catalog, the later of the two)
 * @param pdfaClaim      the PDF/A level its XMP claims, e.g. "PDF/A-2b", or null (a claim, not a verdict)
 * @param pages          per page: its class and the evidence
 * @param encryption     encryption state; PASSWORD_REQUIRED never reaches here (the PDF cannot be opened)
 * @param restrictions   what the permissions forbid: "print", "copy", "modify", ...
 * @param signatures     digital signatures, in file order
 * @param javaScript     true when the PDF carries JavaScript anywhere earchive looks (document, pages, annotations)
 * @param embeddedFiles  number of files embedded in it (attachments)
 * @param xfa            true when it holds an XFA form
 */
public record PdfFacts(String version, String pdfaClaim, List<PageEvidence> pages, PdfEncryption encryption,
                       List<String> restrictions, List<PdfSignature> signatures, boolean javaScript,
                       int embeddedFiles, boolean xfa) {

    public PdfFacts {
        pages = List.copyOf(pages);
        restrictions = List.copyOf(restrictions);
        signatures = List.copyOf(signatures);
    }

    public DocumentClass documentClass() {
        return DocumentClass.ofPages(pages.stream().map(PageEvidence::pageClass).toList());
    }
}
