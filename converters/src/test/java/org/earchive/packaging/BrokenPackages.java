package org.earchive.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Builds the packages the broken-package suite starts from. */
final class BrokenPackages {

    static final SipOptions OPTIONS = new SipOptions("UBND xã Hòa Bình", Instant.parse("2025-01-01T00:00:00Z"), "earchive", "test");

    private BrokenPackages() {
    }

    /** An E-ARK SIP built by EarkSipPackager from a convert output whose PDFs are real PDF/A and PREMIS real PREMIS. */
    static Path earkSip(Path work) throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("convert-out"));
        Path pdfa = ValidPackages.pdfa(work.resolve("pdfa/document.pdf"));
        Files.copy(pdfa, out.resolve("quyết-định.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdfa, out.resolve("a/bao-cao.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String premis = """
                <?xml version="1.0" encoding="UTF-8"?>
                <premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
                  <premis:object xsi:type="premis:file">
                    <premis:objectIdentifier><premis:objectIdentifierType>local</premis:objectIdentifierType>
                      <premis:objectIdentifierValue>x.pdf</premis:objectIdentifierValue></premis:objectIdentifier>
                    <premis:objectCharacteristics><premis:format><premis:formatDesignation>
                      <premis:formatName>PDF/A-2b</premis:formatName></premis:formatDesignation></premis:format></premis:objectCharacteristics>
                  </premis:object>
                </premis:premis>
                """;
        Files.writeString(out.resolve("quyết-định.premis.xml"), premis);
        Files.writeString(out.resolve("a/bao-cao.premis.xml"), premis);
        Path sip = work.resolve("sip");
        try (StagedDirectory staged = StagedDirectory.beside(sip)) {
            new EarkSipPackager().build(ConvertedFolder.read(out), staged.path(), OPTIONS);
            staged.commit();
        }
        return sip;
    }
}
