package org.earchive.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3c.dom.Element;

/**
 * The kinds of METS package earchive writes and checks. {@code package --profile} names the one to write;
 * {@code validate} recognises the one a folder holds, as docs/packages.md says: from mets/@TYPE,
 * metsHdr/@csip:OAISPACKAGETYPE and whether metadata/descriptive/EAD.xml is there (or referenced). Attributes are read by
 * local name so that a package with the lower-case dilcis.eu namespace of the published TT 05 samples is
 * still recognised, and then refused for that defect rather than checked as something else.
 */
public enum PackageProfile {
    EARK_SIP("eark-sip", "E-ARK SIP", false, false),
    /** A CSIP package that is none of the others (an AIP or DIP from another tool): CSIP rules only. */
    CSIP("csip", "E-ARK CSIP package", false, false),
    TT05_SIP_HOSO("tt05-sip-hoso", "TT 05 SIP_hoso", true, true),
    TT05_AIP_HOSO("tt05-aip-hoso", "TT 05 AIP_hoso", true, true),
    TT05_SIP_TAILIEU("tt05-sip-tailieu", "TT 05 SIP_tailieu", true, false),
    TT05_AIP_TAILIEU("tt05-aip-tailieu", "TT 05 AIP_tailieu", true, false);

    static final String EAD = "metadata/descriptive/EAD.xml";

    private final String id;
    private final String displayName;
    private final boolean tt05;
    private final boolean hoso;

    PackageProfile(String id, String displayName, boolean tt05, boolean hoso) {
        this.id = id;
        this.displayName = displayName;
        this.tt05 = tt05;
        this.hoso = hoso;
    }

    /** As --profile spells it. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isTt05() {
        return tt05;
    }

    /** A hồ sơ package, with its EAD.xml. */
    public boolean isHoso() {
        return hoso;
    }

    public boolean isAip() {
        return this == TT05_AIP_HOSO || this == TT05_AIP_TAILIEU;
    }

    public boolean isSip() {
        return this == EARK_SIP || this == TT05_SIP_HOSO || this == TT05_SIP_TAILIEU;
    }

    /** As TT 05 names the package type (SIP_hoso, AIP_tailieu, ...). */
    public String tt05Name() {
        return displayName.replace("TT 05 ", "");
    }

    /** mets/@TYPE earchive writes: Mixed for a hồ sơ, Collection for a set of documents (STANDARDS.md section 5). */
    String metsType() {
        return tt05 && !hoso ? "Collection" : "Mixed";
    }

    /** metsHdr/@csip:OAISPACKAGETYPE. */
    String packageType() {
        return isAip() ? "AIP" : "SIP";
    }

    static PackageProfile recognise(Element mets, Path root) {
        String type = mets.getAttribute("TYPE");
        Element header = MetsFile.child(mets, "metsHdr");
        String packageType = header == null ? "" : attributeByLocalName(header, "OAISPACKAGETYPE");
        // a hồ sơ package whose EAD.xml went missing is still one: its METS says so, and the loss is a finding
        boolean ead = Files.isRegularFile(root.resolve(EAD)) || MetsFile.elements(mets.getElementsByTagNameNS(MetsFile.METS, "mdRef"))
                .stream().anyMatch(ref -> EAD.equals(MetsFile.xlink(ref, "href")));
        boolean sip = "SIP".equals(packageType);
        boolean aip = "AIP".equals(packageType);
        if ("Collection".equals(type) && (sip || aip)) {
            return sip ? TT05_SIP_TAILIEU : TT05_AIP_TAILIEU;
        }
        if ("Mixed".equals(type) && ead && (sip || aip)) {
            return sip ? TT05_SIP_HOSO : TT05_AIP_HOSO;
        }
        return sip ? EARK_SIP : CSIP;
    }

    static String attributeByLocalName(Element element, String localName) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (localName.equals(attributes.item(i).getLocalName())) {
                return attributes.item(i).getNodeValue();
            }
        }
        return "";
    }
}
