package org.earchive.formats.vietnamese;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageWriter;

/**
 * A mailbox file (mbox: messages one after another, each after a "From " line) whose messages may have bodies in a
 * legacy code: each message is converted as an {@code .eml} would be, and the Unicode copy keeps every "From "
 * line and every message that needed nothing byte for byte.
 */
final class LegacyMbox {

    private static final byte[] POSTMARK = "From ".getBytes(StandardCharsets.US_ASCII);

    /** Converts one message in place; whether anything was converted. */
    interface MessageConverter {
        boolean convert(Message message) throws IOException;
    }

    private LegacyMbox() {
    }

    /** Whether the file starts as an mbox does, with a "From " line (a message's own header is "From:"). */
    static boolean looksLikeMbox(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(POSTMARK.length);
            return java.util.Arrays.equals(start, POSTMARK);
        }
    }

    /** Writes the copy when a message was converted; whether one was. */
    static boolean convert(Path mbox, Path copy, MessageConverter converter) throws IOException {
        byte[] bytes = Files.readAllBytes(mbox);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        boolean converted = false;
        int start = 0;
        while (start < bytes.length) {
            int lineEnd = indexOf(bytes, (byte) '\n', start);
            int bodyStart = lineEnd < 0 ? bytes.length : lineEnd + 1;
            int next = nextPostmark(bytes, bodyStart);
            out.write(bytes, start, bodyStart - start); // the "From " line as it was
            byte[] message = java.util.Arrays.copyOfRange(bytes, bodyStart, next);
            Message parsed = LegacyMail.parse(message);
            try {
                if (converter.convert(parsed)) {
                    ByteArrayOutputStream written = new ByteArrayOutputStream();
                    new DefaultMessageWriter().writeMessage(parsed, written);
                    out.write(written.toByteArray());
                    out.write("\n\n".getBytes(StandardCharsets.US_ASCII)); // the blank line before the next "From "
                    converted = true;
                } else {
                    out.write(message);
                }
            } finally {
                parsed.dispose();
            }
            start = next;
        }
        if (converted) {
            Files.write(copy, out.toByteArray());
        }
        return converted;
    }

    /** The start of the next line that begins with "From " at or after {@code from}, or the end. */
    private static int nextPostmark(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if ((i == 0 || bytes[i - 1] == '\n') && startsWith(bytes, i)) {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int at) {
        if (at + POSTMARK.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < POSTMARK.length; i++) {
            if (bytes[at + i] != POSTMARK[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
