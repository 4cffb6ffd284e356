package org.earchive.convert.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.document.XRedlinesSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.DateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * A text document's tracked changes that were never accepted or rejected ("Track Changes" in Word, "Record Changes"
 * in Writer), as LibreOffice read them: text inserted and text deleted (formatting changes are not counted). Such a
 * document is a draft in the middle of its review, and its pages depend on whether it was saved with its changes
 * shown: a clerk is told which.
 *
 * @param count   insertions and deletions
 * @param authors who made them, in alphabetical order
 * @param first   the day of the earliest, "YYYY-MM-DD" ("" when the file does not say)
 * @param last    the day of the latest
 * @param page    what the PDF's pages show of them
 */
record TrackedChanges(int count, List<String> authors, String first, String last, Page page) {

    static final TrackedChanges NONE = new TrackedChanges(0, List.of(), "", "", Page.MARKED);

    /** What the PDF's pages show of the changes. */
    enum Page {
        /** Saved with its changes shown: deleted text struck through beside what replaced it, as the programs draw it. */
        MARKED,
        /** Saved with its changes hidden: the text as if every change were accepted, as the programs print it. */
        HIDDEN,
        /** Whatever the file says: the Java engine reads a Word 97-2003 file's text as if every change were accepted. */
        ACCEPTED_BY_JAVA_ENGINE
    }

    /** What DOCUMENT (a Writer model) holds; NONE for a document without any or that does not list them. */
    static TrackedChanges of(Object document) throws com.sun.star.uno.Exception {
        XRedlinesSupplier supplier = UnoRuntime.queryInterface(XRedlinesSupplier.class, document);
        if (supplier == null) {
            return NONE;
        }
        int count = 0;
        TreeSet<String> authors = new TreeSet<>();
        TreeSet<String> days = new TreeSet<>();
        XEnumeration all = supplier.getRedlines().createEnumeration();
        while (all.hasMoreElements()) {
            XPropertySet change = UnoRuntime.queryInterface(XPropertySet.class, all.nextElement());
            if (change == null || !List.of("Insert", "Delete").contains(String.valueOf(change.getPropertyValue("RedlineType")))) {
                continue;
            }
            count++;
            if (change.getPropertyValue("RedlineAuthor") instanceof String author && !author.isBlank()) {
                authors.add(author.strip());
            }
            if (change.getPropertyValue("RedlineDateTime") instanceof DateTime when && when.Year > 0) {
                days.add(String.format("%04d-%02d-%02d", when.Year, when.Month, when.Day));
            }
        }
        XPropertySet settings = UnoRuntime.queryInterface(XPropertySet.class, document);
        boolean shown = settings == null || !Boolean.FALSE.equals(settings.getPropertyValue("ShowChanges"));
        return count == 0 ? NONE : new TrackedChanges(count, List.copyOf(authors), days.isEmpty() ? "" : days.first(),
                days.isEmpty() ? "" : days.last(), shown ? Page.MARKED : Page.HIDDEN);
    }

    /** The fact "tracked-changes" and the clerk's sentence, when there are any. */
    void report(java.util.Map<String, String> facts, List<String> warnings) {
        if (count > 0) {
            facts.put("tracked-changes", String.valueOf(count));
            warnings.add(sentence());
        }
    }

    /** The sentence a clerk reads; null when there are none. */
    String sentence() {
        if (count == 0) {
            return null;
        }
        List<String> details = new java.util.ArrayList<>(authors);
        if (!first.isEmpty()) {
            details.add(first.equals(last) ? first : first + " – " + last);
        }
        // parted by semicolons: a name may hold a comma ("Allison, Timothy B.")
        String detail = details.isEmpty() ? "" : " (" + String.join("; ", details) + ")";
        // each sentence whole, as the clerk's catalogue of sentences reads it
        return switch (page) {
            case MARKED -> "The document holds " + count + " tracked change(s) never accepted or rejected" + detail
                    + ": it is a draft under review. Saved with its changes shown, its PDF shows them too, deleted text"
                    + " struck through beside the text that replaced it; accept or reject them in the original and convert"
                    + " it again for a final copy.";
            case HIDDEN -> "The document holds " + count + " tracked change(s) never accepted or rejected" + detail
                    + ": it is a draft under review. Saved with its changes hidden, its PDF shows the text as if every"
                    + " change were accepted, the deleted text not at all; accept or reject them in the original and"
                    + " convert it again for a final copy.";
            case ACCEPTED_BY_JAVA_ENGINE -> "The document holds " + count + " tracked change(s) never accepted or"
                    + " rejected" + detail + ": it is a draft under review. The Java engine prints a Word 97-2003"
                    + " document's text as if every change were accepted, the deleted text not at all; convert it with"
                    + " LibreOffice installed to see them marked, or accept or reject them in the original and convert"
                    + " it again for a final copy.";
        };
    }
}
