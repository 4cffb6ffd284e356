package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Collects what a document embeds, without parsing any of it: the pictures that belong to its pages (kept,
 * to be drawn where Tika's XHTML refers to them) and the names of its attachments (listed, for an e-mail).
 * Bounded: a document whose pictures exceed the budget keeps the first ones and says so.
 */
final class EmbeddedFiles implements EmbeddedDocumentExtractor {

    /** Pictures openhtmltopdf draws; EMF/WMF (Office vector pictures) it cannot. */
    private static final Map<String, String> DRAWABLE = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "bmp", "image/bmp");
    private static final long MAX_PICTURE_BYTES = 200L * 1024 * 1024;

    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    private final List<String> attachments = new ArrayList<>();
    private final List<String> undrawable = new ArrayList<>();
    private long pictureBytes;
    private boolean overBudget;

    record Picture(String mime, byte[] bytes) {
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (MailAttachments.isAttachment(metadata)) {
            attachments.add(name == null ? "(unnamed attachment)" : name);
            return;
        }
        if (name == null) {
            return;
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String mime = DRAWABLE.get(extension);
        if (mime == null) {
            if (extension.equals("emf") || extension.equals("wmf")) {
                undrawable.add(name);
            }
            return;
        }
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PICTURE_BYTES - pictureBytes + 1));
        if (pictureBytes + bytes.length > MAX_PICTURE_BYTES) {
            overBudget = true;
            return;
        }
        pictureBytes += bytes.length;
        pictures.put(name, new Picture(mime, bytes));
    }

    Picture picture(String name) {
        return pictures.get(name);
    }

    List<String> attachments() {
        return attachments;
    }

    List<String> undrawable() {
        return undrawable;
    }

    boolean overBudget() {
        return overBudget;
    }
}
