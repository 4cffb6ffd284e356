package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.earchive.convert.office.LibreOfficePool;
import org.junit.jupiter.api.Test;

/** What doctor says of LibreOffice is what convert --engine auto will find, and a Vietnamese doctor speaks Vietnamese. */
class DoctorAgreesIT {

    @Test
    void doctorFindsLibreOfficeExactlyWhereConvertDoes() {
        Cli doctor = Cli.run("doctor");
        assertEquals(ExitCodes.OK, doctor.exitCode(), doctor::toString);
        String row = doctor.out().lines().filter(l -> l.startsWith("LibreOffice ")).findFirst().orElseThrow();
        LibreOfficePool found = LibreOfficePool.find(1, 1);
        if (found == null) {
            assertTrue(row.contains("MISSING"), row);
        } else {
            assertFalse(row.contains("MISSING"), row);
            assertTrue(row.contains("(" + found.home() + ")"), "the installation convert uses: " + row);
        }
    }

    @Test
    void inVietnameseNoTableOrHeadingIsEnglish() {
        Cli doctor = Cli.runIn(Map.of("LANG", "vi_VN.UTF-8"), "doctor");
        for (String english : new String[] {"Office fonts", "DOCUMENT FONT", "all letters", "metric twin", "languages:",
                "Java engine", "Fonts ", "Other writing systems", "DRAWN IN", "(bundled)"}) {
            assertFalse(doctor.out().contains(english), english + " in\n" + doctor.out());
        }
        assertTrue(doctor.out().contains("Phông chữ văn phòng"), doctor::toString);
        assertTrue(doctor.out().contains("Các hệ chữ khác"), doctor::toString);
    }

    @Test
    void doctorSaysWhichFontDrawsEachOtherWritingSystemOrWhatToInstall() {
        Cli doctor = Cli.run("doctor");
        String out = doctor.out();
        assertTrue(out.contains("Other writing systems"), out);
        String korean = out.lines().filter(l -> l.startsWith("Korean ")).findFirst().orElseThrow();
        String nom = out.lines().filter(l -> l.startsWith("Chữ Nôm ")).findFirst().orElseThrow();
        // each row either names a font or says what to install: never silent
        for (String row : new String[] {korean, nom}) {
            assertTrue(row.contains(".ttf") || row.contains("(bundled)") || row.contains("MISSING"), row);
            assertTrue(!row.contains("MISSING") || row.contains("apt-get install"), row);
        }
    }
}
