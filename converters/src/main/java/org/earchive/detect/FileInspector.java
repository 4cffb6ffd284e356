package org.earchive.detect;

import org.earchive.core.LegacyEncodingChoice;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyPdfFonts;
import org.earchive.formats.vietnamese.LegacyRuns;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;

/**
 * Says what one file is — type, PRONOM id, class, pages, encryption, signatures, encoding, language — and
 * never throws: a file that cannot be read, or is damaged, gets a status and a sentence instead.
 * Thread-safe; one instance serves a whole run.
 */
public final class FileInspector {

    /** The sentence for a file whose nesting ran a reader out of stack. */
    public static final String NESTED_TOO_DEEP = "The file nests its content deeper than any real document (thousands of"
            + " levels): it is damaged or made to crash the programs that read it, and earchive stopped reading it.";

    private final Detector detector;
    private final TrustStore trust;
    private final PdfInspector pdfs;
    private final ImageInspector images = new ImageInspector();
    private final TextInspector texts;
    private final OfficeInspector office;
    private final LegacyEncodingChoice legacy;
    private final Set<String> containerTypes;

    public FileInspector(Detector detector) {
        this(detector, TrustStore.NONE);
    }

    /** @param trust the roots against which signatures' certificate chains are checked */
    public FileInspector(Detector detector, TrustStore trust) {
        this(detector, trust, LegacyEncodingChoice.AUTO);
    }

    /** @param legacy what the run was told about pre-Unicode Vietnamese text ({@code --legacy-encoding}) */
    public FileInspector(Detector detector, TrustStore trust, LegacyEncodingChoice legacy) {
        this(detector, trust, legacy, Set.of());
    }

    /**
     * @param containerTypes the media types the caller opens as containers (archives, mailboxes): such a file is
     *                       said to be one, not unsupported; what it holds is the caller's to look at
     */
    public FileInspector(Detector detector, TrustStore trust, LegacyEncodingChoice legacy, Set<String> containerTypes) {
        this.containerTypes = Set.copyOf(containerTypes);
        this.legacy = legacy;
        this.detector = detector;
        this.trust = trust == null ? TrustStore.NONE : trust;
        this.pdfs = new PdfInspector("", this.trust);
        LanguageGuesser languages = new LanguageGuesser();
        this.texts = new TextInspector(languages, legacy);
        this.office = new OfficeInspector(languages, legacy);
    }

    /** @param displayPath the path as the report shows it */
    public FileInspection inspect(Path file, String displayPath) {
        long started = System.nanoTime();
        FileInspection inspection = inspect(file, displayPath, true);
        return inspection.durationMs((System.nanoTime() - started) / 1_000_000);
    }

    /** Media type and PRONOM id only: no hashing, no opening of the content. */
    public FileInspection identify(Path file, String displayPath) {
        long started = System.nanoTime();
        FileInspection inspection = inspect(file, displayPath, Depth.IDENTIFY, "");
        return inspection.durationMs((System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What convert needs to route a file, and no more: readable and not empty, its SHA-256 and type, and the class
     * where it decides the route — an existing PDF is opened (with the run's password; this also finds the
     * encrypted and the damaged ones), an image is a scan by definition, other sources are classified by their
     * converter.
     */
    public FileInspection triage(Path file, String displayPath, String password) {
        return inspect(file, displayPath, Depth.TRIAGE, password);
    }

    /** How far a look goes into a file. */
    private enum Depth { IDENTIFY, TRIAGE, INSPECT }

    private FileInspection inspect(Path file, String displayPath, boolean content) {
        return inspect(file, displayPath, content ? Depth.INSPECT : Depth.IDENTIFY, "");
    }

    private FileInspection inspect(Path file, String displayPath, Depth depth, String password) {
        boolean content = depth != Depth.IDENTIFY;
        FileInspection inspection = new FileInspection(displayPath);
        try {
            if (!Files.isRegularFile(file)) {
                return inspection.failed(DocumentStatus.UNREADABLE, Files.isSymbolicLink(file)
                        ? "The file is a link to something that does not exist." : "This is not a regular file.");
            }
            long size = Files.size(file);
            inspection.size(size);
            if (content) {
                inspection.sha256(Fixity.sha256(file));
            }
            if (size == 0) {
                return inspection.failed(DocumentStatus.EMPTY_FILE, "The file is empty (0 bytes).")
                        .documentClass(DocumentClass.EMPTY);
            }
            Detection detection = detector.detect(file);
            inspection.detection(detection).nameWarning(NameCheck.mismatch(file.getFileName().toString(), detection));
            if (containerTypes.contains(detection.mime())) {
                inspection.container();
            }
            if (depth == Depth.INSPECT) {
                inspectContent(file, detection, inspection);
            } else if (depth == Depth.TRIAGE) {
                classifyForRoute(file, detection, password, inspection);
            }
        } catch (ConversionException e) {
            inspection.failed(e.status(), e.sentence());
        } catch (AccessDeniedException e) {
            inspection.failed(DocumentStatus.UNREADABLE, "The file cannot be read: permission denied.");
        } catch (NoSuchFileException e) {
            inspection.failed(DocumentStatus.UNREADABLE, "The file disappeared before it could be read.");
        } catch (IOException e) {
            inspection.failed(DocumentStatus.UNREADABLE, "The file cannot be read (" + e.getMessage() + ").");
        } catch (StackOverflowError e) {
            // a reader that recurses once per level of the file's nesting: the file, not earchive, is at fault
            inspection.failed(DocumentStatus.CORRUPT, NESTED_TOO_DEEP);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            inspection.failed(DocumentStatus.FAILED,
                    "earchive failed on this file; please report it as a bug (" + e + ").");
        }
        return inspection;
    }

    private void classifyForRoute(Path file, Detection detection, String password, FileInspection into)
            throws ConversionException, IOException {
        if (detection.isMime("application/pdf")) {
            into.pdf(new PdfInspector(password, trust).inspect(file));
        } else if (detection.mime().startsWith("image/")) {
            into.documentClass(DocumentClass.SCANNED);
        }
    }

    /** A PDF in .VnTime-like fonts, whose text convert reads as Vietnamese: said, as for other formats. */
    private void legacyFonts(Path file, FileInspection into) {
        if (!LegacyChoices.converts(legacy)) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            LegacyRuns runs = LegacyPdfFonts.apply(document); // in memory only: nothing is saved
            if (runs != null) {
                into.legacy(runs.encoding().id(), runs.evidence());
            }
        } catch (IOException | RuntimeException unreadable) {
            // the PDF facts above already say what is wrong with it
        }
    }

    private void inspectContent(Path file, Detection detection, FileInspection into) throws ConversionException, IOException {
        String mime = detection.mime();
        if (mime.equals("application/pdf")) {
            try {
                PdfFacts facts = pdfs.inspect(file);
                into.pdf(facts); // a PDF/A claim's PUID is PRONOM's signatures' to give, as DROID does
                legacyFonts(file, into);
            } catch (ConversionException e) {
                if (e.status() == DocumentStatus.ENCRYPTED) {
                    into.encryption(PdfEncryption.PASSWORD_REQUIRED);
                }
                throw e;
            }
        } else if (mime.startsWith("image/")) {
            images.inspect(file, detection, into);
        } else if (MediaTypes.isPlainText(mime)) {
            texts.inspectText(file, into);
        } else if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
            texts.inspectHtml(file, into);
        } else if (OfficeParsing.MIME_TYPES.contains(mime)) {
            office.inspect(file, detection, into);
        } else if (mime.equals("application/x-tika-ooxml-protected")) {
            into.encryption(PdfEncryption.PASSWORD_REQUIRED);
            throw new ConversionException(DocumentStatus.ENCRYPTED,
                    "The Office document is protected by a password: it cannot be opened without it.");
        } else if (mime.equals("application/x-tika-ole-drm-encrypted")) {
            into.encryption(PdfEncryption.PASSWORD_REQUIRED);
            throw new ConversionException(DocumentStatus.ENCRYPTED, "The document is protected by rights management"
                    + " (DRM): only the organisation's rights server can open it.");
        } else if (containerTypes.contains(mime)) {
            // the caller opens it and looks at its members
        } else if (mime.equals("application/octet-stream")) {
            throw new ConversionException(DocumentStatus.CORRUPT, "The content is not any format earchive recognises:"
                    + " the file may be damaged, or its name may not match what it holds.");
        } else {
            throw new ConversionException(DocumentStatus.UNSUPPORTED,
                    "earchive does not read " + detection.formatName() + " (" + mime + ") files.");
        }
    }
}
