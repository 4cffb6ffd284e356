package org.earchive.pdfa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The machine's own fonts, the last resort for letters no bundled font has: Chinese and Japanese characters, Korean
 * where a Korean TrueType font is installed, historic scripts (Gothic). The bundled fonts cover Vietnamese and every
 * European script; without a font for the others their words were left off the page and the document refused (Tika's
 * testWORD_various.docx: "ゾルゲと尾崎", "𐌲𐌿𐍄𐌹𐍃𐌺"). Fontconfig ({@code fc-list}) names the installed fonts that have
 * a letter; the one covering most of the letters still missing is taken (on a tie an upright regular face, then the
 * first by path, so a machine gives the same output every time), until every letter has a font or no installed one
 * has it. Only TrueType-outline fonts whose licence allows embedding a subset are taken: PDF/A embeds every font. Debian's
 * {@code fonts-droid-fallback} (Chinese, Japanese; only 3 Korean syllables) and {@code fonts-noto-core} (most other
 * scripts) are what {@code .ci/run} installs.
 *
 * <p>Documents whose letters the bundled fonts all have never come here: their output does not depend on the machine.
 */
final class MachineFonts {

    /** An installed font: its file and the family it is registered under. */
    record Font(Path file, String family) {
    }

    /** Letters of one document are looked up in at most this many fonts. */
    private static final int MOST_FONTS = 12;
    private static final long FC_LIST_SECONDS = 20;
    /** OS/2 fsType bits that forbid embedding (restricted licence), subsetting, or allow bitmaps only. */
    private static final int NOT_EMBEDDABLE = 0x0002 | 0x0100 | 0x0200;

    /**
     * The order candidates are tried in, the first kept on a tie: upright, regular-weight faces before bold, italic,
     * light or condensed ones (the font is registered as the regular face: a bold file would draw the whole text bold),
     * then by path, so a machine gives the same output every time.
     */
    private static final Pattern STYLED = Pattern.compile(
            "(?i)bold|italic|oblique|light|thin|black|heavy|medium|semi|extra|condensed|narrow|display|ui-");
    private static final Comparator<Path> UPRIGHT_FIRST = Comparator
            .comparing((Path file) -> STYLED.matcher(file.getFileName().toString()).find())
            .thenComparing(Comparator.naturalOrder());

    /** Each font file's letters, read once per process (null: not a font PDF/A can embed). */
    private static final Map<Path, Optional<BitSet>> COVERAGE = new ConcurrentHashMap<>();

    private MachineFonts() {
    }

    /** The installed fonts that draw {@code letters} (code points), fewest first; empty when none does or fontconfig is missing. */
    static List<Font> covering(BitSet letters) {
        BitSet missing = (BitSet) letters.clone();
        List<Font> chosen = new ArrayList<>();
        while (!missing.isEmpty() && chosen.size() < MOST_FONTS) {
            int letter = missing.nextSetBit(0);
            Path best = null;
            int bestCount = 0;
            for (Path candidate : withLetter(letter)) {
                BitSet covered = coverage(candidate);
                if (covered == null || chosen.stream().anyMatch(font -> font.file().equals(candidate))) {
                    continue;
                }
                BitSet shared = (BitSet) covered.clone();
                shared.and(missing);
                if (shared.cardinality() > bestCount) {
                    best = candidate;
                    bestCount = shared.cardinality();
                }
            }
            if (best == null) {
                missing.clear(letter); // no installed font has it: its words are reported lost
                continue;
            }
            missing.andNot(coverage(best));
            chosen.add(new Font(best, "earchive machine " + best.getFileName()));
        }
        return chosen;
    }

    /** The TrueType fonts fontconfig knows with a glyph for the letter, by path. */
    private static List<Path> withLetter(int letter) {
        Process process = null;
        try {
            process = new ProcessBuilder("fc-list", ":charset=" + Integer.toHexString(letter), "file")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] listed = process.getInputStream().readAllBytes();
            if (!process.waitFor(FC_LIST_SECONDS, TimeUnit.SECONDS)) {
                return List.of();
            }
            List<Path> files = new ArrayList<>();
            for (String line : new String(listed, StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip().replaceAll(":$", "");
                if (file.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
                    files.add(Path.of(file));
                }
            }
            files.sort(UPRIGHT_FIRST);
            return files;
        } catch (IOException noFontconfig) {
            return List.of();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            if (process != null) {
                process.destroy();
            }
        }
    }

    private static BitSet coverage(Path file) {
        return COVERAGE.computeIfAbsent(file, MachineFonts::read).orElse(null);
    }

    /** The letters FILE draws, or none when it is not a font PDF/A can embed. */
    static BitSet lettersOf(Path file) {
        BitSet covered = coverage(file);
        return covered == null ? new BitSet() : covered;
    }

    private static Optional<BitSet> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null || font.getGlyph() == null || (os2 != null && (os2.getFsType() & NOT_EMBEDDABLE) != 0)) {
                return Optional.empty();
            }
            BitSet covered = new BitSet();
            for (int cp = 0x20; cp <= 0x3FFFF; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return Optional.of(covered);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
