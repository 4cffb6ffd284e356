package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The certificates a user trusts as roots of signers' chains: every PEM or DER certificate file in one folder
 * (Vietnam's national root CA, the Government CA...). earchive ships none: without a trust store a signature's
 * integrity is still checked, and whether its signer is trusted is "not checked".
 */
public final class TrustStore {

    /** No folder given: chains are not checked. */
    public static final TrustStore NONE = new TrustStore(null, List.of());

    private static final List<String> CERTIFICATE_ENDINGS = List.of(".pem", ".crt", ".cer", ".der");

    private final Path folder;
    private final List<X509Certificate> certificates;

    private TrustStore(Path folder, List<X509Certificate> certificates) {
        this.folder = folder;
        this.certificates = List.copyOf(certificates);
    }

    /**
     * Reads every certificate in the folder (not its subfolders); a PEM file may hold several.
     *
     * @param folder the folder, or null for {@link #NONE}
     * @throws IOException with a sentence for a person when the folder is missing, a file is not a certificate,
     *                     or the folder holds none
     */
    public static TrustStore fromFolder(Path folder) throws IOException {
        if (folder == null) {
            return NONE;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("The trust store " + folder + " is not a folder: give a folder of PEM or DER"
                    + " certificate files.");
        }
        List<X509Certificate> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(TrustStore::looksLikeCertificate)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        CertificateFactory factory = x509();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                // PEM files may hold a bundle; the factory reads PEM and DER alike
                for (var certificate : factory.generateCertificates(in)) {
                    found.add((X509Certificate) certificate);
                }
            } catch (CertificateException e) {
                throw new IOException("The trust store file " + file.getFileName() + " is not a certificate ("
                        + e.getMessage() + ").", e);
            }
        }
        if (found.isEmpty()) {
            throw new IOException("The trust store " + folder + " holds no certificate files (.pem, .crt, .cer, .der).");
        }
        return new TrustStore(folder, found);
    }

    private static boolean looksLikeCertificate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CERTIFICATE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    static CertificateFactory x509() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("this Java has no X.509 support", e);
        }
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    /** The folder it was read from, or null. */
    public Path folder() {
        return folder;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * What the store trusts, whatever its folder and file names: the SHA-256 of its certificates' encodings, sorted.
     * A run's settings fingerprint carries it, so that the same certificates give the same fingerprint on every
     * machine (a Spark executor writes them to a folder of its own).
     */
    public String fingerprint() {
        java.util.TreeSet<String> digests = new java.util.TreeSet<>();
        for (X509Certificate certificate : certificates) {
            try {
                digests.add(org.earchive.core.Fixity.sha256(certificate.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("a certificate read from its encoding has none", e);
            }
        }
        return org.earchive.core.Fixity.sha256(String.join("\n", digests).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Every certificate as a PKIX trust anchor. */
    List<TrustAnchor> anchors() {
        return certificates.stream().map(certificate -> new TrustAnchor(certificate, null)).toList();
    }
}
