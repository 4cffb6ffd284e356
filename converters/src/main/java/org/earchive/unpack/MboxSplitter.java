package org.earchive.unpack;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.core.ConversionException;

/**
 * A mailbox in mbox format (Thunderbird, mutt, a Gmail or Google Takeout export, a server's spool), split into
 * its messages, each written as {@code message-N.eml} (N its position, from 1) and converted as an e-mail with its
 * attachments. A message starts at a line beginning {@code "From "} at the start of the file or after an empty
 * line (RFC 4155); that separator line is not part of the message. Body lines the mailbox escaped as
 * {@code ">From "} lose one {@code '>'} (mboxrd), as the writer added it. A file that holds one message with an
 * mbox separator above it (some exports name it {@code .eml}) is a mailbox of one.
 */
final class MboxSplitter implements Unpacker {

    static final String WHAT = "mailbox";
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException {
        MemberWriter writer = new MemberWriter(into, budget, WHAT);
        long size = Files.size(container);
        // each message is gathered in one scratch file (memory stays one line), then written as a member
        Path gathering = Files.createTempFile(into.getParent(), "mbox-", ".eml");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(container))) {
            OutputStream message = null;
            byte[] heldBlank = null; // the blank line before a separator belongs to the mailbox, not the message
            boolean previousBlank = true;
            for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                if (previousBlank && startsWith(line, FROM)) {
                    if (message != null) {
                        message.close();
                        if (!write(writer, gathering, size)) {
                            return writer.result();
                        }
                    }
                    message = Files.newOutputStream(gathering);
                    heldBlank = null;
                } else if (message != null) {
                    if (heldBlank != null) {
                        message.write(heldBlank);
                        heldBlank = null;
                    }
                    if (isBlank(line)) {
                        heldBlank = line;
                    } else {
                        message.write(unescaped(line));
                    }
                }
                previousBlank = isBlank(line);
            }
            if (message != null) {
                message.close();
                write(writer, gathering, size);
            }
        } finally {
            Files.deleteIfExists(gathering);
        }
        return writer.result();
    }

    /** @return false when the mailbox stops here (a limit reached) */
    private static boolean write(MemberWriter writer, Path gathered, long size) throws IOException {
        if (!writer.nextMember()) {
            return false;
        }
        try (InputStream message = Files.newInputStream(gathered)) {
            return writer.write("message-" + writer.position() + ".eml", message, -1, -1, size)
                    != MemberWriter.Outcome.CUT;
        }
    }

    /** One line with its line ending, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 && b < 0 ? null : line.toByteArray();
    }

    private static byte[] unescaped(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        if (i > 0 && startsWith(java.util.Arrays.copyOfRange(line, i, line.length), FROM)) {
            return java.util.Arrays.copyOfRange(line, 1, line.length);
        }
        return line;
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
