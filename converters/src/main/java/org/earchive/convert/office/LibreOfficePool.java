package org.earchive.convert.office;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFamily;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.DefaultFilterChain;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;

/**
 * A pool of LibreOffice processes driven through JODConverter: one process per worker, each with its own
 * profile folder (JODConverter copies a fresh one per process, so two processes never share a profile, which
 * LibreOffice cannot survive), restarted after a number of tasks, a time limit per task. Started on the first
 * document that needs it and stopped when earchive ends, also on Ctrl-C; killed by {@link OrphanWatchdog} when
 * earchive is killed outright. Each profile starts from {@link LibreOfficeProfile}'s template: earchive's fonts
 * and font replacement table, not the machine's choice.
 */
public final class LibreOfficePool implements AutoCloseable {

    /** LibreOffice leaks memory over long runs; a fresh process every so often keeps it healthy. */
    private static final int TASKS_PER_PROCESS = 200;
    private static final Map<String, Object> PDF_EXPORT = pdfExport(DeckExtras.NONE);

    /**
     * What a presentation's PDF holds beyond its slides.
     *
     * @param notesPages its speaker notes, as a notes page for each slide after the slides (the slide small, its
     *                   notes below)
     * @param comments   its review comments, as the PDF's own comments (annotations) on their slides
     * @param dates      the footer dates its file holds as text, printed instead of the day of conversion
     */
    record DeckExtras(boolean notesPages, boolean comments, FooterDates dates) {
        static final DeckExtras NONE = new DeckExtras(false, false, FooterDates.NONE);
    }

    private final File officeHome;
    private final int processes;
    private final long taskTimeoutMillis;
    private Path profileTemplate;
    private LocalOfficeManager manager;
    private LocalConverter converter;
    private Thread shutdownHook;
    private OrphanWatchdog watchdog;
    private final AtomicInteger processesLost = new AtomicInteger();
    /** Stopped for good (earchive ending, or Ctrl-C): a task cancelled by the stop must not start LibreOffice again. */
    private boolean stopped;

    LibreOfficePool(File officeHome, int processes, long taskTimeoutMillis) {
        this.officeHome = officeHome;
        this.processes = processes;
        this.taskTimeoutMillis = taskTimeoutMillis;
    }

    /** LibreOffice as JODConverter finds it (the usual install folders), or null when it is not installed. */
    public static LibreOfficePool find(int processes, long taskTimeoutMillis) {
        try {
            File home = LocalOfficeUtils.getDefaultOfficeHome();
            if (home == null) {
                return null;
            }
            LocalOfficeUtils.validateOfficeHome(home);
            return new LibreOfficePool(home, Math.max(1, processes), taskTimeoutMillis);
        } catch (RuntimeException notInstalled) {
            return null;
        }
    }

    public String description() {
        return "LibreOffice at " + officeHome;
    }

    /** The soffice program of the installation found: what {@code doctor} asks for its version, so both agree. */
    public Path executable() {
        return LocalOfficeUtils.getOfficeExecutable(officeHome).toPath();
    }

    public Path home() {
        return officeHome.toPath();
    }

    /**
     * Exports {@code source} (of media type {@code mime}) to PDF/A-2 with tags; earchive's own finishing
     * follows. Never given a PDF.
     */
    public void toPdf(Path source, String mime, Path target) throws IOException {
        toPdf(source, mime, target, "");
    }

    /** The same for a protected document: LibreOffice opens it with {@code password} ("" for none). */
    public void toPdf(Path source, String mime, Path target, String password) throws IOException {
        toPdf(source, mime, target, password, DeckExtras.NONE);
    }

    /**
     * @param extras what a presentation's PDF holds beyond its slides (LibreOffice's PDF otherwise has them alone)
     * @return what LibreOffice read from a text document beside its pages ({@link TextExport#NONE} for any other)
     */
    TextExport toPdf(Path source, String mime, Path target, String password, DeckExtras extras)
            throws IOException {
        DocumentFormat format = formatOf(mime);
        String given = password == null ? "" : password;
        if (format != null && format.getInputFamily() == DocumentFamily.TEXT) {
            TextExport[] done = {TextExport.NONE};
            exportGivingOneMoreChance(false, () -> {
                converter();
                TextDocumentTask task = TextDocumentTask.toPdf(source.toFile(), format, target.toFile(),
                        loadProperties(given, false), PDF_EXPORT, new DefaultFilterChain(beforeExport(FooterDates.NONE)));
                manager.execute(task);
                done[0] = new TextExport(task.comments(), task.trackedChanges());
            });
            return done[0];
        }
        // Calc shows a hidden sheet only in a document open for editing; nothing is saved, and no lock file is
        // written (the profile turns locking off)
        boolean editable = format != null && format.getInputFamily() == DocumentFamily.SPREADSHEET;
        exportGivingOneMoreChance(false, () -> {
            LocalConverter office = given.isEmpty() && extras.equals(DeckExtras.NONE) && !editable
                    ? converter() : converterWith(given, extras, editable);
            var conversion = office.convert(source.toFile());
            (format == null ? conversion : conversion.as(format))
                    .to(target.toFile()).as(DefaultDocumentFormatRegistry.PDF).execute();
        });
        return TextExport.NONE;
    }

    /**
     * What LibreOffice read from a text document beside its pages (nothing from any other document).
     *
     * @param comments its review comments, taken out before LibreOffice drew them and marked in the PDF by named
     *                 destinations for {@link CommentNotes}
     * @param changes  its tracked changes never accepted or rejected
     */
    record TextExport(List<WriterComment> comments, TrackedChanges changes) {
        static final TextExport NONE = new TextExport(List.of(), TrackedChanges.NONE);
    }

    /**
     * JODConverter's description of a format by the media type detect gives. Its registry knows RTF by {@code text/rtf}
     * only (detect says {@code application/rtf}, as Tika and IANA do) and has no macro-enabled OOXML: they are the
     * same documents to LibreOffice's import. An RTF taken for an unknown format went the way of a spreadsheet, with a
     * view from the start, and LibreOffice without its dialogs ended on its first review comment.
     */
    static DocumentFormat formatOf(String mime) {
        return switch (mime) {
            case "application/rtf" -> DefaultDocumentFormatRegistry.RTF;
            case "application/vnd.ms-word.document.macroenabled.12" -> DefaultDocumentFormatRegistry.DOCX;
            case "application/vnd.ms-excel.sheet.macroenabled.12" -> DefaultDocumentFormatRegistry.XLSX;
            case "application/vnd.ms-powerpoint.presentation.macroenabled.12" -> DefaultDocumentFormatRegistry.PPTX;
            default -> DefaultDocumentFormatRegistry.getFormatByMediaType(mime);
        };
    }

    /**
     * Converts a Word 97-2003 document to DOCX with LibreOffice's own import, for a copy of it to be rewritten
     * (its TCVN3/VNI text in Unicode) before it is laid out. Loaded without a view, its comments kept: Writer would
     * draw them in a view, which Debian's Writer without its dialogs cannot ({@link CommentBookmarks}).
     */
    public void toDocx(Path doc, Path target) throws IOException {
        exportGivingOneMoreChance(true, () -> {
            converter();
            manager.execute(TextDocumentTask.saveAs(doc.toFile(), DefaultDocumentFormatRegistry.DOC, target.toFile(),
                    DefaultDocumentFormatRegistry.DOCX, loadProperties("", false)));
        });
    }

    /** One export through JODConverter. */
    interface Export {
        void run() throws OfficeException, IOException;
    }

    /**
     * Runs EXPORT, and once more when LibreOffice's process ended in the middle of it: JODConverter then starts a
     * fresh process and cancels the task it was running ("Task was cancelled"). A process lost once is as often
     * the machine's doing (memory short, a crowded machine) as the document's, and a document sent to the Java
     * engine for it would be laid out differently from its neighbours for no reason of its own; a document that
     * takes LibreOffice down twice is the document's.
     */
    void exportGivingOneMoreChance(boolean toDocx, Export export) throws IOException {
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    export.run();
                    return;
                } catch (OfficeException e) {
                    if (!processLost(e)) {
                        throw new IOException(failure(toDocx, e), e);
                    }
                    processesLost.incrementAndGet();
                    if (attempt == 2) {
                        throw new IOException("LibreOffice stopped twice while converting the document (its process"
                                + " ended before the PDF was written: the document makes it crash, or the computer ran"
                                + " short of memory)", e);
                    }
                    recordProcesses(); // the process JODConverter started in place of the lost one
                }
            }
        } finally {
            recordProcesses(); // a process may have been restarted (task limit) or killed (time limit)
        }
    }

    /** JODConverter's words for a task whose process was lost: the task's future was cancelled. */
    private static boolean processLost(OfficeException e) {
        return e.getCause() instanceof CancellationException;
    }

    /** The clerk's sentence for a failed export, without JODConverter's description of its task. */
    private String failure(boolean toDocx, OfficeException e) {
        if (e.getCause() instanceof TimeoutException) {
            return "LibreOffice did not finish the document within the " + Math.max(1, taskTimeoutMillis / 60_000)
                    + " minute(s) allowed and was stopped";
        }
        String reason = String.valueOf(e.getMessage());
        int task = reason.indexOf(": LocalConversionTask{");
        reason = task < 0 ? reason : reason.substring(0, task);
        return toDocx ? "LibreOffice could not convert the document to DOCX (" + reason + ")"
                : "LibreOffice could not convert the document (" + reason + ")";
    }

    /** How many times a LibreOffice process ended in the middle of a document in this pool's life. */
    int processesLost() {
        return processesLost.get();
    }

    /**
     * Starts LibreOffice now rather than for the first document that needs it, so that its start-up (seconds, more
     * on a busy machine) is not counted against that document's time limit.
     *
     * @throws IOException when LibreOffice does not start (the first document then says why, and goes to the Java engine)
     */
    public void start() throws IOException {
        try {
            converter();
        } catch (OfficeException e) {
            throw new IOException("LibreOffice did not start: " + e.getMessage(), e);
        }
    }

    private synchronized LocalConverter converter() throws OfficeException, IOException {
        if (stopped) {
            throw new IOException("LibreOffice was stopped: earchive is ending");
        }
        if (converter == null) {
            if (profileTemplate == null) {
                profileTemplate = LibreOfficeProfile.create();
            }
            manager = LocalOfficeManager.builder()
                    .officeHome(officeHome)
                    .templateProfileDir(profileTemplate.toFile())
                    .portNumbers(freePorts(processes))
                    .maxTasksPerProcess(TASKS_PER_PROCESS)
                    .taskExecutionTimeout(taskTimeoutMillis)
                    .build();
            watchdog = OrphanWatchdog.start();
            manager.start();
            recordProcesses();
            shutdownHook = new Thread(this::stopQuietly, "earchive-libreoffice-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            converter = LocalConverter.builder().officeManager(manager).filterChain(beforeExport(FooterDates.NONE)).storeProperties(PDF_EXPORT).build();
        }
        return converter;
    }

    private synchronized void recordProcesses() {
        if (watchdog != null) {
            watchdog.record();
        }
    }

    /**
     * A converter over the same processes that gives LibreOffice a document's password when it loads it ("" for
     * none), and exports a presentation's notes pages and comments when asked.
     */
    private synchronized LocalConverter converterWith(String password, DeckExtras extras, boolean editable)
            throws OfficeException, IOException {
        converter();
        return LocalConverter.builder().officeManager(manager).loadProperties(loadProperties(password, editable))
                .filterChain(beforeExport(extras.dates())).storeProperties(pdfExport(extras)).build();
    }

    /** How LibreOffice opens a document: JODConverter's defaults, with the password given ("" for none). */
    private static Map<String, Object> loadProperties(String password, boolean editable) {
        Map<String, Object> properties = new HashMap<>(LocalConverter.DEFAULT_LOAD_PROPERTIES);
        if (!password.isEmpty()) {
            properties.put("Password", password);
        }
        if (editable) {
            properties.put("ReadOnly", Boolean.FALSE);
        }
        return properties;
    }

    /**
     * What LibreOffice's copy of a document is given before its export, for the PDF to hold the whole record as the
     * file has it: hidden sheets shown, each sheet's name printed, a deck's updating dates as the file saved them.
     */
    private static Filter[] beforeExport(FooterDates dates) {
        return new Filter[] {new HiddenSheetsShown(), new SheetNameHeaders(), new SlideDates(dates)};
    }

    private static Map<String, Object> pdfExport(DeckExtras extras) {
        return Map.of("FilterData", Map.of(
                "SelectPdfVersion", 2, // PDF/A-2b; earchive re-claims 2u when the text allows
                "UseTaggedPDF", true,
                "ExportFormFields", false,
                "ExportNotesPages", extras.notesPages(),
                "ExportHiddenSlides", true, // a slide hidden from the show is still a page of the record
                // as Text annotations with a popup; earchive's repair draws the appearance PDF/A asks of them
                "ExportNotes", extras.comments()));
    }

    /** Ports free now: two earchive runs on one computer must not fight over LibreOffice's default port. */
    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                ports[i] = socket.getLocalPort();
            }
        }
        return ports;
    }

    private synchronized void stopQuietly() {
        stopped = true;
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException | RuntimeException ignored) {
                // stopping at exit: the processes die with the JVM's children anyway
            }
            manager = null;
            converter = null;
        }
        if (watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
        LibreOfficeProfile.delete(profileTemplate);
        profileTemplate = null;
    }

    @Override
    public synchronized void close() {
        stopQuietly();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
            shutdownHook = null;
        }
    }
}
