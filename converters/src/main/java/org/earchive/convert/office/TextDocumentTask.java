package org.earchive.convert.office;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XTypeDetection;
import com.sun.star.frame.XLoadable;
import com.sun.star.io.XInputStream;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.job.SourceDocumentSpecs;
import org.jodconverter.core.job.TargetDocumentSpecs;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.filter.DefaultFilterChain;
import org.jodconverter.local.filter.FilterChain;
import org.jodconverter.local.office.LocalOfficeContext;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.jodconverter.local.task.LocalConversionTask;

/**
 * JODConverter's conversion of a text document (Word, ODT, RTF), but loaded in two steps: first the document alone,
 * without a view, so that its review comments can be taken out ({@link CommentBookmarks}) before Writer would draw
 * them; then a view is given to the same document for the export to PDF, as LibreOffice's own load would have given
 * it. A conversion to another office format needs no view: the document is saved as loaded, comments and all. A
 * document whose own loading fails this way (a file Writer's type detection does not recognise) is loaded as
 * JODConverter always loads.
 */
final class TextDocumentTask extends LocalConversionTask {

    private static final String TEXT_DOCUMENT = "com.sun.star.text.TextDocument";

    private final List<WriterComment> comments = new ArrayList<>();
    private TrackedChanges trackedChanges = TrackedChanges.NONE;
    /** The export's settings, told to export bookmarks as named destinations when comments were replaced by them. */
    private final Map<String, Object> filterData;

    /** To PDF: comments replaced by bookmarks, then a view for the export. */
    private final boolean toPdf;

    private TextDocumentTask(FileSpec source, FileSpec target, Map<String, Object> loadProperties,
                             Map<String, Object> storeProperties, Map<String, Object> filterData, FilterChain filters,
                             boolean toPdf) {
        super(source, target, false, loadProperties, storeProperties, filters);
        this.filterData = filterData;
        this.toPdf = toPdf;
    }

    /**
     * @param storeProperties what the PDF export is given; its {@code FilterData} map is copied
     */
    static TextDocumentTask toPdf(File source, DocumentFormat sourceFormat, File target, Map<String, Object> loadProperties,
                                  Map<String, Object> storeProperties, FilterChain filters) {
        Map<String, Object> store = new HashMap<>(storeProperties);
        @SuppressWarnings("unchecked")
        Map<String, Object> given = (Map<String, Object>) store.getOrDefault("FilterData", Map.of());
        Map<String, Object> filterData = new HashMap<>(given);
        store.put("FilterData", filterData);
        return new TextDocumentTask(new FileSpec(source, sourceFormat),
                new FileSpec(target, DefaultDocumentFormatRegistry.PDF), loadProperties, store, filterData, filters, true);
    }

    /** Saved in TARGET_FORMAT (another office format) as loaded, without a view. */
    static TextDocumentTask saveAs(File source, DocumentFormat sourceFormat, File target, DocumentFormat targetFormat,
                                   Map<String, Object> loadProperties) {
        return new TextDocumentTask(new FileSpec(source, sourceFormat), new FileSpec(target, targetFormat), loadProperties,
                Map.of(), new HashMap<>(), new DefaultFilterChain(), false);
    }

    /** The comments taken out of the document, in the order Writer lists them; empty before {@code execute}. */
    List<WriterComment> comments() {
        return List.copyOf(comments);
    }

    /** The document's tracked changes never accepted or rejected; NONE before {@code execute}. */
    TrackedChanges trackedChanges() {
        return trackedChanges;
    }

    @Override
    protected XComponent loadDocument(LocalOfficeContext context, File file) throws OfficeException {
        XComponent document = loadWithoutView(context, file);
        if (document == null) {
            return super.loadDocument(context, file);
        }
        if (!toPdf) {
            return document;
        }
        try {
            trackedChanges = TrackedChanges.of(document);
        } catch (com.sun.star.uno.Exception | RuntimeException unlisted) {
            trackedChanges = TrackedChanges.NONE; // said nothing of, as before: the export does not depend on it
        }
        try {
            comments.addAll(CommentBookmarks.replace(document));
            if (!comments.isEmpty()) {
                filterData.put("ExportBookmarksToPDFDestination", true);
            }
            // "private:object" gives a frame and a view to a document already loaded (its media descriptor's Model)
            Map<String, Object> view = new HashMap<>(getLoadProperties());
            view.put("Model", document);
            XComponent shown = context.getComponentLoader().loadComponentFromURL("private:object", "_blank", 0,
                    LocalOfficeUtils.toUnoProperties(view));
            if (shown == null) {
                throw new OfficeException("it read the document but gave it no page view to export");
            }
            return shown;
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            closeDocument(document);
            throw new OfficeException("it read the document but could not set its comments aside or give it a page"
                    + " view to export", e);
        }
    }

    /** The document loaded as a Writer model with no frame, or null when Writer does not take it so. */
    private XComponent loadWithoutView(LocalOfficeContext context, File file) {
        String url = LocalOfficeUtils.toUrl(file);
        XComponent document = null;
        try {
            String filter = filterName(context, url);
            if (filter == null) {
                return null;
            }
            document = UnoRuntime.queryInterface(XComponent.class,
                    context.getServiceManager().createInstanceWithContext(TEXT_DOCUMENT, context.getComponentContext()));
            Map<String, Object> load = new HashMap<>(getLoadProperties());
            load.put("URL", url);
            load.put("FilterName", filter);
            UnoRuntime.queryInterface(XLoadable.class, document).load(LocalOfficeUtils.toUnoProperties(load));
            return document;
        } catch (com.sun.star.uno.Exception | RuntimeException notThisWay) {
            if (document != null) {
                closeDocument(document);
            }
            return null;
        }
    }

    /** Writer's import filter for the file, by LibreOffice's own type detection of its content. */
    private static String filterName(LocalOfficeContext context, String url) throws com.sun.star.uno.Exception {
        XTypeDetection detection = UnoRuntime.queryInterface(XTypeDetection.class, context.getServiceManager()
                .createInstanceWithContext("com.sun.star.document.TypeDetection", context.getComponentContext()));
        PropertyValue location = new PropertyValue();
        location.Name = "URL";
        location.Value = url;
        PropertyValue[][] descriptor = {{location}};
        detection.queryTypeByDescriptor(descriptor, true);
        String filter = null;
        for (PropertyValue property : descriptor[0]) {
            if ("FilterName".equals(property.Name) && property.Value instanceof String name && !name.isEmpty()) {
                filter = name;
            }
            // the detection opened the file to read it: closed here, not left to LibreOffice's garbage
            if ("InputStream".equals(property.Name)) {
                XInputStream opened = UnoRuntime.queryInterface(XInputStream.class, property.Value);
                if (opened != null) {
                    try {
                        opened.closeInput();
                    } catch (com.sun.star.io.IOException alreadyClosed) {
                        // nothing left to close
                    }
                }
            }
        }
        return filter;
    }

    /** A file and its format, as JODConverter's task wants its source and its target described. */
    private record FileSpec(File file, DocumentFormat format) implements SourceDocumentSpecs, TargetDocumentSpecs {

        @Override
        public File getFile() {
            return file;
        }

        @Override
        public DocumentFormat getFormat() {
            return format;
        }
    }
}
