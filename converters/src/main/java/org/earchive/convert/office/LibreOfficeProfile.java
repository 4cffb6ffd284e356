package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The profile every LibreOffice process of the pool starts from (JODConverter copies it per process): the
 * bundled fonts in {@code user/fonts}, which LibreOffice adds to the fonts the machine has, and a font
 * replacement table ({@link OfficeFontTable}) marked "always" and "not only on screen", so that Times New Roman
 * is laid out in Liberation Serif even where the machine has another Times clone, or a Times New Roman that
 * lacks Vietnamese. The result is the same on every machine, whatever fonts it has.
 */
final class LibreOfficeProfile {

    private LibreOfficeProfile() {
    }

    /** Writes a fresh template profile in a new temporary folder; {@link #delete} removes it. */
    static Path create() throws IOException {
        Path template = Files.createTempDirectory("earchive-libreoffice-profile");
        Path fonts = Files.createDirectories(template.resolve("user/fonts"));
        for (String resource : OfficeFontTable.FONT_FILES) {
            try (InputStream in = OfficeFontTable.open(resource)) {
                Files.copy(in, fonts.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
            }
        }
        for (Path machineFont : OfficeFontTable.machineFontFiles()) {
            Files.copy(machineFont, fonts.resolve(machineFont.getFileName()));
        }
        Files.writeString(template.resolve("user/registrymodifications.xcu"), registry(), StandardCharsets.UTF_8);
        return template;
    }

    /**
     * LibreOffice's own settings file, holding Tools > Options > Fonts > Replacement table, and no lock files: a
     * workbook is opened for editing (its hidden sheets shown, {@link HiddenSheetsShown}), and LibreOffice would
     * otherwise write ".~lock.NAME#" beside the original, in the clerk's folder.
     */
    static String registry() {
        StringBuilder xcu = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"\
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Common/Font/Substitution">\
                <prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>
                <item oor:path="/org.openoffice.Office.Common/Misc">                <prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
                """);
        int row = 0;
        for (OfficeFontTable.Replacement replacement : OfficeFontTable.replacements()) {
            xcu.append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution/FontPairs\">")
                    .append("<node oor:name=\"_").append(row++).append("\" oor:op=\"replace\">")
                    .append(prop("Always", "true"))
                    .append(prop("OnScreenOnly", "false"))
                    .append(prop("ReplaceFont", replacement.officeFont()))
                    .append(prop("SubstituteFont", replacement.family()))
                    .append("</node></item>\n");
        }
        return xcu.append("</oor:items>\n").toString();
    }

    private static String prop(String name, String value) {
        return "<prop oor:name=\"" + name + "\" oor:op=\"fuse\"><value>" + value + "</value></prop>";
    }

    static void delete(Path template) {
        if (template == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary folder: the system's cleaning removes what is left
        }
    }
}
