package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.earchive.formats.StrictOoxml;

/**
 * Opens a DOCX or PPTX for POI's models, read-only: the file itself, or a Strict document's Transitional copy
 * ({@link StrictOoxml}), read into memory before the copy is deleted (POI refuses Strict's namespaces).
 */
final class OoxmlPackages {

    private OoxmlPackages() {
    }

    static OPCPackage open(Path file) throws IOException, InvalidFormatException {
        try (StrictOoxml.Readable readable = StrictOoxml.readable(file)) {
            if (readable.copy()) {
                try (InputStream in = Files.newInputStream(readable.path())) {
                    return OPCPackage.open(in);
                }
            }
        }
        return OPCPackage.open(file.toFile(), PackageAccess.READ);
    }
}
