package org.earchive.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.bind.JAXBException;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.flavours.PDFFlavours;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * veraPDF's validation profiles, each read from veraPDF's own jar the first time a run asks for it, then kept for the
 * process. veraPDF's default directory ({@code Profiles.getVeraProfileDirectory()}) parses all eighteen profile files
 * it ships at its first use, 4.3 MB of XML through JAXB (three of them, WTPDF and PDF/UA-2, a megabyte each), when a
 * run needs one or two: PDF/A-2B, say, and PDF/UA-1 with {@code --accessibility}. The profile is the same object
 * veraPDF would have taken from its directory (same file, same parser), so the rules and the verdicts are too.
 */
final class VeraPdfProfiles {

    /** Where veraPDF's core jar keeps its profiles (its {@code ProfileDirectoryImpl} reads them from there too). */
    private static final String ROOT = "org/verapdf/pdfa/validation/";

    private static final Map<PDFAFlavour, ValidationProfile> LOADED = new ConcurrentHashMap<>();

    private VeraPdfProfiles() {
    }

    /** The profile of that flavour, read once per process. */
    static ValidationProfile forFlavour(PDFAFlavour flavour) {
        return LOADED.computeIfAbsent(flavour, VeraPdfProfiles::load);
    }

    private static ValidationProfile load(PDFAFlavour flavour) {
        try (InputStream xml = ValidationProfile.class.getClassLoader().getResourceAsStream(resourceName(flavour))) {
            if (xml != null) {
                ValidationProfile profile = Profiles.profileFromXml(xml);
                if (profile.getPDFAFlavour() == flavour) {
                    return profile;
                }
            }
        } catch (IOException | JAXBException e) {
            // fall through: veraPDF's own directory says what is wrong with its profiles, as it always did
        }
        // a flavour whose file is named otherwise in a later veraPDF: its whole directory, as before this class
        return Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
    }

    /**
     * The file name veraPDF gives the profile of a flavour: "PDFA-2B.xml", "PDFUA-1.xml", "WTPDF-1-0-Reuse.xml",
     * "PDFUA-2-ISO32005.xml" (the rule of veraPDF 1.30's {@code ProfileDirectoryImpl}, whose method is private).
     */
    static String resourceName(PDFAFlavour flavour) {
        PDFAFlavour.Specification part = flavour.getPart();
        StringBuilder name = new StringBuilder(ROOT)
                .append(part.getFamily().getFamily().replace("/", ""))
                .append('-').append(part.getPartNumber());
        if (part.getSubpartNumber() != null) {
            name.append('-').append(part.getSubpartNumber());
        }
        if (PDFFlavours.isWTPDFFlavour(flavour)) {
            name.append('-').append(flavour.getLevel().getCode());
        } else {
            name.append(flavour.getLevel().getCode().toUpperCase());
        }
        if (PDFFlavours.isFlavour(flavour, PDFAFlavour.PDFUA_2)) {
            name.append("-ISO32005");
        }
        return name.append(".xml").toString();
    }
}
