package org.earchive.detect.pronom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.earchive.formats.ZipBombGuard;
import uk.gov.nationalarchives.droid.container.AbstractContainerIdentifier;
import uk.gov.nationalarchives.droid.container.ContainerFileIdentificationRequestFactory;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;
import uk.gov.nationalarchives.droid.container.TriggerPuid;
import uk.gov.nationalarchives.droid.container.ole2.Ole2Identifier;
import uk.gov.nationalarchives.droid.container.ole2.Ole2IdentifierEngine;
import uk.gov.nationalarchives.droid.container.zip.ZipIdentifier;
import uk.gov.nationalarchives.droid.container.zip.ZipIdentifierEngine;
import uk.gov.nationalarchives.droid.core.BinarySignatureIdentifier;
import uk.gov.nationalarchives.droid.core.SignatureParseException;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResult;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResultCollection;
import uk.gov.nationalarchives.droid.core.interfaces.RequestIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.archive.ArchiveFormatResolverImpl;
import uk.gov.nationalarchives.droid.core.interfaces.archive.ContainerIdentifierFactoryImpl;
import uk.gov.nationalarchives.droid.core.interfaces.resource.FileSystemIdentificationRequest;
import uk.gov.nationalarchives.droid.core.interfaces.resource.RequestMetaData;
import uk.gov.nationalarchives.droid.core.signature.FileFormat;
import uk.gov.nationalarchives.droid.core.signature.droid6.FFSignatureFile;
import uk.gov.nationalarchives.droid.core.interfaces.signature.SignatureFileException;

/**
 * Identifies files as DROID does, with DROID's own code and PRONOM's signature files: the binary signatures first
 * (with PRONOM's priorities between formats), then, for a file the binary signatures call a container (ZIP, OOXML,
 * OLE2), the container signatures that look at its members, and only when no signature matches, the extension.
 * Thread-safe: DROID shares one identifier between the threads of a profile in the same way.
 *
 * <p>The signature files are read once per process, when the first file is identified, both at once: reading the
 * container file takes the binary signatures of the formats it identifies better out of the binary file (as in
 * DROID), so a file's identity must not depend on whether a container was met before it.
 */
public final class PronomIdentifier {

    /**
     * DROID's default: the first and last 64 KB of a file are what its signatures are matched against (its
     * "maximum bytes to scan"). It bounds the work on a large file, and is what DROID run with its defaults finds.
     */
    static final long MAX_BYTES_TO_SCAN = 65_536;

    private static final class Shared {
        static final PronomIdentifier INSTANCE = load(SignatureFiles.installed());
    }

    private final SignatureFiles files;
    private final BinarySignatureIdentifier binary;
    private final Map<String, AbstractContainerIdentifier> containersByTrigger;

    private PronomIdentifier(SignatureFiles files, BinarySignatureIdentifier binary) {
        this.files = files;
        this.binary = binary;
        this.containersByTrigger = readContainers();
    }

    /** The identifier of this process, reading this installation's signature files on first use. */
    public static PronomIdentifier shared() {
        return Shared.INSTANCE;
    }

    /** An identifier reading the given signature files. */
    public static PronomIdentifier load(SignatureFiles files) {
        try {
            return new PronomIdentifier(files, readBinary(files.binary()));
        } catch (IOException | SignatureParseException e) {
            throw new IllegalStateException("The PRONOM signature file " + files.binary() + " cannot be read: " + e, e);
        }
    }

    public SignatureFiles files() {
        return files;
    }

    /** The version of the binary signature file ("100"). */
    public String binaryVersion() {
        return binary.getSigFile().getVersion();
    }

    /**
     * What the signatures say the file is, or null when neither a signature nor the extension names a format.
     *
     * @param extensionForFallback the extension DROID's last step, identification by extension, goes by when no
     *                             signature matched (without the dot; normally the file's own)
     */
    public PronomMatch identify(Path file, String extensionForFallback) throws IOException {
        if (Files.exists(Path.of(file.toAbsolutePath().toString()))) {
            return identifyAt(file, extensionForFallback);
        }
        // a name that is not valid in the system's encoding (bytes of another code page): DROID opens files by their
        // name as a string, which no longer finds it; a link with a plain name, made for the moment, does
        Path folder = Files.createTempDirectory("earchive-pronom-");
        try {
            return identifyAt(plainNamedLink(file, folder), extensionForFallback);
        } finally {
            try (java.util.stream.Stream<Path> made = Files.list(folder)) {
                for (Path link : (Iterable<Path>) made::iterator) {
                    Files.deleteIfExists(link);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Path plainNamedLink(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "");
        Path link = folder.resolve(extension.isEmpty() ? "file" : "file." + extension);
        try {
            return Files.createSymbolicLink(link, file.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException noLinks) {
            return Files.copy(file, link);
        }
    }

    private PronomMatch identifyAt(Path file, String extensionForFallback) throws IOException {
        RequestMetaData about = new RequestMetaData(Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                file.toAbsolutePath().toString());
        try (FileSystemIdentificationRequest request = new FileSystemIdentificationRequest(about,
                new RequestIdentifier(file.toAbsolutePath().toUri()))) {
            request.open(file);
            IdentificationResultCollection found = binary.matchBinarySignatures(request);
            AbstractContainerIdentifier container = containerFor(found);
            binary.removeLowerPriorityHits(found);
            if (container != null && mayOpen(container, file)) {
                IdentificationResultCollection members = byContainer(container, request);
                if (members != null) {
                    found = members;
                }
            }
            String extension = extensionForFallback == null ? "" : extensionForFallback.toLowerCase(Locale.ROOT);
            if (found.getResults().isEmpty() && !extension.isEmpty()) {
                found = binary.matchExtensions(byExtension(about, extension), false);
                binary.removeLowerPriorityHits(found);
            }
            return found.getResults().isEmpty() ? null : match(found.getResults(), request.getExtension());
        }
    }

    /**
     * A request that only carries a name ending in the extension to go by: DROID's identification by extension
     * reads nothing but that (it is never opened, so there is nothing to close).
     */
    private static FileSystemIdentificationRequest byExtension(RequestMetaData about, String extension) {
        RequestMetaData named = new RequestMetaData(about.getSize(), about.getTime(), about.getName() + "." + extension);
        return new FileSystemIdentificationRequest(named, new RequestIdentifier(Path.of(named.getName()).toUri()));
    }

    /** PRONOM's identifier of a PDF/A part and conformance ("2u" is fmt/478), from the signature file's formats. */
    public PronomMatch pdfaFormat(String partAndConformance) {
        for (FileFormat format : binary.getSigFile().getFileFormatCollection().getFileFormats()) {
            if (format.getName().contains("PDF/A") && partAndConformance.equalsIgnoreCase(format.getVersion())) {
                return new PronomMatch(format.getPUID(), format.getName(), format.getVersion(), "Signature",
                        List.of(format.getPUID()));
            }
        }
        return null;
    }

    /**
     * Whether the container's members may be read for identification: DROID reads a named member whole, so a ZIP whose
     * directory declares a bomb (a 2 MB file whose document part expands to 2 GB) keeps the binary signatures' answer,
     * as DROID keeps it for a container it cannot read; the converter then refuses the file with a sentence.
     */
    private static boolean mayOpen(AbstractContainerIdentifier container, Path file) {
        if (!(container instanceof ZipIdentifier)) {
            return true; // OLE2 is read by POI from the file itself: no expansion
        }
        try {
            return ZipBombGuard.checkDirectory(file, ZipBombGuard.Limits.DOCUMENT) == null;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * The container signatures' answer, or null when they have none or the container cannot be read (DROID then
     * keeps the binary signatures' answer too).
     */
    private IdentificationResultCollection byContainer(AbstractContainerIdentifier container,
            FileSystemIdentificationRequest request) {
        try {
            IdentificationResultCollection members = container.submit(request);
            List<IdentificationResult> results = members.getResults();
            if (results.isEmpty()) {
                return null;
            }
            FFSignatureFile known = binary.getSigFile();
            boolean someNewer = results.stream().anyMatch(r -> known.getFileFormat(r.getPuid()) == null);
            if (someNewer) {
                // A format the binary file does not know comes from the newer container file, where it refines an
                // older one (ODT 1.3 beside ODT 1.1, Strict XLSX beside XLSX): PRONOM's newer binary files give
                // these precedence, which this binary file cannot say, so the older ones step aside here.
                new ArrayList<>(results).stream().filter(r -> known.getFileFormat(r.getPuid()) != null)
                        .forEach(members::removeResult);
            } else {
                binary.removeLowerPriorityHits(members);
            }
            return members;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private PronomMatch match(List<IdentificationResult> results, String extension) {
        List<String> candidates = new ArrayList<>();
        IdentificationResult first = null;
        for (IdentificationResult result : results) {
            candidates.add(result.getPuid());
            if (first == null && hasExtension(result.getPuid(), extension)) {
                first = result; // the extension breaks the tie where the signatures could not
            }
        }
        if (first == null) {
            first = results.get(0);
        }
        candidates.remove(first.getPuid());
        candidates.add(0, first.getPuid());
        FileFormat format = binary.getSigFile().getFileFormat(first.getPuid());
        String name = format != null ? format.getName() : first.getName();
        String version = format != null ? format.getVersion() : first.getVersion();
        return new PronomMatch(first.getPuid(), name, version, method(first), candidates);
    }

    private boolean hasExtension(String puid, String extension) {
        FileFormat format = binary.getSigFile().getFileFormat(puid);
        return format != null && extension != null && !extension.isEmpty() && format.hasMatchingExtension(extension);
    }

    private static String method(IdentificationResult result) {
        return switch (result.getMethod()) {
            case BINARY_SIGNATURE -> "Signature";
            case CONTAINER -> "Container";
            case EXTENSION -> "Extension";
            default -> String.valueOf(result.getMethod());
        };
    }

    private AbstractContainerIdentifier containerFor(IdentificationResultCollection found) {
        for (IdentificationResult result : found.getResults()) {
            AbstractContainerIdentifier identifier = containersByTrigger.get(result.getPuid());
            if (identifier != null) {
                return identifier;
            }
        }
        return null;
    }

    /** The container identifiers by the PUIDs that trigger them (ZIP and OLE2, as the container file says). */
    private Map<String, AbstractContainerIdentifier> readContainers() {
        ContainerSignatures signatures = new ContainerSignatures(files.container());
        try {
            ContainerSignatureDefinitions definitions = signatures.getDefinitions();
            Map<String, AbstractContainerIdentifier> byType = Map.of(
                    "ZIP", containerIdentifier(new ZipIdentifier(), "ZIP", new ZipIdentifierEngine(), signatures),
                    "OLE2", containerIdentifier(new Ole2Identifier(), "OLE2", new Ole2IdentifierEngine(), signatures));
            Map<String, AbstractContainerIdentifier> byTrigger = new HashMap<>();
            for (TriggerPuid trigger : definitions.getTiggerPuids()) {
                AbstractContainerIdentifier identifier = byType.get(trigger.getContainerType());
                if (identifier != null) {
                    byTrigger.put(trigger.getPuid(), identifier);
                }
            }
            return Map.copyOf(byTrigger);
        } catch (SignatureParseException | SignatureFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private AbstractContainerIdentifier containerIdentifier(AbstractContainerIdentifier identifier, String type,
            uk.gov.nationalarchives.droid.container.AbstractIdentifierEngine engine, ContainerSignatures signatures)
            throws SignatureFileException {
        engine.setRequestFactory(new ContainerFileIdentificationRequestFactory());
        identifier.setContainerType(type);
        identifier.setContainerIdentifierFactory(new ContainerIdentifierFactoryImpl());
        identifier.setContainerFormatResolver(new ArchiveFormatResolverImpl());
        identifier.setDroidCore(binary);
        identifier.setIdentifierEngine(engine);
        identifier.setSignatureReader(signatures);
        identifier.setMaxBytesToScan(MAX_BYTES_TO_SCAN);
        identifier.init();
        return identifier;
    }

    /**
     * DROID reads the binary signature file from a path: a copy without its indentation ({@link UnindentedXml}) is
     * written to a temporary file for that moment and deleted once read (the signatures then live in memory).
     */
    private static BinarySignatureIdentifier readBinary(SignatureFiles.SignatureFile file)
            throws IOException, SignatureParseException {
        BinarySignatureIdentifier identifier = new BinarySignatureIdentifier();
        Path temporary = Files.createTempFile("earchive-pronom-", ".xml");
        try {
            try (InputStream in = file.open()) {
                Files.write(temporary, UnindentedXml.of(in.readAllBytes()));
            }
            identifier.setSignatureFile(temporary.toAbsolutePath().toString());
            identifier.init();
        } finally {
            Files.deleteIfExists(temporary);
        }
        identifier.setMaxBytesToScan(MAX_BYTES_TO_SCAN);
        return identifier;
    }
}
