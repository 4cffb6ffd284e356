package org.earchive.pipeline;

import java.util.List;

/**
 * One line of the journal: what earchive knew about an input when it finished with it.
 *
 * @param source   the input's path below its input folder, as in the report (the journal's key)
 * @param size     the input's size in bytes
 * @param mtime    the input's modification time (ISO-8601)
 * @param sha256   the input's SHA-256, or null when it could not be read
 * @param options  fingerprint of everything besides the input that shapes the output (tool version, dates)
 * @param status   the outcome's id, e.g. "converted", for people reading the file
 * @param outputs  the files written, with their SHA-256
 * @param result   the whole result, so a later run can report it again without converting
 * @param recorded when this line was written (ISO-8601)
 * @param parts    the results of an e-mail's attachments, converted with it (their outputs are among
 *                 {@code outputs}, after the message's own); empty for other documents and older journals
 */
public record JournalEntry(String source, long size, String mtime, String sha256, String options, String status,
                           List<Output> outputs, DocumentResult result, String recorded, List<DocumentResult> parts) {

    public JournalEntry {
        outputs = List.copyOf(outputs);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** @param path relative to the output folder, as in the report */
    public record Output(String path, String sha256) {
    }
}
