package org.earchive.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.earchive.validate.VeraPdfValidator;

/** Versions of the libraries earchive embeds, for {@code --version}, {@code doctor} and reports. */
public final class BuiltInEngines {

    private BuiltInEngines() {
    }

    /** Engine name to version, e.g. "PDFBox" to "3.0.8". */
    public static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("veraPDF", VeraPdfValidator.version());
        versions.put("PDFBox", orUnknown(org.apache.pdfbox.util.Version.getVersion()));
        versions.put("Tika", orUnknown(org.apache.tika.Tika.class.getPackage().getImplementationVersion()));
        versions.put("openhtmltopdf", orUnknown(com.openhtmltopdf.pdfboxout.PdfRendererBuilder.class.getPackage()
                .getImplementationVersion()));
        return versions;
    }

    private static String orUnknown(String version) {
        return version == null ? "unknown" : version;
    }
}
