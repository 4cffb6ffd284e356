package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The one check every ZIP-based input passes before any parser reads it (OOXML, ODF, EPUB-like containers,
 * zipped packages), in detect, convert and validate alike. A ZIP bomb is a few kilobytes or megabytes on disk
 * that inflates to gigabytes; parsers that build the document in memory (POI's XMLBeans for a DOCX) then run
 * out of heap, and LibreOffice out of time. The check:
 * <ol>
 * <li>reads the central directory only: the number of entries, each entry's declared size against
 *     {@link Limits#maxEntryBytes()}, their sum against {@link Limits#maxTotalBytes()}, and each entry's
 *     declared expansion (uncompressed / compressed) against {@link Limits#maxRatio()} once it is over
 *     {@link #RATIO_FLOOR} (deflate bombs reach ~1000x; real XML stays well under 100x). An honest bomb is
 *     refused here, in a millisecond, without inflating a byte;</li>
 * <li>then inflates every entry once, counting and throwing the bytes away, and stops at the first byte past
 *     what the entry declared: a bomb whose directory lies about its sizes is refused after inflating no more
 *     than the limits above allow, and the sizes step 1 trusted are true for everyone who reads after.</li>
 * </ol>
 * Memory is one buffer; time is one decompression pass, bounded by the limits.
 */
public final class ZipBombGuard {

    /**
     * @param maxEntries    most entries the ZIP may have
     * @param maxEntryBytes most one entry may expand to
     * @param maxTotalBytes most all entries may expand to together
     * @param maxRatio      most an entry over {@link #RATIO_FLOOR} may expand (uncompressed / compressed)
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio) {
        /**
         * Office documents and e-books read by streaming parsers (spreadsheets, ODF): 20 000 entries, 1 GiB
         * a part (a real data export's sheet can reach hundreds of megabytes), 4 GiB in all, 200x.
         */
        public static final Limits DOCUMENT = new Limits(20_000, 1L << 30, 4L << 30, 200);
        /**
         * Word and PowerPoint files, whose parts POI builds whole in memory (XMLBeans): 100 MiB a part. A
         * 256 MiB document.xml already takes all of earchive's default 2 GB heap, which the other documents in
         * flight share; a thousand dense pages of Word's XML take a tenth of the limit.
         */
        public static final Limits IN_MEMORY_DOCUMENT = new Limits(20_000, 100L << 20, 4L << 30, 200);
        /** Transfer packages: 1 000 000 entries, 1 TiB, 200x: far beyond any real transfer, far below what would hurt. */
        public static final Limits PACKAGE = new Limits(1_000_000, 1L << 40, 1L << 40, 200);
        /**
         * Archives and mailboxes whose members are converted one by one (a clerk's {@code hoso-2019.zip}, a 7z of
         * scans): 20 000 members and 16 GiB for one input, all nesting levels together, 4 GiB a member, 200x.
         * Every member is written to scratch before it converts, so the output disk needs that room.
         */
        public static final Limits CONTAINER = new Limits(20_000, 4L << 30, 16L << 30, 200);
    }

    /** What the guard refused, and a sentence for the clerk. */
    public enum Kind {
        /** expanding far more than real documents do, or more than it declares */
        BOMB,
        /** too many entries or too many bytes to read safely, whatever the ratio */
        TOO_LARGE,
        /** not a readable ZIP: truncated, damaged, or an entry that cannot be inflated */
        DAMAGED
    }

    /** @param sentence what a clerk reads: what is wrong, with the numbers */
    public record Refusal(Kind kind, String sentence) {
    }

    /** Entries smaller than this are not judged by their ratio: tiny XML parts of spaces legitimately reach 1000x. */
    public static final long RATIO_FLOOR = 1 << 20;

    private static final String DIRECTORY_UNREADABLE = "its ZIP directory (the list of its parts, kept at the end of"
            + " the file) is missing or unreadable, as when a file is cut short while it is copied";
    /** The JDK reads entry names as UTF-8 (flagged or not) and refuses the first byte that is not. */
    private static final String NAME_NOT_UTF8 = "the name of one of its parts is not UTF-8 text: the ZIP is damaged, or"
            + " was written by a tool that stores names in an older encoding";

    private ZipBombGuard() {
    }

    /** @return null when the ZIP may be read, else why not */
    public static Refusal check(Path zip, Limits limits) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Refusal refusal = checkDirectory(file, limits);
            return refusal != null ? refusal : checkInflation(file);
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad entry name")) {
                return new Refusal(Kind.DAMAGED, NAME_NOT_UTF8);
            }
            return new Refusal(Kind.DAMAGED, DIRECTORY_UNREADABLE);
        } catch (java.io.EOFException e) {
            // a directory whose records point past the end of the file fails as a bare EOFException (found by fuzzing)
            // the parser's own words ("zip END header not found") tell a clerk nothing: say what it means
            return new Refusal(Kind.DAMAGED, DIRECTORY_UNREADABLE);
        } catch (IllegalArgumentException e) {
            // the JDK reads entry names as UTF-8 and throws on the first byte that is not (found by fuzzing a package)
            return new Refusal(Kind.DAMAGED, NAME_NOT_UTF8);
        }
    }

    /**
     * The directory's declarations only (entry count, sizes, ratios), without inflating anything: for readers that
     * will open a few named parts and must not be led into a bomb's (PRONOM identification of a container).
     *
     * @return null when the ZIP's directory is within the limits, else why not (damaged when it cannot be read)
     */
    public static Refusal checkDirectory(Path zip, Limits limits) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return checkDirectory(file, limits);
        } catch (ZipException | java.io.EOFException e) {
            return new Refusal(Kind.DAMAGED, "its ZIP directory (the list of its parts, kept at the end of the file)"
                    + " is missing or unreadable, as when a file is cut short while it is copied");
        }
    }

    private static Refusal checkDirectory(ZipFile zip, Limits limits) {
        if (zip.size() > limits.maxEntries()) {
            return new Refusal(Kind.TOO_LARGE, "it holds " + zip.size() + " entries; earchive refuses more than "
                    + limits.maxEntries());
        }
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long size = Math.max(entry.getSize(), 0);
            long compressed = entry.getCompressedSize();
            if (size > RATIO_FLOOR && compressed > 0 && size / compressed > limits.maxRatio()) {
                return new Refusal(Kind.BOMB, "its part '" + entry.getName() + "' expands " + (size / compressed)
                        + " times (" + compressed + " bytes to " + megabytes(size) + "); earchive refuses more than "
                        + limits.maxRatio() + " times");
            }
            if (size > limits.maxEntryBytes()) {
                return new Refusal(Kind.TOO_LARGE, "its part '" + entry.getName() + "' expands to " + megabytes(size)
                        + "; earchive refuses parts over " + megabytes(limits.maxEntryBytes()));
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                return new Refusal(Kind.TOO_LARGE, "its parts expand to more than " + megabytes(limits.maxTotalBytes())
                        + " together, earchive's limit");
            }
        }
        return null;
    }

    private static Refusal checkInflation(ZipFile zip) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long declared = entry.getSize();
            long actual = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    actual += n;
                    if (declared >= 0 && actual > declared) {
                        return new Refusal(Kind.BOMB, "its part '" + entry.getName() + "' declares " + declared
                                + " bytes but expands to more; earchive stopped reading it there");
                    }
                }
            } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad entry name")) {
                return new Refusal(Kind.DAMAGED, NAME_NOT_UTF8);
            }
            return new Refusal(Kind.DAMAGED, DIRECTORY_UNREADABLE);
        } catch (java.io.EOFException e) {
                return new Refusal(Kind.DAMAGED, "its part '" + entry.getName() + "' is damaged and cannot be inflated");
            }
        }
        return null;
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : (bytes >> 20) + " MB";
    }
}
