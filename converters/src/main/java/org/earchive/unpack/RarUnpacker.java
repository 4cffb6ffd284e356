package org.earchive.unpack;

import org.earchive.core.Folders;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;

/**
 * A RAR archive, through a free program that reads RAR when one is installed: {@code unar} (The Unarchiver; Debian
 * package {@code unar}) or 7-Zip ({@code 7z}/{@code 7zz}; packages {@code 7zip} or {@code p7zip-full}). RAR's
 * own library is not open source, and no open Java reader handles RAR 5, so earchive does not read RAR itself.
 * The program unpacks into a scratch folder of its own; earchive then takes each file from there through the same
 * limits and safe names as any archive's members. The program writes before those limits apply, so what it may
 * write is bounded by the free space of the output disk and the document's time limit.
 */
final class RarUnpacker implements Unpacker {

    static final String WHAT = "RAR archive";
    private static final List<String> PROGRAMS = List.of("unar", "7z", "7zz", "7za");

    /** The folders searched for the program, as the PATH variable lists them. */
    private final String searchPath;

    /** Searching the PATH of earchive's environment. */
    RarUnpacker() {
        this(System.getenv("PATH"));
    }

    /** Searching {@code searchPath} (a PATH value): the machine without unar or 7-Zip, for its sentence's test. */
    RarUnpacker(String searchPath) {
        this.searchPath = searchPath;
    }

    /** The program that will read RAR archives, found on PATH, or null. */
    static Path program() {
        return program(System.getenv("PATH"));
    }

    private static Path program(String path) {
        if (path == null) {
            return null;
        }
        for (String name : PROGRAMS) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    @Override
    public Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        Path program = program(searchPath);
        if (program == null) {
            throw new ConversionException(DocumentStatus.UNSUPPORTED, "earchive opens RAR archives through the free"
                    + " program unar or 7-Zip, and neither is installed on this computer: install the package 'unar'"
                    + " (or '7zip') and convert it again; 'earchive doctor' says which one it finds.");
        }
        Path unpacked = into.resolveSibling("rar-" + UUID.randomUUID());
        Files.createDirectories(unpacked);
        try {
            run(program, container, unpacked, password);
            MemberWriter writer = new MemberWriter(into, budget, WHAT);
            long size = Files.size(container);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(unpacked)) {
                files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path file : files) {
                if (!writer.nextMember()) {
                    break;
                }
                String name = unpacked.relativize(file).toString().replace(File.separatorChar, '/');
                try (InputStream in = Files.newInputStream(file)) {
                    writer.write(name, in, -1, -1, size);
                }
                Files.delete(file); // the scratch holds each member once
            }
            return writer.result();
        } finally {
            Folders.delete(unpacked);
        }
    }

    private static void run(Path program, Path container, Path folder, String password)
            throws ConversionException, IOException {
        boolean unar = program.getFileName().toString().equals("unar");
        String pw = password == null ? "" : password;
        List<String> command = new ArrayList<>(List.of(program.toString()));
        if (unar) {
            command.addAll(List.of("-quiet", "-force-overwrite", "-no-directory", "-output-directory", folder.toString()));
            if (!pw.isEmpty()) {
                command.addAll(List.of("-password", pw));
            }
            command.add(container.toString());
        } else {
            // -p with nothing after it is an empty password: 7-Zip never stops to ask for one
            command.addAll(List.of("x", "-y", "-bd", "-o" + folder, "-p" + pw, container.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start();
        byte[] said;
        try (InputStream out = process.getInputStream()) {
            said = out.readNBytes(64 * 1024);
            out.transferTo(java.io.OutputStream.nullOutputStream());
        }
        try {
            if (!process.waitFor(1, TimeUnit.HOURS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + program.getFileName() + " unpacked the archive", e);
        }
        if (process.exitValue() != 0) {
            String text = new String(said, StandardCharsets.UTF_8).strip();
            if (text.toLowerCase(Locale.ROOT).contains("password")) {
                throw new ConversionException(DocumentStatus.ENCRYPTED, pw.isEmpty()
                        ? "The RAR archive is protected by a password: give it with --password to unpack it."
                        : "The RAR archive is protected by a password, and the one given (--password) does not open it.");
            }
            throw new ConversionException(DocumentStatus.CORRUPT, "The RAR archive could not be unpacked ("
                    + program.getFileName() + ": " + lastLine(text) + ").");
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        return lines.length == 0 ? "no message" : lines[lines.length - 1];
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

}
