package org.earchive.formats;

import java.util.List;

/**
 * A text file's content as Unicode NFC.
 *
 * @param text       the characters, line ends as {@code \n}, no byte-order mark
 * @param encoding   the encoding it was read in, e.g. "UTF-8", "windows-1258"
 * @param how        how the encoding was established: "byte-order mark", "valid UTF-8", a detector's confidence
 * @param warnings   sentences about anything changed or uncertain
 */
public record DecodedText(String text, String encoding, String how, List<String> warnings) {
}
