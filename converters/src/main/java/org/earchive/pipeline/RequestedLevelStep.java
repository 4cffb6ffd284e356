package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.core.RequestedLevel;
import org.earchive.pdfa.LevelRewrite;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.PdfaVerdict;

/**
 * The PDF/A level the run asked for ({@link RequestedLevel}), reached from what the converter wrote: the converter
 * writes earchive's own level (or, asked for level a, a tagged file), and this step rewrites the claim, and what the
 * part's base PDF needs, into a copy that veraPDF must confirm at that level before it replaces the file. When it does
 * not, the next lower conformance of the same part is tried (a, then u, then b), and failing all of them the file stays
 * as the converter wrote it; the document's warning names the level asked for, the level reached and veraPDF's
 * reason. So a file never claims a level veraPDF rejects.
 */
final class RequestedLevelStep {

    /** Facts for report.json and PREMIS: the level asked for, and the name of the original embedded. */
    static final String LEVEL_ASKED = "levelAsked";
    static final String EMBEDDED_ORIGINAL = "embeddedOriginal";
    static final String PDF_UA = "pdfUa";

    private final RequestedLevel requested;
    private final PdfaValidator validator;
    private final Function<Path, PdfaVerdict> pdfUa1;

    /** @param pdfUa1 veraPDF's PDF/UA-1 check */
    RequestedLevelStep(RequestedLevel requested, PdfaValidator validator, Function<Path, PdfaVerdict> pdfUa1) {
        this.requested = requested;
        this.validator = validator;
        this.pdfUa1 = pdfUa1;
    }

    /**
     * @param written  what the converter wrote to {@code scratch}
     * @param original the source, for a PDF/A-3 that is to carry it
     * @param copy     a scratch file to write candidates to (removed by the caller)
     * @return what {@code scratch} now holds, with the verdict at its level when this step validated it
     */
    ConvertedPdf reach(ConvertedPdf written, Path scratch, LevelRewrite.Original original, Path copy) throws IOException {
        if (requested.isDefault()) {
            return written;
        }
        PdfaLevel wanted = PdfaLevel.parse(requested.level());
        List<String> warnings = new ArrayList<>(written.warnings());
        Map<String, String> facts = new LinkedHashMap<>(written.facts());
        facts.put(LEVEL_ASKED, wanted.flavourId());
        if (written.facts().containsKey(PdfToPdfaConverter.SIGNATURE_KEPT) && wanted != written.level()) {
            warnings.add(wanted.label() + " was asked for; this document stays " + written.level().label() + ": its"
                    + " signed original is kept byte for byte at the start of the file, and another level would rewrite it.");
            return with(written, written.level(), warnings, facts, written.verdict());
        }
        List<String> reasons = new ArrayList<>();
        // the converter's own tags, or those of LibreOffice's tagged export: level a is never claimed without them
        boolean tagged = written.level().conformance().equals("A") || LevelRewrite.tagged(scratch);
        for (PdfaLevel candidate : candidates(wanted)) {
            if (candidate.conformance().equals("A") && !tagged) {
                reasons.add(candidate.label() + " needs the document's structure (headings, lists, tables) tagged, and"
                        + " this document has none to tag or its engine does not write it");
                continue;
            }
            LevelRewrite.Original carried = candidate.part() == 3 && requested.embedOriginal() ? original : null;
            if (candidate == written.level() && carried == null) {
                PdfaVerdict verdict = written.verdict() != null ? written.verdict() : validator.validate(scratch, candidate);
                if (verdict.compliant()) {
                    return reached(written, wanted, candidate, reasons, warnings, facts, verdict, scratch, copy);
                }
                reasons.add(candidate.label() + ": " + why(verdict));
                continue;
            }
            // a PDF/UA-1 claim stays only on a tagged level; it is checked on its own once the level is reached
            LevelRewrite.write(scratch, copy, candidate, carried, candidate.conformance().equals("A") && requested.ua());
            PdfaVerdict verdict = validator.validate(copy, candidate);
            if (verdict.compliant()) {
                Files.move(copy, scratch, StandardCopyOption.REPLACE_EXISTING);
                if (carried != null) {
                    facts.put(EMBEDDED_ORIGINAL, carried.name());
                }
                return reached(written, wanted, candidate, reasons, warnings, facts, verdict, scratch, copy);
            }
            reasons.add(candidate.label() + ": " + why(verdict));
        }
        warnings.add(wanted.label() + " was asked for; this document stays " + written.level().label() + ", as it was"
                + " converted (" + String.join("; ", reasons) + ").");
        return with(written, written.level(), warnings, facts, written.verdict());
    }

    private ConvertedPdf reached(ConvertedPdf written, PdfaLevel wanted, PdfaLevel reached, List<String> reasons,
                                 List<String> warnings, Map<String, String> facts, PdfaVerdict verdict, Path scratch,
                                 Path copy) throws IOException {
        if (reached != wanted) {
            warnings.add(wanted.label() + " was asked for; this document is " + reached.label() + " ("
                    + String.join("; ", reasons) + ").");
        }
        if (requested.embedOriginal() && !facts.containsKey(EMBEDDED_ORIGINAL) && reached.part() != 3) {
            warnings.add("The original is not embedded: only PDF/A-3 can carry it.");
        }
        if (requested.ua()) {
            verdict = checkPdfUa(reached, verdict, scratch, copy, warnings, facts);
        }
        return with(written, reached, warnings, facts, verdict);
    }

    /**
     * PDF/UA-1 asked for alongside: a tagged file keeps its claim only when veraPDF's PDF/UA-1 profile passes it;
     * otherwise the claim is taken back (the PDF/A level stays) and the warning gives veraPDF's reason.
     */
    private PdfaVerdict checkPdfUa(PdfaLevel reached, PdfaVerdict verdict, Path scratch, Path copy, List<String> warnings,
                                   Map<String, String> facts) throws IOException {
        if (!reached.conformance().equals("A")) {
            warnings.add("PDF/UA-1 was asked for, but this document did not reach a tagged level (a), so it does not claim it.");
            return verdict;
        }
        PdfaVerdict ua = pdfUa1.apply(scratch);
        if (ua.compliant()) {
            facts.put(PDF_UA, "PDF/UA-1");
            return verdict;
        }
        LevelRewrite.write(scratch, copy, reached, null, false);
        PdfaVerdict without = validator.validate(copy, reached);
        if (!without.compliant()) {
            return verdict; // the claim stays, and so does veraPDF's verdict at the level, for the pipeline to judge
        }
        Files.move(copy, scratch, StandardCopyOption.REPLACE_EXISTING);
        warnings.add("PDF/UA-1 was asked for; veraPDF's PDF/UA-1 check fails (" + why(ua) + "), so this document"
                + " claims " + reached.label() + " only.");
        return without;
    }

    private static ConvertedPdf with(ConvertedPdf written, PdfaLevel level, List<String> warnings, Map<String, String> facts,
                                     PdfaVerdict verdict) {
        return new ConvertedPdf(written.documentClass(), level, written.pages(), warnings, facts, written.unmet(), verdict,
                written.ocrWords());
    }

    /** The level asked for, then the lower conformances of its part: 3a, 3u, 3b; PDF/A-1 has no level u. */
    static List<PdfaLevel> candidates(PdfaLevel wanted) {
        List<PdfaLevel> levels = new ArrayList<>();
        for (String conformance : List.of("A", "U", "B")) {
            boolean notAbove = "AUB".indexOf(conformance) >= "AUB".indexOf(wanted.conformance());
            if (notAbove && !(wanted.part() == 1 && conformance.equals("U"))) {
                levels.add(PdfaLevel.of(wanted.part(), conformance));
            }
        }
        return levels;
    }

    /**
     * What keeps a file from PDF/A-1 in a clerk's words, for the two reasons met in practice; otherwise veraPDF's words
     * for the rule broken most often, or why it could not validate.
     */
    private static String why(PdfaVerdict verdict) {
        if (verdict.problem() != null) {
            return verdict.problem();
        }
        if (verdict.flavour() != null && verdict.flavour().startsWith("1")) {
            if (verdict.failedRuleIds().stream().anyMatch(id -> id.startsWith("6.4-"))) {
                return "a picture or drawing has transparent parts, which PDF/A-1 cannot hold";
            }
            if (verdict.failedRuleIds().contains("6.3.5-3")) {
                return "a font does not list the characters it holds (CIDSet), which PDF/A-1 requires";
            }
        }
        return verdict.failedRules().isEmpty() ? "veraPDF rejects it"
                : "veraPDF rule " + verdict.failedRules().get(0).id() + ", " + verdict.failedRules().get(0).description();
    }
}
