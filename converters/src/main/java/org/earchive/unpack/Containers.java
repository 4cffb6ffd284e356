package org.earchive.unpack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.core.ConversionException;
import org.earchive.detect.Detection;

/**
 * The containers earchive opens, by the media type detect gives them, and what a clerk calls each. A container
 * is not converted: its members are taken out and each converted as a document of its own.
 */
public final class Containers {

    private record Kind(String what, Unpacker unpacker) {
    }

    private static final Kind TAR = new Kind("TAR archive", new TarUnpacker(false));
    private static final Kind COMPRESSED = new Kind("compressed file", new TarUnpacker(true));
    private static final Kind RAR = new Kind(RarUnpacker.WHAT, new RarUnpacker());

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("application/zip", new Kind(ZipUnpacker.WHAT, new ZipUnpacker())),
            Map.entry("application/x-7z-compressed", new Kind(SevenZipUnpacker.WHAT, new SevenZipUnpacker())),
            Map.entry("application/x-tar", TAR),
            Map.entry("application/x-gtar", TAR),
            Map.entry("application/gzip", COMPRESSED),
            Map.entry("application/x-gzip", COMPRESSED),
            Map.entry("application/x-bzip2", COMPRESSED),
            Map.entry("application/x-xz", COMPRESSED),
            Map.entry("application/mbox", new Kind(MboxSplitter.WHAT, new MboxSplitter())),
            Map.entry("application/x-rar-compressed", RAR),
            Map.entry("application/vnd.rar", RAR));

    private Containers() {
    }

    public static boolean isContainer(String mime) {
        return KINDS.containsKey(mime);
    }

    /** The media types unpacked as containers, in alphabetical order. */
    public static java.util.List<String> mediaTypes() {
        return KINDS.keySet().stream().sorted().toList();
    }

    /** "ZIP archive", "mailbox": how sentences name it. */
    public static String what(String mime) {
        return KINDS.get(mime).what();
    }

    /** True for a mailbox, whose members are e-mails; false for an archive of files. */
    public static boolean isMailbox(String mime) {
        return "application/mbox".equals(mime);
    }

    /**
     * @param into     an empty folder the members are written into
     * @param budget   what this input may still unpack to, nested containers included
     * @param password the run's --password ("" for none)
     */
    public static Unpacked unpack(Path container, Detection detection, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        return KINDS.get(detection.mime()).unpacker().unpack(container, into, budget, password);
    }

    /** The program earchive reads RAR archives with ("unar", "7z"), or null when none is installed. */
    public static String rarProgram() {
        Path program = RarUnpacker.program();
        return program == null ? null : program.toString();
    }
}
