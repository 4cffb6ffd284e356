package org.earchive.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.earchive.pdfa.PdfaLevel;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * veraPDF's greenfield validator, in-process: the industry reference implementation of the PDF/A rules,
 * without a JVM start per file. "Not compliant" is a verdict; a file veraPDF cannot parse is a verdict
 * with a problem, never an exception.
 */
public final class VeraPdfValidator implements PdfaValidator {

    private static final String TOO_DEEP = "The PDF nests its objects deeper than any real document does (veraPDF's"
            + " reader ran out of stack): it cannot be validated.";

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The veraPDF library version, for reports and {@code earchive doctor}. */
    public static String version() {
        Package p = VeraGreenfieldFoundryProvider.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "1.30" : version;
    }

    @Override
    public PdfaVerdict validate(Path pdf, PdfaLevel level) {
        return validate(pdf, level == null ? null : PDFAFlavour.fromString(level.flavourId()));
    }

    /**
     * The file checked against PDF/UA-1 (ISO 14289-1) with veraPDF's own PDF/UA-1 profile, which ships in the same
     * library as the PDF/A ones: the machine-checkable part of accessibility (tags, alternative text, language,
     * title). The verdict's flavour is "ua1".
     */
    public PdfaVerdict validatePdfUa1(Path pdf) {
        return validate(pdf, PDFAFlavour.PDFUA_1);
    }

    /**
     * @param requested the profile, or null for the PDF/A level the file claims. On a thread that outlives the run
     *                  ({@link ValidationThreads}), where veraPDF's compiled rule scripts are kept for the next one.
     */
    private PdfaVerdict validate(Path pdf, PDFAFlavour requested) {
        return ValidationThreads.run(() -> validateHere(pdf, requested));
    }

    private static PdfaVerdict validateHere(Path pdf, PDFAFlavour requested) {
        String asked = requested == null ? null : requested.getId();
        try (PDFAParser parser = requested == null
                ? Foundries.defaultInstance().createParser(pdf.toFile())
                : Foundries.defaultInstance().createParser(pdf.toFile(), requested)) {
            PDFAFlavour flavour = requested == null ? claimed(parser) : requested;
            if (flavour == null) {
                return PdfaVerdict.noClaim();
            }
            // the profile this file needs, not veraPDF's whole directory of them (VeraPdfProfiles says why)
            PDFAValidator validator = Foundries.defaultInstance()
                    .createValidator(VeraPdfProfiles.forFlavour(flavour), false);
            ValidationResult result = validator.validate(parser);
            return new PdfaVerdict(flavour.getId(), result.isCompliant(), failedRules(result), null);
        } catch (EncryptedPdfException e) {
            return PdfaVerdict.couldNotValidate(asked,
                    "The PDF is encrypted; PDF/A forbids encryption.");
        } catch (ModelParsingException e) {
            return PdfaVerdict.couldNotValidate(asked,
                    "veraPDF could not read the file as a PDF (" + e.getMessage() + ").");
        } catch (ValidationException e) {
            return PdfaVerdict.couldNotValidate(asked, rootCause(e) instanceof StackOverflowError
                    ? TOO_DEEP : "veraPDF stopped before finishing (" + cause(e) + ").");
        } catch (StackOverflowError e) {
            // veraPDF's parser recurses once per nesting level; the stack unwinds here and the next file is checked
            return PdfaVerdict.couldNotValidate(asked, TOO_DEEP);
        } catch (Exception e) {
            // veraPDF declares close() throws Exception; a parser that fails to close has already given its verdict
            return PdfaVerdict.couldNotValidate(asked,
                    "veraPDF could not read this file (" + cause(e) + ").");
        }
    }

    /**
     * The PDF/A level the file's XMP claims, or null when it claims none. veraPDF's own getFlavour() throws an
     * IndexOutOfBoundsException on a file without a claim, which reads like a fault of the file; it is not.
     */
    private static PDFAFlavour claimed(PDFAParser parser) {
        for (PDFAFlavour flavour : parser.getFlavours()) {
            if (flavour != null && flavour != PDFAFlavour.NO_FLAVOUR && isPdfA(flavour)) {
                return flavour;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The innermost message, for a person: "Page tree loop found", not the exception class that carried it. */
    private static String cause(Throwable e) {
        Throwable root = rootCause(e);
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    private static boolean isPdfA(PDFAFlavour flavour) {
        String id = flavour.getId();
        return id.length() == 2 && "1234".indexOf(id.charAt(0)) >= 0;
    }

    private static List<FailedRule> failedRules(ValidationResult result) {
        ValidationProfile profile = result.getValidationProfile();
        List<FailedRule> rules = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId id = failed.getKey();
            Rule rule = profile == null ? null : profile.getRuleByRuleId(id);
            rules.add(new FailedRule(id.getClause() + "-" + id.getTestNumber(),
                    id.getSpecification() == null ? "" : id.getSpecification().getId(),
                    rule == null ? "" : rule.getDescription(), failed.getValue()));
        }
        rules.sort(Comparator.comparingInt(FailedRule::failures).reversed().thenComparing(FailedRule::id));
        return rules;
    }
}
