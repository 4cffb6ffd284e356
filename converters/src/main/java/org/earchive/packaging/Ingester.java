package org.earchive.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.earchive.core.AtomicFiles;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.metadata.ClerkFileDescriptions;
import org.earchive.pipeline.DocumentResult;
import org.xml.sax.SAXException;

/**
 * The archive's side of a transfer: one received SIP checked, made archival and kept as a TT 05 AIP, with a receipt.
 * <ol>
 * <li>received: the package's SHA-256 taken; a package an earlier run accepted (its receipt and AIPs are there) is
 *     not ingested twice;</li>
 * <li>checked exactly as {@code earchive validate} checks it — every SIZE and SHA-256 its METS files record, every
 *     PDF through veraPDF, the E-ARK and TT 05 rules; a MUST finding refuses it, except a data file that is not
 *     PDF/A, which is what step 3 is for;</li>
 * <li>normalised: each data file that is not PDF/A is converted by the {@link Normaliser} (the library's convert),
 *     the original kept beside its PDF/A as {@code <name>.original.<ext>}, tied to the same description;</li>
 * <li>kept: the TT 05 AIP (AIP_hoso for a SIP_hoso, AIP_tailieu otherwise) written with PREMIS events for the
 *     receipt, the fixity check, the validation, the normalisation and the ingest, the archive as their agent;
 *     built in a hidden folder and renamed into place, never over an AIP already there.</li>
 * </ol>
 * Every outcome is a receipt (JSON, XML, PDF/A in {@code OUT/receipts/}); an exception means the archive's own disk
 * or earchive failed, never the package.
 */
public final class Ingester {

    /**
     * @param archiveName     the receiving archive, written in receipts and as the agent of the PREMIS events
     * @param archiveCode     its code, or null
     * @param at              the instant the packages' dates take (SOURCE_DATE_EPOCH), or null for now
     * @param softwareName    "earchive"
     * @param softwareVersion its version
     */
    public record Settings(String archiveName, String archiveCode, Instant at, String softwareName, String softwareVersion) {
        public Settings {
            archiveCode = archiveCode == null ? "" : archiveCode.strip();
        }
    }

    /** Rules whose finding means a file is not what the METS recorded: the fixity check's part of validation. */
    private static final Set<String> FIXITY_RULES = Set.of("CSIP27", "CSIP29", "CSIP41", "CSIP43", "CSIP54", "CSIP56",
            "CSIP69", "CSIP71", "CHECKSUM-UNVERIFIED");
    private static final String WORK_PREFIX = ".ingest-";

    private final Path out;
    private final Settings settings;
    private final Normaliser normaliser;
    private final ReceiptFiles receipts;

    public Ingester(Path out, Settings settings, Normaliser normaliser) {
        this.out = out.toAbsolutePath().normalize();
        this.settings = settings;
        this.normaliser = normaliser;
        this.receipts = new ReceiptFiles(this.out);
    }

    /**
     * Removes what a run killed mid-package left: its scratch folders ({@code .ingest-*}) and receipts cut short
     * while being written. Call it only while holding the AIP folder's lock: a live run's scratch looks the same.
     */
    public void removeLeftovers() throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (var entries = Files.list(out)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX)).toList()) {
                StagedDirectory.deleteTree(entry);
            }
        }
        receipts.removeUnfinished();
    }

    /** The receipts of one package: {@code OUT/receipts/<key>.json}, {@code .xml}, {@code .pdf}. */
    public List<Path> receiptFiles(IngestReceipt receipt) {
        String key = key(receipt.sip(), receipt.sipSha256());
        return List.of(receipts.json(key), receipts.xml(key), receipts.pdf(key));
    }

    /**
     * Ingests one package (a folder or a ZIP).
     *
     * @throws IOException when the AIP folder cannot be written, or the package cannot be read at all
     */
    public IngestReceipt ingest(Path sip) throws IOException {
        Path given = sip.toAbsolutePath().normalize();
        if (!Files.exists(given)) {
            throw new java.nio.file.NoSuchFileException(given.toString(), null, "no such package");
        }
        Received received = Received.of(given);
        String key = key(received.name(), received.sha256());
        IngestReceipt previous = receipts.previous(key);
        if (previous != null && previous.accepted() && previous.aips().stream()
                .allMatch(aip -> Files.isDirectory(out.resolve(aip.objectId())))) {
            return previous.again();
        }
        Instant now = settings.at() != null ? settings.at() : Instant.now();
        String receivedAt = MetsParts.timestamp(now);
        PackageVerdict verdict = new PackageValidator().validate(given);
        Set<String> notPdfa = notPdfaDataFiles(verdict);
        List<String> reasons = new ArrayList<>();
        for (PackageProblem problem : verdict.problems()) {
            if (problem.refuses() && !notPdfa.contains(problem.file())) {
                reasons.add((problem.file().isEmpty() ? "" : problem.file() + ": ") + problem.message() + " (" + problem.rule() + ")");
            }
        }
        PackageProfile profile = sipProfile(verdict.type());
        if (profile == null && reasons.isEmpty()) {
            reasons.add("earchive ingests an E-ARK SIP or a TT 05 SIP_hoso or SIP_tailieu; " + received.name() + " is a "
                    + verdict.kindName() + ".");
        }
        Base base = new Base(received, receivedAt, verdict);
        if (!reasons.isEmpty()) {
            return finish(key, base.refused("", reasons, checkedLines(verdict)));
        }
        Files.createDirectories(out);
        Path work = Files.createDirectory(out.resolve(WORK_PREFIX + UUID.randomUUID()));
        try (PackageRoot root = PackageRoot.open(given)) {
            ReceivedContent content = ReceivedContent.read(root.path(), profile);
            Staging staging = new Staging(root.path(), work, verdict, notPdfa);
            for (ReceivedContent.Document document : content.documents()) {
                String refusal = staging.add(document);
                if (refusal != null) {
                    return finish(key, base.refused(content.objectId(), List.of(refusal), staging.lines()));
                }
            }
            IngestEvents events = events(received, verdict, content, staging, receivedAt, profile);
            PackageProfile aipProfile = profile.isHoso() ? PackageProfile.TT05_AIP_HOSO : PackageProfile.TT05_AIP_TAILIEU;
            Tt05Packages packages = new Tt05Packages(aipProfile, new SipOptions(settings.archiveName(), now,
                    settings.softwareName(), settings.softwareVersion()), events);
            List<Hoso> plan;
            try {
                plan = packages.plan(staging.documents(), ClerkFileDescriptions.of(content.hoso()));
            } catch (PackageInputException e) {
                return finish(key, base.refused(content.objectId(), List.of(e.getMessage() + "."), staging.lines()));
            }
            Path built = Files.createDirectory(work.resolve("aips"));
            List<Tt05Packager.Written> written = packages.write(new ConvertedFolder(staging.folder(), List.of()), plan,
                    built, null, false);
            List<IngestReceipt.Aip> aips = new ArrayList<>();
            for (Tt05Packager.Written aip : written) {
                place(built.resolve(aip.objectId()), out.resolve(aip.objectId()));
                aips.add(new IngestReceipt.Aip(aip.objectId(), aipProfile.id(), aip.fileCode() == null ? "" : aip.fileCode(),
                        aip.documents(), aip.review()));
            }
            return finish(key, base.accepted(content, aips, staging.lines()));
        } catch (SAXException e) {
            throw new IllegalStateException("an XML file earchive wrote for the AIP does not validate (a bug: please"
                    + " report it): " + e.getMessage(), e);
        } finally {
            StagedDirectory.deleteTree(work);
        }
    }

    /** A package's receipt name: its own name, made safe for any file system, and the start of its SHA-256. */
    static String key(String sipName, String sha256) {
        String stem = sipName.replaceFirst("(?i)\\.zip$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        stem = stem.length() > 80 ? stem.substring(0, 80) : stem;
        return stem + "-" + sha256.substring(0, 12);
    }

    /** Writes the receipt's three files, JSON last: a later run trusts a package ingested only once its JSON is there. */
    private IngestReceipt finish(String key, IngestReceipt receipt) throws IOException {
        receipts.writeXml(key, receipt);
        Path work = Files.createDirectories(out.resolve(WORK_PREFIX + "receipt-" + UUID.randomUUID()));
        try {
            Path html = work.resolve(key + ".html");
            Files.write(html, ReceiptFiles.html(receipt));
            List<DocumentResult> results = normaliser.convert(html, work.resolve("pdf"));
            DocumentResult result = results.isEmpty() ? null : results.get(0);
            if (result == null || result.status() != DocumentStatus.CONVERTED) {
                throw new IOException("the receipt's PDF/A could not be made: "
                        + (result == null ? "no result" : result.message()));
            }
            AtomicFiles.place(work.resolve("pdf").resolve(pdfOf(result)), receipts.pdf(key));
        } finally {
            StagedDirectory.deleteTree(work);
        }
        receipts.writeJson(key, receipt);
        return receipt;
    }

    private static String pdfOf(DocumentResult result) {
        return result.outputs().stream().filter(o -> o.toLowerCase(Locale.ROOT).endsWith(".pdf")).findFirst()
                .orElseThrow(() -> new IllegalStateException("a converted document without a PDF"));
    }

    /** An AIP already there has this very content (its OBJID derives from it): it is kept, not replaced. */
    private static void place(Path built, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, target);
        }
    }

    /** Data files veraPDF found not to be PDF/A: normalised, not refused. */
    private static Set<String> notPdfaDataFiles(PackageVerdict verdict) {
        Set<String> files = new HashSet<>();
        for (PackageProblem problem : verdict.problems()) {
            if ("PDFA".equals(problem.rule()) && problem.file().matches("representations/[^/]+/data/.+")) {
                files.add(problem.file());
            }
        }
        return files;
    }

    private static PackageProfile sipProfile(String type) {
        for (PackageProfile profile : List.of(PackageProfile.EARK_SIP, PackageProfile.TT05_SIP_HOSO,
                PackageProfile.TT05_SIP_TAILIEU)) {
            if (profile.id().equals(type)) {
                return profile;
            }
        }
        return null;
    }

    /** The data files validation checked, for a refused package's receipt: each refused or checked. */
    private static List<IngestReceipt.Line> checkedLines(PackageVerdict verdict) {
        Map<String, IngestReceipt.Line> lines = new LinkedHashMap<>();
        for (CheckedFile file : verdict.files()) {
            if (file.check().startsWith("veraPDF")) {
                lines.put(file.file(), new IngestReceipt.Line(file.file(), "", "checked",
                        file.passed() ? file.check() + ": compliant." : file.detail()));
            }
        }
        for (PackageProblem problem : verdict.problems()) {
            if (problem.refuses() && problem.file().matches("representations/[^/]+/data/.+")) {
                lines.put(problem.file(), new IngestReceipt.Line(problem.file(), "", "refused",
                        problem.message() + " (" + problem.rule() + ")"));
            }
        }
        return List.copyOf(lines.values());
    }

    private IngestEvents events(Received received, PackageVerdict verdict, ReceivedContent content, Staging staging,
                                String at, PackageProfile profile) {
        List<IngestEvents.Event> events = new ArrayList<>();
        events.add(new IngestEvents.Event("transfer", at, "Package " + received.name() + " (" + verdict.kindName()
                + ", OBJID " + content.objectId() + ", SHA-256 " + received.sha256() + ") received"
                + (content.submitter().isEmpty() ? "" : " from " + content.submitter()) + ".", "success", ""));
        long unverified = verdict.problems().stream().filter(p -> "CHECKSUM-UNVERIFIED".equals(p.rule())).count();
        events.add(new IngestEvents.Event("fixity check", at, "Every SIZE and checksum the package's METS files record"
                + " compared with its files.", "success", unverified == 0 ? "All match."
                : "All computable checksums match; " + unverified + " of a type earchive cannot compute were not verified."));
        List<String> should = verdict.problems().stream().filter(p -> !p.refuses()).map(PackageProblem::rule).distinct().toList();
        events.add(new IngestEvents.Event("validation", at, "Checked as 'earchive validate' checks a package: the E-ARK"
                + " CSIP/SIP and TT 05 rules, veraPDF on every PDF, PREMIS 3 schema.", "success",
                "No MUST finding" + (staging.normalised().isEmpty() ? "" : " other than " + staging.normalised().size()
                        + " data file(s) not PDF/A") + (should.isEmpty() ? "." : "; SHOULD: " + String.join(", ", should) + ".")));
        if (!staging.normalised().isEmpty()) {
            events.add(new IngestEvents.Event("normalization", at, "Data files that were not PDF/A converted to PDF/A by "
                    + settings.softwareName() + "; each original kept beside its PDF/A as <name>.original.<ext>.",
                    "success", String.join("; ", staging.normalised()) + "."));
        }
        events.add(new IngestEvents.Event("ingestion", at, "Accepted into the holdings of " + settings.archiveName()
                + " as a TT 05 " + (profile.isHoso() ? "AIP_hoso" : "AIP_tailieu") + ".", "success", ""));
        return new IngestEvents(settings.archiveName(), settings.archiveCode(), events);
    }

    /** What every receipt of one package says about it. */
    private final class Base {
        private final Received received;
        private final String at;
        private final PackageVerdict verdict;

        Base(Received received, String at, PackageVerdict verdict) {
            this.received = received;
            this.at = at;
            this.verdict = verdict;
        }

        IngestReceipt refused(String objectId, List<String> reasons, List<IngestReceipt.Line> lines) {
            return new IngestReceipt(received.name(), received.sha256(), received.bytes(), at, settings.archiveName(),
                    settings.archiveCode(), "", objectId, verdict.kindName(), IngestReceipt.Outcome.REFUSED, reasons,
                    List.of(), lines, verdict.problems());
        }

        IngestReceipt accepted(ReceivedContent content, List<IngestReceipt.Aip> aips, List<IngestReceipt.Line> lines) {
            return new IngestReceipt(received.name(), received.sha256(), received.bytes(), at, settings.archiveName(),
                    settings.archiveCode(), content.submitter(), content.objectId(), verdict.kindName(),
                    IngestReceipt.Outcome.ACCEPTED, List.of(), aips, lines, verdict.problems());
        }
    }

    /** The package as received: its name, size and SHA-256. */
    private record Received(String name, long bytes, String sha256) {

        /** A ZIP's own SHA-256; a folder's over its files' relative names and SHA-256s, in name order. */
        static Received of(Path given) throws IOException {
            String name = given.getFileName().toString();
            if (Files.isRegularFile(given)) {
                return new Received(name, Files.size(given), Fixity.sha256(given));
            }
            StringBuilder listing = new StringBuilder();
            long bytes = 0;
            try (Stream<Path> walk = Files.walk(given)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    listing.append(org.earchive.core.SlashedPaths.of(given.relativize(file))).append('\t')
                            .append(Fixity.sha256(file)).append('\n');
                    bytes += Files.size(file);
                }
            }
            return new Received(name, bytes, Fixity.sha256(listing.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The received package's root folder: the folder itself, or a ZIP's one top folder read in place. */
    private record PackageRoot(Path path, ZipPackage zip) implements AutoCloseable {

        static PackageRoot open(Path given) throws IOException {
            if (!ZipPackage.isZip(given)) {
                return new PackageRoot(given, null);
            }
            ZipPackage zip = ZipPackage.open(given, org.earchive.formats.ZipBombGuard.Limits.PACKAGE, new Findings());
            if (zip == null) {
                throw new IOException(given + " passed validation but could not be opened again");
            }
            return new PackageRoot(zip.root(), zip);
        }

        @Override
        public void close() throws IOException {
            if (zip != null) {
                zip.close();
            }
        }
    }

    /**
     * The AIP's documents gathered in a local folder laid out as a convert output ({@code x.pdf}, {@code x.xml},
     * {@code x.premis.xml}), the non-archival ones normalised on the way.
     */
    private final class Staging {
        private final Path packageRoot;
        private final Path work;
        private final Path folder;
        private final PackageVerdict verdict;
        private final Set<String> notPdfa;
        private final List<Tt05Document> documents = new ArrayList<>();
        private final List<IngestReceipt.Line> lines = new ArrayList<>();
        private final List<String> normalised = new ArrayList<>();

        Staging(Path packageRoot, Path work, PackageVerdict verdict, Set<String> notPdfa) throws IOException {
            this.packageRoot = packageRoot;
            this.work = work;
            this.folder = Files.createDirectory(work.resolve("documents"));
            this.verdict = verdict;
            this.notPdfa = notPdfa;
        }

        /** Adds one document; returns why the package is refused because of it, or null. */
        String add(ReceivedContent.Document document) throws IOException {
            String shown = relative(document.data());
            String name = document.name();
            String sha256 = Fixity.sha256(document.data());
            String pdf = name + ".pdf";
            String description = document.description() == null ? null : name + ".xml";
            String premis = document.premis() == null ? null : name + ".premis.xml";
            String original = null;
            if (document.description() != null) {
                copy(document.description(), description);
            }
            if (document.premis() != null) {
                copy(document.premis(), premis);
            }
            String signed = document.signedOriginal() == null ? null : name + Tt05Document.SIGNED_ORIGINAL;
            if (signed != null) {
                copy(document.signedOriginal(), signed);
            }
            if (document.extension().equals("pdf") && !notPdfa.contains(shown)) {
                copy(document.data(), pdf);
                lines.add(new IngestReceipt.Line(shown, sha256, "accepted", checkOf(shown)
                        + ": compliant; SIZE and SHA-256 as the METS records."));
            } else {
                Path local = work.resolve("originals").resolve(document.data().getFileName().toString());
                Files.createDirectories(local.getParent());
                Files.copy(document.data(), local, StandardCopyOption.REPLACE_EXISTING);
                Path into = work.resolve("normalised-" + documents.size());
                List<DocumentResult> results = normaliser.convert(local, into);
                DocumentResult result = results.isEmpty() ? null : results.get(0);
                if (result == null || result.status() != DocumentStatus.CONVERTED) {
                    String why = result == null ? "nothing was written" : result.status().id() + ": " + result.message();
                    lines.add(new IngestReceipt.Line(shown, sha256, "refused", "Not PDF/A, and it could not be made"
                            + " PDF/A (" + why + ")."));
                    return shown + " is not PDF/A and could not be made PDF/A (" + why + "); the package is refused"
                            + " rather than kept with a document that is not archival.";
                }
                Files.createDirectories(folder.resolve(pdf).getParent());
                Files.move(into.resolve(pdfOf(result)), folder.resolve(pdf));
                for (String output : result.outputs()) {
                    String lower = output.toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".premis.xml")) {
                        premis = name + ".premis.xml";
                        Files.move(into.resolve(output), folder.resolve(premis), StandardCopyOption.REPLACE_EXISTING);
                    } else if (lower.endsWith(".xml") && description == null) {
                        description = name + ".xml";
                        Files.move(into.resolve(output), folder.resolve(description));
                    }
                }
                original = name + Tt05Document.ORIGINAL + (document.extension().isEmpty() ? "bin" : document.extension());
                copy(document.data(), original);
                normalised.add(shown + " to " + result.pdfaLevel());
                lines.add(new IngestReceipt.Line(shown, sha256, "normalised", "Converted to " + result.pdfaLevel()
                        + " (" + result.message() + "); the original is kept beside it."));
            }
            if (description == null) {
                return shown + " has no TT 05 description (EAD_doc) in the package.";
            }
            try {
                documents.add(Tt05Document.described(folder, name, pdf, description, premis, signed, original));
            } catch (PackageInputException e) {
                return e.getMessage() + ".";
            }
            return null;
        }

        private String checkOf(String file) {
            return verdict.files().stream().filter(f -> f.file().equals(file)).map(CheckedFile::check).findFirst()
                    .orElse("veraPDF");
        }

        private void copy(Path from, String to) throws IOException {
            Path target = folder.resolve(to);
            Files.createDirectories(target.getParent());
            Files.copy(from, target);
        }

        private String relative(Path file) {
            return org.earchive.core.SlashedPaths.of(packageRoot.relativize(file));
        }

        Path folder() {
            return folder;
        }

        List<Tt05Document> documents() {
            return documents;
        }

        List<IngestReceipt.Line> lines() {
            return List.copyOf(lines);
        }

        List<String> normalised() {
            return normalised;
        }
    }
}
