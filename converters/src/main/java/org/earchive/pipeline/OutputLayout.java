package org.earchive.pipeline;

import org.earchive.core.SlashedPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.earchive.core.Fixity;

/**
 * Where each document's outputs go: the input tree mirrored under the output folder, {@code a/x.txt} to
 * {@code a/x.pdf}. Names are kept in Unicode NFC. When two inputs would map to one name ({@code x.txt} and
 * {@code x.html}), every one of them keeps its extension in the name ({@code x.txt.pdf}, {@code x.html.pdf}),
 * so no output depends on which file happened to be seen first. Skipped entries get no name.
 *
 * <p>An e-mail's attachments go into a folder named after the message's outputs, {@code mail/thu.attachments/}
 * for {@code mail/thu.pdf}. Inputs only ever give the output folder files ending in {@code .pdf} or {@code .xml}
 * and the folders they were found in, so the attachments' folder can only meet an input folder of that name; it
 * then carries a hash of the message's name as well ({@code thu.attachments~1a2b3c4d}). Within it, the
 * attachments are laid out by a layout of their own ({@link #forParts}), by the same rules as inputs. A container's
 * members go the same way into {@link #containerFolder}, {@code hoso-2019.zip.d/}, keeping their folders.
 */
public final class OutputLayout {

    /** The folder under the output where earchive keeps its reports and scratch files. */
    public static final String STATE_FOLDER = ".earchive";
    public static final String NOT_COMPLIANT_SUFFIX = ".NOT-COMPLIANT.pdf";

    private final Path outputRoot;
    private final Map<Path, Path> stems = new HashMap<>();
    /** Every folder an input was found in, as {@link #key} gives it: attachment folders must not be one of them. */
    private final java.util.Set<String> inputFolders = new java.util.HashSet<>();
    /** How many inputs have each name (in NFC, any letter case): a container's folder is named after its whole name. */
    private final Map<String, Integer> nameUses = new HashMap<>();

    public OutputLayout(Path outputRoot, List<SourceDocument> documents) {
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
        List<SourceDocument> converted = documents.stream().filter(d -> !d.isSkipped()).toList();
        for (SourceDocument document : documents) {
            for (Path folder = nfc(document.relative()).getParent(); folder != null; folder = folder.getParent()) {
                inputFolders.add(key(folder));
            }
        }
        for (SourceDocument document : converted) {
            nameUses.merge(key(nfc(document.relative())), 1, Integer::sum);
        }
        Map<String, Integer> uses = new HashMap<>();
        for (SourceDocument document : converted) {
            uses.merge(key(plainStem(document.relative())), 1, Integer::sum);
        }
        Map<Path, Path> withExtension = new HashMap<>();
        Map<String, Integer> stillShared = new HashMap<>();
        for (SourceDocument document : converted) {
            Path plain = plainStem(document.relative());
            Path stem = uses.get(key(plain)) > 1 || endsLikeAnOutput(plain) ? nfc(document.relative()) : plain;
            withExtension.put(document.relative(), stem);
            stillShared.merge(key(stem), 1, Integer::sum);
        }
        // Names that differ only in Unicode normalisation (a Mac's decomposed "quyết" beside a composed one) or
        // in letter case still meet after that; each then also carries a short hash of its own original name,
        // which depends on nothing else in the batch and so stays the same from run to run.
        for (Map.Entry<Path, Path> entry : withExtension.entrySet()) {
            Path stem = entry.getValue();
            stems.put(entry.getKey(), withinNameLimit(stillShared.get(key(stem)) > 1
                    ? stem.resolveSibling(stem.getFileName() + "~" + nameHash(entry.getKey())) : stem, entry.getKey()));
        }
    }

    /** What a file name may hold on Linux, macOS and Windows file systems alike, in UTF-8 bytes. */
    private static final int NAME_BYTES = 255;
    /** Room for the longest ending earchive adds to a stem ({@code .signed-original.pdf}, 20 bytes) and to spare. */
    private static final int ENDING_ROOM = 32;

    /**
     * A stem short enough for every output named after it: an input name near the 255-byte limit would otherwise
     * make {@code NAME.premis.xml} impossible to create. It is cut at a character boundary and given a short hash of
     * the whole original name, so two long names that begin alike still differ, the same way on every run.
     */
    private static Path withinNameLimit(Path stem, Path original) {
        String name = stem.getFileName().toString();
        if (name.getBytes(StandardCharsets.UTF_8).length + ENDING_ROOM <= NAME_BYTES) {
            return stem;
        }
        int budget = NAME_BYTES - ENDING_ROOM - 9; // "~" and 8 hex digits
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return stem.resolveSibling(cut + "~" + nameHash(original));
    }

    /**
     * Removes the files these results wrote (a document given up, or one whose outputs cannot be recorded): nothing
     * names them afterwards, so a file that cannot be removed is neither trusted nor kept by the next run.
     */
    void removeOutputs(List<DocumentResult> results) {
        for (String output : results.stream().flatMap(r -> r.outputs().stream()).toList()) {
            try {
                java.nio.file.Files.deleteIfExists(outputRoot().resolve(output));
            } catch (java.io.IOException e) {
                // see above: unnamed, so harmless
            }
        }
    }

    public Path outputRoot() {
        return outputRoot;
    }

    public Path stateFolder() {
        return outputRoot.resolve(STATE_FOLDER);
    }

    /** The PDF/A for a document that validated. */
    public Path pdf(SourceDocument document) {
        return withSuffix(document, ".pdf");
    }

    /** Where a PDF that failed validation is kept, marked so nobody takes it for PDF/A. */
    public Path notCompliantPdf(SourceDocument document) {
        return withSuffix(document, NOT_COMPLIANT_SUFFIX);
    }

    /** Where a signed source PDF is kept when its PDF/A could not keep the signature. */
    public Path signedOriginal(SourceDocument document) {
        return withSuffix(document, ".signed-original.pdf");
    }

    /** The folder, relative to the output folder, that a message's attachments are converted into. */
    public Path attachmentFolder(SourceDocument message) {
        Path stem = stems.get(message.relative());
        Path folder = stem.resolveSibling(stem.getFileName() + ".attachments");
        for (int attempt = 0; inputFolders.contains(key(folder)); attempt++) {
            String seed = message.relative().toString() + (attempt == 0 ? "" : "#" + attempt);
            folder = stem.resolveSibling(stem.getFileName() + ".attachments~" + nameHash(Path.of(seed)));
        }
        return folder;
    }

    /**
     * The folder, relative to the output folder, that a container's members are converted into: its whole name
     * and {@code .d}, {@code hoso-2019.zip.d} for {@code hoso-2019.zip}, since a container has no PDF of its own to
     * be named after. Only an input folder of that name, or another input whose name differs only in letter case or
     * normalisation, could meet it; it then carries a hash of the container's name ({@code hoso-2019.zip.d~1a2b3c4d}).
     */
    public Path containerFolder(SourceDocument container) {
        Path name = withinNameLimit(nfc(container.relative()), container.relative());
        Path folder = name.resolveSibling(name.getFileName() + ".d");
        boolean shared = nameUses.getOrDefault(key(name), 0) > 1;
        for (int attempt = 0; shared || inputFolders.contains(key(folder)); attempt++) {
            String seed = container.relative().toString() + (attempt == 0 ? "" : "#" + attempt);
            folder = name.resolveSibling(name.getFileName() + ".d~" + nameHash(Path.of(seed)));
            shared = false;
        }
        return folder;
    }

    /**
     * The PREMIS record of a container, beside its members' folder: {@code hoso-2019.zip.premis.xml} for
     * {@code hoso-2019.zip.d/} (with the folder's hash when it has one).
     */
    public Path containerRecord(SourceDocument container) {
        Path folder = containerFolder(container);
        String name = folder.getFileName().toString().replaceFirst("\\.d(~[0-9a-f]+)?$", "$1");
        return outputRoot.resolve(folder.resolveSibling(name + ".premis.xml").toString());
    }

    /** The layout of a message's attachments, whose relative paths lie in its {@link #attachmentFolder}. */
    OutputLayout forParts(List<SourceDocument> parts) {
        return new OutputLayout(outputRoot, parts);
    }

    private Path withSuffix(SourceDocument document, String suffix) {
        Path stem = stems.get(document.relative());
        Path relative = stem.resolveSibling(stem.getFileName() + suffix);
        return outputRoot.resolve(relative.toString());
    }

    private static String nameHash(Path relative) {
        return Fixity.sha256(SlashedPaths.of(relative).getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** The endings earchive puts after a stem besides {@code .pdf} and {@code .xml}, in lower case. */
    private static final List<String> OUTPUT_ENDINGS = List.of(".premis", ".not-compliant", ".signed-original");

    /**
     * Whether a stem ends as another document's outputs do: {@code a.premis.txt} would write its description as
     * {@code a.premis.xml}, which is {@code a.txt}'s PREMIS record, and which packaging takes for a PREMIS record
     * whatever its neighbours. Such an input keeps its extension ({@code a.premis.txt.xml}), by its own name alone,
     * so the rule does not depend on what else the batch holds.
     */
    private static boolean endsLikeAnOutput(Path stem) {
        String name = stem.getFileName().toString().toLowerCase(Locale.ROOT);
        return OUTPUT_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static Path plainStem(Path relative) {
        Path nfc = nfc(relative);
        String name = nfc.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? nfc.resolveSibling(name.substring(0, dot)) : nfc;
    }

    private static Path nfc(Path relative) {
        return Path.of(Normalizer.normalize(relative.toString(), Normalizer.Form.NFC));
    }

    /** Case-insensitive, since the output may live on a file system that is. */
    private static String key(Path stem) {
        return stem.toString().toLowerCase(Locale.ROOT);
    }
}
