package org.earchive.metadata;

/** The rules a document's number line follows (STANDARDS.md section 3). */
public enum DocumentGrammar {
    /** NĐ 30/2020: "Số: 125/QĐ-UBND". */
    STATE("state"),
    /** Legal normative documents add the year: "Số: 30/2020/NĐ-CP". */
    LEGAL_NORMATIVE("legal-normative"),
    /** Hướng dẫn 36-HD/VPTW: "Số 15-TB/ĐU", under "ĐẢNG CỘNG SẢN VIỆT NAM". */
    PARTY("party");

    private final String id;

    DocumentGrammar(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
