package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.core.AtomicFiles;
import org.earchive.pdfa.SrgbProfile;

/**
 * Two LibreOffice exports of the same document are not the same bytes: the sRGB profile it embeds is made on the spot
 * and stamped with the second it was made, the Info dictionary carries the time of the export, and the fonts' objects
 * are numbered in an order that changes from one export to the next. This takes those three out of the export before
 * the PDF/A ladder sees it, so an office document's PDF/A is the same bytes on every run and every machine (for the
 * same LibreOffice and fonts), as the other converters' are, and the run's SOURCE_DATE_EPOCH is its date.
 */
final class ReproducibleExport {

    private ReproducibleExport() {
    }

    static void rewrite(Path exported) throws IOException {
        try (PDDocument document = Loader.loadPDF(exported.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            // earchive's own sRGB profile: the same colour space, the same bytes every time
            document.getDocumentCatalog().setOutputIntents(List.of(SrgbProfile.outputIntent(document)));
            // without them the ladder dates the PDF/A as every converter does (SOURCE_DATE_EPOCH, else the run's time)
            document.getDocumentInformation().setCreationDate(null);
            document.getDocumentInformation().setModificationDate(null);
            forgetObjectNumbers(document);
            // written beside it and renamed over it: the open document keeps reading the old file
            AtomicFiles.write(exported, document::save);
        }
    }

    /** Without their numbers, PDFBox numbers the objects in the order it meets them from the catalog. */
    private static void forgetObjectNumbers(PDDocument document) throws IOException {
        COSDocument cos = document.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSObject object = cos.getObjectFromPool(key);
            COSBase value = object.getObject();
            if (value != null) {
                value.setKey(null);
            }
            object.setKey(null);
        }
    }
}
