package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.metadata.FieldValue.Origin;
import org.earchive.metadata.MetadataExtractor.Line;

/**
 * The foot of an NĐ 30 document, read from its last lines: the signature block (quyền hạn "KT. CHỦ TỊCH", chức
 * vụ, họ tên người ký) and nơi nhận. Only lines below the header (number, date and type lines) are looked at.
 */
final class SignatureBlock {

    /** The signature block and recipients lie within the last lines. */
    private static final int FOOTER_LINES = 70;
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:KT|TM|TL|TUQ|Q|T\\s?/\\s?M|K\\s?/\\s?T|T\\s?/\\s?L|T\\.M|T\\.L)\\s?[.:/]?\\s+\\S");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    /** Lines between a signer's title and name that are not part of either. */
    private static final List<String> SIGNATURE_PLACEHOLDERS = List.of("da ky", "ky ten", "dong dau", "chu ky",
            "ky, ghi", "signed", "con dau");

    private final List<Line> lines;
    private final int bodyStart;
    private final DocumentMetadata metadata;

    private SignatureBlock(List<Line> lines, int bodyStart, DocumentMetadata metadata) {
        this.lines = lines;
        this.bodyStart = bodyStart;
        this.metadata = metadata;
    }

    /** @param bodyStart the first line below the header: the foot is never looked for above it */
    static void read(List<Line> lines, int bodyStart, DocumentMetadata metadata) {
        SignatureBlock block = new SignatureBlock(lines, bodyStart, metadata);
        block.findSignature();
        block.findRecipients();
    }

    // ---- người ký, chức vụ

    private void findSignature() {
        int stop = Math.max(bodyStart, lines.size() - FOOTER_LINES);
        for (int i = lines.size() - 1; i >= stop; i--) {
            Line line = lines.get(i);
            if (line.blank() || isPlaceholder(line)) {
                continue;
            }
            if (PERSON_NAME.matcher(line.text()).matches() && signatureAbove(i)) {
                return;
            }
            // the name is the last thing in the block; anything else below the title means no block here
            if (lines.size() - i > 25) {
                return;
            }
        }
    }

    private static boolean isPlaceholder(Line line) {
        String key = line.key();
        long letters = line.text().chars().filter(Character::isLetter).count();
        return letters <= 2 || SIGNATURE_PLACEHOLDERS.stream().anyMatch(key::contains)
                || (key.startsWith("(") && key.endsWith(")")) || key.startsWith("[");
    }

    /** Title lines in capitals just above the name (past blanks and "(Đã ký)"): then it is a signature. */
    private boolean signatureAbove(int nameLine) {
        int i = nameLine - 1;
        int skipped = 0;
        while (i >= 0 && (lines.get(i).blank() || isPlaceholder(lines.get(i))) && skipped < 10) {
            i--;
            skipped++;
        }
        List<String> titles = new ArrayList<>();
        while (i >= 0 && titles.size() < 4) {
            Line line = lines.get(i);
            if (line.blank() || !VietnameseText.isUpperCase(line.text()) || line.text().startsWith("-")
                    || line.text().startsWith("+")) {
                break;
            }
            titles.add(0, line.text());
            i--;
        }
        if (titles.isEmpty()) {
            return false;
        }
        double confidence = lines.get(nameLine).text().equals(lines.get(nameLine).folded()) ? 0.8 : 0.9;
        metadata.offer(MetadataField.SIGNER_NAME, lines.get(nameLine).text(), confidence, Origin.TEXT);
        boolean authority = AUTHORITY.matcher(VietnameseText.fold(titles.get(0))).find();
        if (authority && titles.size() > 1) {
            metadata.offer(MetadataField.SIGNING_AUTHORITY, String.join(" ", titles.subList(0, titles.size() - 1)),
                    confidence, Origin.TEXT);
            metadata.offer(MetadataField.SIGNER_TITLE, titles.get(titles.size() - 1), confidence, Origin.TEXT);
        } else if (authority) {
            metadata.offer(MetadataField.SIGNING_AUTHORITY, titles.get(0), confidence - 0.1, Origin.TEXT);
        } else {
            metadata.offer(MetadataField.SIGNER_TITLE, String.join(" ", titles), confidence, Origin.TEXT);
        }
        return true;
    }

    // ---- nơi nhận

    private void findRecipients() {
        int stop = Math.max(bodyStart, lines.size() - FOOTER_LINES);
        for (int i = lines.size() - 1; i >= stop; i--) {
            String key = lines.get(i).key().replaceFirst("^[-•+\\s]+", "");
            if (key.startsWith("noi nhan")) {
                recipientsFrom(i);
                return;
            }
        }
    }

    private void recipientsFrom(int index) {
        List<String> recipients = new ArrayList<>();
        String first = lines.get(index).text();
        int colon = first.indexOf(':');
        if (colon >= 0 && colon + 1 < first.length() && !first.substring(colon + 1).isBlank()) {
            recipients.add(first.substring(colon + 1));
        }
        for (int i = index + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (line.blank() || isPlaceholder(line)) {
                // OCR puts blank lines between the items: the list goes on while the next line is an item
                if (recipients.isEmpty() || (line.blank() && i + 1 < lines.size() && isRecipientItem(lines.get(i + 1)))) {
                    continue;
                }
                break;
            }
            if (isRecipientItem(line)) {
                recipients.add(text);
            } else if (Character.isLowerCase(text.charAt(0)) && !recipients.isEmpty()) {
                int last = recipients.size() - 1;
                recipients.set(last, recipients.get(last) + " " + text);
            } else {
                break;
            }
        }
        recipients.replaceAll(SignatureBlock::cleanRecipient);
        recipients.removeIf(String::isEmpty);
        if (!recipients.isEmpty()) {
            String joined = String.join("; ", recipients);
            if (joined.length() <= MetadataField.RECIPIENTS.maxLength()) {
                metadata.offer(MetadataField.RECIPIENTS, joined, 0.85, Origin.TEXT);
            }
        }
    }

    private static boolean isRecipientItem(Line line) {
        String text = line.text();
        return text.startsWith("-") || text.startsWith("+") || text.startsWith("•") || text.startsWith("–")
                || line.key().startsWith("luu");
    }

    /** OCR merges the recipients' column with the signature's: "- Như trên; CHỦ TỊCH" is "Như trên". */
    private static final Pattern MERGED_TITLE = Pattern.compile("(?:;\\s*|\\s)\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+$");
    private static final Pattern MERGED_AUTHORITY = Pattern.compile("(?:^|\\s)(?:KT|TM|TL|TUQ|T/M)\\.?\\s+\\p{Lu}.*$");

    private static String cleanRecipient(String text) {
        Matcher authority = MERGED_AUTHORITY.matcher(text);
        if (authority.find()) {
            text = text.substring(0, authority.start());
        }
        Matcher title = MERGED_TITLE.matcher(text);
        if (title.find() && text.substring(0, title.start()).chars().anyMatch(Character::isLowerCase)) {
            text = text.substring(0, title.start());
        }
        return text.replaceFirst("^[-•+–\\s]+", "").replaceFirst("[\\s;,.]*(\\./\\.)?[\\s;,.]*$", "").strip();
    }
}
