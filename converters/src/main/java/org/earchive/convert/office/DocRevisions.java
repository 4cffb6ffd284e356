package org.earchive.convert.office;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * A Word 97-2003 document's tracked changes as POI reads its revision marks, for the Java engine: Tika prints such a
 * document's text as if every change were accepted (deleted runs left out, inserted runs as plain text) and said
 * nothing, so a draft under review came out as if final. Each unbroken stretch of deleted or inserted text is one
 * change; the authors are those of the file's revision table (a .doc names no author per run through POI's API,
 * nor, here, the days).
 */
final class DocRevisions {

    /** The name Word's revision table gives an author it does not know. */
    private static final String UNKNOWN = "Unknown";

    private DocRevisions() {
    }

    /** NONE for a file without revision marks or that POI cannot read (Tika's reading of it says what is wrong). */
    static TrackedChanges read(Path doc) {
        try (InputStream in = Files.newInputStream(doc); HWPFDocument document = new HWPFDocument(in)) {
            Range text = document.getRange();
            int changes = 0;
            String previous = "";
            for (int i = 0; i < text.numCharacterRuns(); i++) {
                CharacterRun run = text.getCharacterRun(i);
                String mark = run.isMarkedDeleted() ? "deleted" : run.isMarkedInserted() ? "inserted" : "";
                if (!mark.isEmpty() && !mark.equals(previous)) {
                    changes++;
                }
                previous = mark;
            }
            if (changes == 0) {
                return TrackedChanges.NONE;
            }
            TreeSet<String> authors = new TreeSet<>();
            if (document.getRevisionMarkAuthorTable() != null) {
                for (String author : document.getRevisionMarkAuthorTable().getEntries()) {
                    if (author != null && !author.isBlank() && !author.strip().equals(UNKNOWN)) {
                        authors.add(author.strip());
                    }
                }
            }
            return new TrackedChanges(changes, List.copyOf(authors), "", "", TrackedChanges.Page.ACCEPTED_BY_JAVA_ENGINE);
        } catch (Exception | LinkageError unreadable) {
            return TrackedChanges.NONE;
        }
    }
}
