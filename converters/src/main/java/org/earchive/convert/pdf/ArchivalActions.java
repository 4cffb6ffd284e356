package org.earchive.convert.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one table of what an archival PDF keeps of each PDF action type, by what sets the action off. PDF/A-2
 * (ISO 19005-2, 6.6.1) already forbids the actions that run code or play media, but it allows some that reach
 * outside the file: veraPDF passes a document that posts its form to a web address the moment it is opened.
 * earchive is stricter, on one principle: <em>what the reader chooses to follow is content, what happens by
 * itself is not</em>. A link a reader clicks stays (a web address printed in a report is part of the record);
 * nothing may run, send, fetch or open another file when the document is opened, and nothing may send data
 * anywhere at all. Additional-actions triggers ({@code /AA}: on open, on close, on page view, on mouse-over)
 * are removed whatever they hold: PDF/A-2 forbids them and none is the reader's choice.
 * <p>
 * docs/pdf-actions.md shows this table to readers; {@code ArchivalActionsTest} checks each row against a PDF.
 */
final class ArchivalActions {

    /** What set the action off. */
    enum Trigger {
        /** the reader clicked: a link annotation, an outline (bookmark) item, a form button */
        CLICK,
        /** the document's /OpenAction: runs when the document is opened, unasked */
        OPEN
    }

    /**
     * @param type        the action's /S name
     * @param onClick     kept when the reader sets it off
     * @param onOpen      kept as the document's open action
     * @param why         the reason, for the docs and the report
     */
    record Rule(String type, boolean onClick, boolean onOpen, String why) {
        boolean keeps(Trigger trigger) {
            return trigger == Trigger.CLICK ? onClick : onOpen;
        }
    }

    /** Named actions that only turn pages; the others (Print, SaveAs, Close, menu commands) act on the reader's computer. */
    static final Set<String> PAGE_MOVES = Set.of("NextPage", "PrevPage", "FirstPage", "LastPage");

    private static final Map<String, Rule> RULES = table(
            new Rule("GoTo", true, true, "moves to a place in this document"),
            new Rule("Thread", true, true, "moves to an article of this document"),
            new Rule("Named", true, true, "turns a page (NextPage, PrevPage, FirstPage, LastPage only; Print, SaveAs and"
                    + " other commands are removed)"),
            new Rule("URI", true, false, "a web link the reader chooses to follow is content; opening an address by"
                    + " itself would reach the network unasked"),
            new Rule("GoToR", true, false, "opens another file when the reader chooses to; never by itself"),
            new Rule("GoToE", false, false, "its target is an embedded file, which the archival copy does not keep"),
            new Rule("GoToDp", false, false, "a PDF 2.0 action PDF/A-2 does not know"),
            new Rule("SubmitForm", false, false, "sends the form's contents to an address: an archival copy sends nothing"),
            new Rule("ImportData", false, false, "reads another file into the form (forbidden by PDF/A)"),
            new Rule("ResetForm", false, false, "erases the form's values (forbidden by PDF/A)"),
            new Rule("Launch", false, false, "starts a program or opens a file (forbidden by PDF/A)"),
            new Rule("JavaScript", false, false, "runs a program (forbidden by PDF/A)"),
            new Rule("Hide", false, false, "shows or hides parts of the page, so the page would not always look the"
                    + " same (forbidden by PDF/A)"),
            new Rule("SetOCGState", false, false, "switches layers on and off, so the page would not always look the"
                    + " same (forbidden by PDF/A)"),
            new Rule("Sound", false, false, "plays a sound (forbidden by PDF/A)"),
            new Rule("Movie", false, false, "plays a film (forbidden by PDF/A)"),
            new Rule("Rendition", false, false, "plays media (forbidden by PDF/A)"),
            new Rule("Trans", false, false, "a display transition (forbidden by PDF/A)"),
            new Rule("GoTo3DView", false, false, "drives a 3D view (forbidden by PDF/A)"),
            new Rule("RichMediaExecute", false, false, "runs a command in rich media (forbidden by PDF/A)"));

    /** An action type not in the table: unknown to PDF/A and to earchive, so removed. */
    private static final Rule UNKNOWN = new Rule("?", false, false, "an action type earchive does not know");

    private ArchivalActions() {
    }

    private static Map<String, Rule> table(Rule... rules) {
        Map<String, Rule> table = new LinkedHashMap<>();
        for (Rule rule : rules) {
            table.put(rule.type(), rule);
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    /** Every row, in the table's order. */
    static Iterable<Rule> rules() {
        return RULES.values();
    }

    /** The row for an action type; an unknown or missing type gets a row that keeps nothing. */
    static Rule rule(String type) {
        return type == null ? UNKNOWN : RULES.getOrDefault(type, UNKNOWN);
    }

    /**
     * @param type       the action's /S
     * @param namedPage  the /N of a Named action (ignored for other types)
     */
    static boolean keeps(String type, String namedPage, Trigger trigger) {
        if ("Named".equals(type) && !PAGE_MOVES.contains(namedPage)) {
            return false;
        }
        return rule(type).keeps(trigger);
    }
}
