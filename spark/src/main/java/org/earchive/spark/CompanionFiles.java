package org.earchive.spark;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The files an HTML document shows from its own folder (images, stylesheets): the HTML converter loads those, and
 * only those, so a task fetches them beside its copy of the document, at the same relative places, before converting
 * it. Without them the PDF would lack pictures the CLI's has.
 */
final class CompanionFiles {

    private static final Set<String> HTML_NAMES = Set.of(".html", ".htm", ".xhtml", ".xht");

    private CompanionFiles() {
    }

    /**
     * @param copy   the task's local copy of the document
     * @param remote the document on its file system
     */
    static void fetch(java.nio.file.Path copy, Path remote, FileSystem fs) throws IOException {
        String name = copy.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !HTML_NAMES.contains(name.substring(dot))) {
            return;
        }
        Document html = Jsoup.parse(copy.toFile(), null);
        Set<String> references = new LinkedHashSet<>();
        for (Element element : html.select("[src], link[href]")) {
            references.add(element.hasAttr("src") ? element.attr("src") : element.attr("href"));
        }
        for (String reference : references) {
            String relative = insideFolder(reference);
            if (relative == null) {
                continue;
            }
            Path source = new Path(remote.getParent(), relative);
            java.nio.file.Path local = copy.getParent().resolve(relative);
            if (fs.isFile(source) && !java.nio.file.Files.exists(local)) {
                FileStatusCopy.fetch(fs, source, local);
            }
        }
    }

    /** A reference to a file inside the document's folder, as a relative path; null for anything else. */
    static String insideFolder(String reference) {
        String value = reference.trim();
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("\\")
                || value.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return null; // data:, http:, file:, an absolute path: the converter never loads them from the folder
        }
        value = value.replaceAll("[?#].*$", "");
        String decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        java.nio.file.Path normal = java.nio.file.Path.of(decoded).normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..")) {
            return null;
        }
        return normal.toString().replace('\\', '/');
    }

    /** A plain copy, keeping the modification time. */
    private static final class FileStatusCopy {
        static void fetch(FileSystem fs, Path source, java.nio.file.Path local) throws IOException {
            TargetFiles.fetch(fs, source, local, fs.getFileStatus(source).getModificationTime());
        }
    }
}
