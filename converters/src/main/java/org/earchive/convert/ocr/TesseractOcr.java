package org.earchive.convert.ocr;

import org.earchive.core.OcrSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OCR of page images with Tesseract, one process per page, pages of every document sharing one bounded
 * pool so that a run never starts more Tesseract processes than {@link OcrSettings#parallelPages()}.
 * A page found askew is first straightened for reading ({@link SkewDetector}, {@link Deskew}); then each page
 * is read; a page whose reading suggests it lies on its side or upside down is checked for orientation
 * ({@code --psm 0}, {@link OrientationCheck}), turned and read again, and reported with the turn it needs. Without Tesseract, or without the data
 * for the languages asked for, nothing is recognised and {@link #notSearchableReason()} says why.
 */
public final class TesseractOcr {

    private final Tesseract tesseract;
    private final OcrSettings settings;
    private final String notSearchableReason;
    private final ThreadPoolExecutor pool;
    /** Pages already read, when the environment names a cache folder; null when not. */
    private final OcrCache cache;

    private TesseractOcr(Tesseract tesseract, OcrSettings settings, String notSearchableReason, OcrCache cache) {
        this.tesseract = tesseract;
        this.cache = cache;
        this.settings = settings;
        this.notSearchableReason = notSearchableReason;
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.parallelPages(), settings.parallelPages(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "earchive-ocr-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // idle runs (and tests that make many engines) must not keep threads around
        pool.allowCoreThreadTimeOut(true);
    }

    /** Finds Tesseract (see {@link Tesseract#locate}) and checks it has the languages asked for. */
    public static TesseractOcr start(OcrSettings settings, Map<String, String> environment) {
        Tesseract.Lookup lookup = Tesseract.locate(environment);
        if (!lookup.found()) {
            return new TesseractOcr(null, settings, lookup.problem(), null);
        }
        List<String> missing = lookup.tesseract().missingLanguages(settings.languages());
        if (!missing.isEmpty()) {
            return new TesseractOcr(null, settings, lookup.tesseract().version() + " has no data for "
                    + String.join(", ", missing) + " (installed: " + String.join(", ", lookup.tesseract().languages())
                    + "): " + languageHint(missing) + ".", null);
        }
        return new TesseractOcr(lookup.tesseract(), settings, null,
                OcrCache.from(environment, lookup.tesseract().version()));
    }

    /** An engine that recognises nothing and says nothing about it, for conversions where OCR is not wanted. */
    public static TesseractOcr off() {
        return new TesseractOcr(null, OcrSettings.defaults(1), null, null);
    }

    public boolean available() {
        return tesseract != null;
    }

    /** Why scans come out image-only, with what to install; null when OCR is available or was not wanted. */
    public String notSearchableReason() {
        return notSearchableReason;
    }

    /** "tesseract 5.3.0, vie+eng", for the report. */
    public String description() {
        return tesseract == null ? "none" : tesseract.version() + ", " + settings.languages();
    }

    /**
     * Writes the page image to a scratch file now (so the caller can let the image go) and queues its OCR.
     *
     * @param scratchBase a path prefix in a scratch folder, unique to this page; files starting with it are
     *                    removed when the page is done
     */
    public PendingPage submit(BufferedImage image, float dpiX, float dpiY, Path scratchBase) throws IOException {
        if (tesseract == null) {
            return PendingPage.done(RecognisedPage.failed(notSearchableReason == null ? "OCR is off" : notSearchableReason));
        }
        int dpi = Math.round((dpiX + dpiY) / 2);
        Path imageFile = scratchBase.resolveSibling(scratchBase.getFileName() + ".pnm");
        Deskew deskew;
        try {
            BufferedImage page = ScratchImage.plain(Despeckle.applies(image) ? Despeckle.forOcr(image, dpi) : image);
            // measured, not enabled: a colour scan's red stamps and seals taken out of what Tesseract reads
            page = RedStampDropout.applies() ? RedStampDropout.forOcr(page) : page;
            // Tesseract reads a colour page in grey: the same words for a third less of its time
            page = GreyForTesseract.of(page);
            // straightened here, while the page is in memory: Tesseract gets the one image it reads, written once
            deskew = settings.straightensForOcr() ? straightening(page, dpi) : null;
            ScratchImage.write(deskew == null ? page : deskew.straighten(page), imageFile);
        } catch (RuntimeException e) {
            // an image model the writer refuses costs the page its text, not the document its PDF
            ScratchImage.delete(imageFile);
            return PendingPage.done(RecognisedPage.failed("the page image could not be handed to Tesseract (" + e + ")"));
        }
        PageJob job = new PageJob(tesseract, settings, imageFile, scratchBase, dpi, deskew, cache);
        return new PendingPage(pool.submit(job::run), job::deleteScratch);
    }

    /**
     * How to turn a page found askew by at least {@link Deskew#MIN_DEGREES} level (the skew is measured across or
     * down the page, so a sideways page too); null for a page that is level enough, or whose skew is not clear.
     */
    private static Deskew straightening(BufferedImage page, int dpi) {
        SkewDetector.Skew skew = SkewDetector.detect(page, dpi);
        if (Math.abs(skew.degrees()) < Deskew.MIN_DEGREES) {
            return null;
        }
        return Deskew.of(skew.degrees(), page.getWidth(), page.getHeight());
    }

    /** A page whose OCR may still be running. */
    public static final class PendingPage {
        private final Future<RecognisedPage> future;
        private final Runnable cleanup;

        private PendingPage(Future<RecognisedPage> future, Runnable cleanup) {
            this.future = future;
            this.cleanup = cleanup;
        }

        static PendingPage done(RecognisedPage page) {
            return new PendingPage(java.util.concurrent.CompletableFuture.completedFuture(page), () -> { });
        }

        /** Waits for the page's OCR; its own time limit bounds how long that can take once it started. */
        public RecognisedPage await() throws InterruptedException {
            try {
                return future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return RecognisedPage.failed("OCR failed (" + cause + ")");
            } catch (CancellationException e) {
                return RecognisedPage.failed("OCR was cancelled");
            }
        }

        /** Stops the page's OCR if it has not finished, and removes its scratch files. */
        public void cancel() {
            future.cancel(true);
            cleanup.run();
        }
    }

    /** One page's orientation check and recognition, within one deadline. */
    private static final class PageJob {
        private final Tesseract tesseract;
        private final OcrSettings settings;
        private final Path image;
        private final Path base;
        private final int dpi;
        private final Deskew deskew;
        private final OcrCache cache;

        /** @param image the page as Tesseract reads it: already straightened by {@code deskew} when that is not null */
        PageJob(Tesseract tesseract, OcrSettings settings, Path image, Path base, int dpi, Deskew deskew, OcrCache cache) {
            this.cache = cache;
            this.tesseract = tesseract;
            this.settings = settings;
            this.image = image;
            this.base = base;
            this.dpi = dpi;
            this.deskew = deskew;
        }

        RecognisedPage run() throws InterruptedException {
            long deadline = System.nanoTime() + settings.pageTimeout().toNanos();
            try {
                Path level = image;
                OcrPage reading = read(level, deadline);
                int clockwise = 0;
                // the orientation is asked of Tesseract only where this first reading gives a reason to doubt it
                if (tesseract.canDetectOrientation() && OrientationCheck.doubtful(reading)) {
                    clockwise = OrientationCheck.clockwise(tesseract, level, dpi, () -> remaining(deadline));
                    if (clockwise != 0) {
                        Path upright = upright();
                        ScratchImage.write(ScratchImage.rotateClockwise(ScratchImage.read(level), clockwise), upright);
                        reading = read(upright, deadline);
                    }
                }
                // the NĐ 30 header read column by column, not row by row
                return new RecognisedPage(HeaderColumns.reorder(reading), clockwise, deskew, null);
            } catch (ExternalProcess.TimedOut e) {
                return RecognisedPage.failed("OCR took longer than the " + settings.pageTimeout().toSeconds()
                        + " s allowed per page and was stopped");
            } catch (OcrException e) {
                return RecognisedPage.failed(e.getMessage());
            } catch (IOException | RuntimeException e) {
                return RecognisedPage.failed("OCR could not run (" + e.getMessage() + ")");
            } finally {
                deleteScratch();
            }
        }

        /** The page read with Vietnamese alone first, and with the whole language list only where that reads poorly. */
        private OcrPage read(Path page, long deadline)
                throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException {
            return VietnameseFirst.read(settings.languages(), languages -> {
                OcrCache.Reader reader = () -> tesseract.hocr(page, base, languages, dpi, remaining(deadline));
                return HocrParser.parse(cache == null ? reader.hocr() : cache.hocr(page, languages, dpi, reader));
            });
        }

        private Path upright() {
            return base.resolveSibling(base.getFileName() + ".upright.pnm");
        }

        void deleteScratch() {
            ScratchImage.delete(image, upright(), base.resolveSibling(base.getFileName() + ".hocr"));
        }

        private static Duration remaining(long deadline) throws ExternalProcess.TimedOut {
            long nanos = deadline - System.nanoTime();
            if (nanos <= 0) {
                throw new ExternalProcess.TimedOut(Duration.ZERO);
            }
            return Duration.ofNanos(nanos);
        }
    }

    private static String languageHint(List<String> missing) {
        StringBuilder packages = new StringBuilder();
        for (String language : missing) {
            packages.append(packages.length() == 0 ? "" : " ").append("tesseract-ocr-").append(language.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return "install " + packages;
    }
}
