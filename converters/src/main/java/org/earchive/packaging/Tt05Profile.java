package org.earchive.packaging;

/** The four TT 05/2025 package types earchive writes (docs/packages.md). */
public enum Tt05Profile {
    SIP_HOSO("tt05-sip-hoso", "SIP_hoso", false, true),
    AIP_HOSO("tt05-aip-hoso", "AIP_hoso", true, true),
    SIP_TAILIEU("tt05-sip-tailieu", "SIP_tailieu", false, false),
    AIP_TAILIEU("tt05-aip-tailieu", "AIP_tailieu", true, false);

    private final String option;
    private final String tt05Name;
    private final boolean aip;
    private final boolean hoso;

    Tt05Profile(String option, String tt05Name, boolean aip, boolean hoso) {
        this.option = option;
        this.tt05Name = tt05Name;
        this.aip = aip;
        this.hoso = hoso;
    }

    /** As typed after --profile. */
    public String option() {
        return option;
    }

    /** As TT 05 names the package type. */
    public String tt05Name() {
        return tt05Name;
    }

    public boolean aip() {
        return aip;
    }

    /** A hồ sơ package (one per hồ sơ, with EAD.xml), as opposed to a package of documents (tài liệu). */
    public boolean hoso() {
        return hoso;
    }

    /** mets/@TYPE: Mixed for a hồ sơ, Collection for a set of documents (STANDARDS.md section 5). */
    String metsType() {
        return hoso ? "Mixed" : "Collection";
    }

    String packageType() {
        return aip ? "AIP" : "SIP";
    }
}
