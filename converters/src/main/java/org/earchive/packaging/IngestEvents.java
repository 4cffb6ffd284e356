package org.earchive.packaging;

import java.util.List;

/**
 * What an archive did to a received package on its way to becoming an AIP, for the AIP's {@code PREMIS.xml}: each
 * step an event (type from the Library of Congress PREMIS event type vocabulary), the archive as the agent
 * responsible and earchive as the program that executed it.
 *
 * @param archiveName the receiving archive, as its receipts name it
 * @param archiveCode the archive's code (mã cơ quan lưu trữ), or "" when none was given
 * @param events      in the order they happened
 */
public record IngestEvents(String archiveName, String archiveCode, List<Event> events) {

    /**
     * @param type          "transfer", "fixity check", "validation", "normalization", "ingestion"
     * @param dateTime      when, {@code YYYY-MM-DDThh:mm:ss+07:00} as every date of the package
     * @param detail        what was done, one sentence
     * @param outcome       "success" or "failure"
     * @param outcomeDetail what came of it, one sentence, or ""
     */
    public record Event(String type, String dateTime, String detail, String outcome, String outcomeDetail) {
    }

    public IngestEvents {
        archiveCode = archiveCode == null ? "" : archiveCode;
        events = List.copyOf(events);
    }
}
