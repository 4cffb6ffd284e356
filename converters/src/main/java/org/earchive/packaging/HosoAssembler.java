package org.earchive.packaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.earchive.metadata.ClerkFileDescriptions;
import org.earchive.metadata.FieldCheck;
import org.earchive.metadata.FileField;
import org.earchive.metadata.MetadataField;

/**
 * Gathers a convert output's documents into the hồ sơ TT 05 packages are made of. A document's hồ sơ is the one
 * its docCode names; documents that name none go to the hồ sơ the clerk named (the defaults file's fileCode,
 * or the only row of the CSV, or the only code the documents state); with nothing stated anywhere the whole
 * folder is one hồ sơ whose code needs review. Ordinals stated in docCodes are kept; the others follow in the
 * order of the documents' sources. The hồ sơ description takes the clerk's values first and fills the rest
 * only where the documents agree or sum up (dates, counts, language), recording which elements it derived;
 * what nobody stated stays empty and is listed for review — never invented.
 */
final class HosoAssembler {

    /** Values of confidenceLevel: 01 born-digital, 02 digitised, 03 both. */
    private static final String BORN_DIGITAL = "01";
    private static final String DIGITISED = "02";
    private static final String MIXED = "03";

    /** One hồ sơ per file code, in code order; the documents of an unknown code come last. */
    List<Hoso> byFile(List<Tt05Document> documents, ClerkFileDescriptions clerk) throws PackageInputException {
        String fallback = fallbackFileCode(documents, clerk);
        Map<String, List<Tt05Document>> groups = new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
        for (Tt05Document document : documents) {
            String code = document.statedFileCode().orElse(fallback);
            groups.computeIfAbsent(code, k -> new ArrayList<>()).add(document);
        }
        List<Hoso> files = new ArrayList<>();
        for (Map.Entry<String, List<Tt05Document>> group : groups.entrySet()) {
            List<Hoso.Numbered> numbered = unique(number(group.getKey(), group.getValue()));
            files.add(describe(group.getKey(), numbered, clerk));
        }
        return files;
    }

    /** The tài liệu profiles: every document in one package, each numbered within its own hồ sơ. */
    Hoso documentsOnly(List<Tt05Document> documents, ClerkFileDescriptions clerk) throws PackageInputException {
        List<Hoso> files = byFile(documents, clerk);
        List<Hoso.Numbered> all = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (Hoso file : files) {
            all.addAll(unique(file.documents()));
            if (file.fileCode() == null) {
                review.add(file.documents().size() + " document(s) name no mã hồ sơ in their docCode, so their files"
                        + " keep convert's names instead of <mã hồ sơ>.<số thứ tự> (TT 05 Điều 8)");
            }
        }
        return new Hoso(null, all, Map.of(), List.of(), review);
    }

    /**
     * Convert names flattened for a package can meet ("a/b.pdf" and "a_b.pdf" both give "a_b"), and file systems
     * may not tell case apart: a later one gets "~2", "~3", in source order, the same on every run.
     */
    static List<Hoso.Numbered> unique(List<Hoso.Numbered> documents) {
        Set<String> taken = new java.util.HashSet<>();
        List<Hoso.Numbered> named = new ArrayList<>();
        for (Hoso.Numbered numbered : documents) {
            String name = numbered.name();
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = numbered.name() + "~" + n;
            }
            named.add(new Hoso.Numbered(numbered.document(), numbered.ordinal(), numbered.fileCode(), name));
        }
        return named;
    }

    private static String fallbackFileCode(List<Tt05Document> documents, ClerkFileDescriptions clerk) {
        if (clerk.defaultFileCode().isPresent()) {
            return clerk.defaultFileCode().get();
        }
        if (clerk.fileCodes().size() == 1) {
            return clerk.fileCodes().get(0);
        }
        Set<String> stated = new LinkedHashSet<>();
        documents.forEach(document -> document.statedFileCode().ifPresent(stated::add));
        return stated.size() == 1 ? stated.iterator().next() : null;
    }

    private static List<Hoso.Numbered> number(String fileCode, List<Tt05Document> documents) throws PackageInputException {
        Map<Integer, Tt05Document> byOrdinal = new TreeMap<>();
        List<Tt05Document> unnumbered = new ArrayList<>();
        for (Tt05Document document : documents) {
            Integer ordinal = fileCode != null && fileCode.equals(document.statedFileCode().orElse(null))
                    ? document.statedOrdinal().orElse(null) : null;
            if (ordinal == null) {
                unnumbered.add(document);
                continue;
            }
            Tt05Document earlier = byOrdinal.putIfAbsent(ordinal, document);
            if (earlier != null) {
                throw new PackageInputException(earlier.source() + " and " + document.source() + " both have docCode "
                        + document.element("docCode") + "; correct one of them in the metadata spreadsheet and convert again");
            }
        }
        unnumbered.sort(java.util.Comparator.comparing(Tt05Document::source));
        int next = byOrdinal.isEmpty() ? 1 : ((TreeMap<Integer, Tt05Document>) byOrdinal).lastKey() + 1;
        for (Tt05Document document : unnumbered) {
            byOrdinal.put(next++, document);
        }
        List<Hoso.Numbered> numbered = new ArrayList<>();
        byOrdinal.forEach((ordinal, document) -> numbered.add(
                new Hoso.Numbered(document, ordinal, fileCode, Hoso.Numbered.nameFor(document, ordinal, fileCode))));
        return numbered;
    }

    private static Hoso describe(String fileCode, List<Hoso.Numbered> documents, ClerkFileDescriptions clerk) {
        Map<FileField, String> values = new EnumMap<>(FileField.class);
        values.putAll(clerk.valuesFor(fileCode));
        List<FileField> derived = new ArrayList<>();
        List<Tt05Document> docs = documents.stream().map(Hoso.Numbered::document).toList();

        List<LocalDate> dates = new ArrayList<>();
        for (Tt05Document document : docs) {
            // read with the same date grammar the clerk's cells are checked with; a date it refuses is left to review
            FieldCheck issued = FieldCheck.of(MetadataField.ISSUED_DATE, document.element("issuedDate"));
            if (issued.ok() && !issued.value().isEmpty()) {
                dates.add(LocalDate.parse(issued.value()));
            }
        }
        if (!dates.isEmpty()) {
            derive(values, derived, FileField.START_DATE, dates.stream().min(LocalDate::compareTo).orElseThrow().toString());
            derive(values, derived, FileField.END_DATE, dates.stream().max(LocalDate::compareTo).orElseThrow().toString());
        }
        derive(values, derived, FileField.TOTAL_DOC, Integer.toString(docs.size()));
        if (docs.stream().allMatch(d -> d.element("numberOfPage").matches("\\d+"))) {
            derive(values, derived, FileField.NUMBER_OF_PAGE,
                    Long.toString(docs.stream().mapToLong(d -> Long.parseLong(d.element("numberOfPage"))).sum()));
        }
        for (FileField shared : List.of(FileField.LANGUAGE, FileField.MAINTENANCE, FileField.MODE, FileField.FORMAT,
                FileField.INFOR_SIGN)) {
            String common = common(docs, shared.element());
            if (common != null) {
                derive(values, derived, shared, common);
            }
        }
        String confidence = confidenceLevel(docs);
        if (confidence != null) {
            derive(values, derived, FileField.CONFIDENCE_LEVEL, confidence);
        }

        List<String> review = new ArrayList<>();
        if (fileCode == null) {
            review.add("no mã hồ sơ (fileCode) is known for these " + docs.size() + " document(s): give it with"
                    + " --file-defaults (fileCode=...) or in the documents' metadata (fileCode, docOrdinal); files keep"
                    + " convert's names meanwhile");
        }
        for (FileField required : List.of(FileField.TITLE, FileField.MAINTENANCE, FileField.MODE, FileField.LANGUAGE,
                FileField.START_DATE, FileField.END_DATE, FileField.CONFIDENCE_LEVEL)) {
            if (!values.containsKey(required)) {
                review.add(required.element() + " is empty: nobody stated it and the documents do not agree on one");
            }
        }
        String level = values.get(FileField.CONFIDENCE_LEVEL);
        if ((DIGITISED.equals(level) || MIXED.equals(level)) && !values.containsKey(FileField.PAPER_FILE_CODE)) {
            review.add("paperFileCode is empty, and TT 05 requires it for a digitised hồ sơ");
        }
        return new Hoso(fileCode, documents, values, derived, review);
    }

    private static void derive(Map<FileField, String> values, List<FileField> derived, FileField field, String value) {
        if (!values.containsKey(field)) {
            values.put(field, value);
            derived.add(field);
        }
    }

    /** The value every document gives for an element, or null when one is empty or they differ. */
    private static String common(List<Tt05Document> documents, String element) {
        Set<String> values = new LinkedHashSet<>();
        documents.forEach(document -> values.add(document.element(element)));
        return values.size() == 1 && !values.contains("") ? values.iterator().next() : null;
    }

    /** 01 when every document is born digital, 02 when every one is digitised, 03 when both kinds are there. */
    private static String confidenceLevel(List<Tt05Document> documents) {
        Set<String> levels = new LinkedHashSet<>();
        documents.forEach(document -> levels.add(document.element("confidenceLevel")));
        if (levels.contains("") || levels.isEmpty()) {
            return null;
        }
        if (levels.size() == 1) {
            return levels.iterator().next();
        }
        return levels.stream().allMatch(l -> Objects.equals(l, BORN_DIGITAL) || Objects.equals(l, DIGITISED)
                || Objects.equals(l, MIXED)) ? MIXED : null;
    }
}
