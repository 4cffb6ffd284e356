package org.earchive.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Received packages to ingest into an archive's AIP folder.
 *
 * @param packages    SIPs as folders or ZIPs (E-ARK SIP, TT 05 SIP_hoso or SIP_tailieu)
 * @param out         the archive's AIP folder: each AIP in {@code OUT/<OBJID>/}, each receipt in {@code OUT/receipts/}
 * @param archiveName the receiving archive, as receipts and PREMIS events name it
 * @param archiveCode the archive's code, or null
 */
public record IngestRequest(List<Path> packages, Path out, String archiveName, String archiveCode) {

    public IngestRequest {
        packages = List.copyOf(packages);
        if (archiveName == null || archiveName.isBlank()) {
            throw new IllegalArgumentException("the receiving archive's name is needed: receipts and PREMIS events name it");
        }
        archiveName = archiveName.strip();
    }
}
