package org.earchive.convert.ocr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text layer's font: it has no glyph shapes, because text in render mode 3 is never drawn. A composite
 * font (Identity-H) whose character codes are the text's own UTF-16 code units, every one mapped by the
 * CIDToGIDMap to the font program's one empty glyph, and mapped back to itself by the ToUnicode map, which is
 * what makes the text extractable. Any Vietnamese (or other) letter is encodable, and the whole font costs
 * about a kilobyte in a document, against 12 KB for a subset of a real face.
 *
 * <p>PDF/A-2 is met as a text-only font allows: the program is embedded (a valid TrueType with {@code .notdef}
 * and one empty glyph), no code reaches {@code .notdef} (ISO 19005-2, 6.2.11.8), and the widths the PDF states
 * are the program's (every glyph {@value #ADVANCE} units of 1000). The ToUnicode map lists only the 256-code
 * blocks the document used, so it grows with the scripts on the pages, not with Unicode.
 */
final class GlyphlessFont {

    /** Every character's advance, in thousandths of the text size; words are stretched to their boxes anyway. */
    static final int ADVANCE = 500;
    private static final String NAME = "EarchiveTextLayer";
    private static final int ASCENT = 800;
    private static final int DESCENT = -200;

    private final Codes font;
    private final COSStream toUnicode;
    /** The high bytes of the codes the document used, each a block of 256 in the ToUnicode map. */
    private final BitSet blocks = new BitSet(256);
    private final BitSet written = new BitSet(256);

    private GlyphlessFont(COSDictionary type0, COSStream toUnicode) throws IOException {
        this.toUnicode = toUnicode;
        blocks.set(0); // Basic Latin (the spaces between words at least), so the map is never empty
        writeToUnicode(); // PDFBox reads the map as it makes the font
        this.font = new Codes(type0, blocks);
    }

    /** The font, its program and maps added to {@code document}'s objects (not yet to any page). */
    static GlyphlessFont embed(PDDocument document) throws IOException {
        COSStream program = document.getDocument().createCOSStream();
        byte[] trueType = TrueTypeProgram.BYTES;
        try (OutputStream out = program.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(trueType);
        }
        program.setInt(COSName.LENGTH1, trueType.length);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, NAME);
        descriptor.setInt(COSName.FLAGS, 4); // symbolic: its glyphs are not a standard Latin set
        descriptor.setItem(COSName.FONT_BBOX, numbers(0, DESCENT, ADVANCE, ASCENT));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, ASCENT);
        descriptor.setInt(COSName.DESCENT, DESCENT);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE2, program);

        COSStream cidToGid = document.getDocument().createCOSStream();
        try (OutputStream out = cidToGid.createOutputStream(COSName.FLATE_DECODE)) {
            // every one of the 65,536 codes shows glyph 1: none reaches .notdef
            byte[] pairs = new byte[2 * 65_536];
            for (int i = 1; i < pairs.length; i += 2) {
                pairs[i] = 1;
            }
            out.write(pairs);
        }

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, NAME);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, ADVANCE);
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid);

        COSStream toUnicode = document.getDocument().createCOSStream();
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, NAME);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return new GlyphlessFont(type0, toUnicode);
    }

    /** The font to set in a content stream: its showText writes each character's UTF-16 code as it is. */
    PDType0Font font() {
        return font;
    }

    /** Whether the text layer can carry {@code codePoint}: one UTF-16 unit that is neither a control nor half a pair. */
    static boolean encodable(int codePoint) {
        return codePoint <= 0xFFFF && !Character.isISOControl(codePoint) && !Character.isSurrogate((char) codePoint);
    }

    /** The width of {@code text} at size 1, in text space units. */
    static double width(String text) {
        return text.length() * ADVANCE / 1000.0;
    }

    /** Brings the ToUnicode map up to the blocks used so far; cheap when nothing new was used. */
    void writeToUnicode() throws IOException {
        if (written.equals(blocks) && toUnicode.getLength() > 0) {
            return;
        }
        String cmap = org.earchive.formats.ToUnicodeCMap.identity(blocks);
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.getBytes(StandardCharsets.US_ASCII));
        }
        written.clear();
        written.or(blocks);
    }

    /**
     * The font as PDFBox sees it, with its encoding replaced: PDFBox would look each character up in the font
     * program, which on purpose maps none; here the code is the character, and its block is noted for the
     * ToUnicode map.
     */
    private static final class Codes extends PDType0Font {

        private final BitSet blocks;

        Codes(COSDictionary type0, BitSet blocks) throws IOException {
            super(type0);
            this.blocks = blocks;
        }

        @Override
        protected byte[] encode(int unicode) {
            if (!encodable(unicode)) {
                throw new IllegalArgumentException("the text layer cannot carry U+" + Integer.toHexString(unicode));
            }
            blocks.set(unicode >> 8);
            return new byte[] {(byte) (unicode >> 8), (byte) unicode};
        }
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int value : values) {
            array.add(COSInteger.get(value));
        }
        return array;
    }

    /**
     * The embedded TrueType program, written here table by table: {@code .notdef} as an empty box outline and
     * glyph 1 with no outline, both {@value #ADVANCE} units wide on a 1000-unit em. No dates, no names that
     * change: the same bytes every run.
     */
    static final class TrueTypeProgram {

        static final byte[] BYTES = build();

        private TrueTypeProgram() {
        }

        private static byte[] build() {
            Map<String, byte[]> tables = new TreeMap<>(); // directory entries sorted by tag, as the format asks
            byte[] notdef = notdefBox();
            tables.put("cmap", cmap());
            tables.put("glyf", notdef);
            tables.put("head", head());
            tables.put("hhea", hhea());
            tables.put("hmtx", ByteBuffer.allocate(8).putShort((short) ADVANCE).putShort((short) 50)
                    .putShort((short) ADVANCE).putShort((short) 0).array());
            // short offsets (half the byte offset): .notdef is the box, glyph 1 is empty
            tables.put("loca", ByteBuffer.allocate(6).putShort((short) 0).putShort((short) (notdef.length / 2))
                    .putShort((short) (notdef.length / 2)).array());
            tables.put("maxp", maxp());
            // glyph names from the standard Macintosh set: .notdef and space (readers warn about a font without names)
            tables.put("post", ByteBuffer.allocate(38).putInt(0x00020000).putInt(0).putShort((short) -100)
                    .putShort((short) 50).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                    .putShort((short) 2).putShort((short) 0).putShort((short) 3).array());
            int count = tables.size();
            int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
            int searchRange = 16 << entrySelector;
            int offset = 12 + 16 * count;
            ByteArrayOutputStream directory = new ByteArrayOutputStream();
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            ByteBuffer header = ByteBuffer.allocate(12).putInt(0x00010000).putShort((short) count)
                    .putShort((short) searchRange).putShort((short) entrySelector)
                    .putShort((short) (16 * count - searchRange));
            directory.writeBytes(header.array());
            int headOffset = 0;
            for (Map.Entry<String, byte[]> table : tables.entrySet()) {
                byte[] bytes = table.getValue();
                byte[] padded = java.util.Arrays.copyOf(bytes, (bytes.length + 3) & ~3);
                if (table.getKey().equals("head")) {
                    headOffset = offset + data.size();
                }
                directory.writeBytes(ByteBuffer.allocate(16).put(table.getKey().getBytes(StandardCharsets.US_ASCII))
                        .putInt((int) checksum(padded)).putInt(offset + data.size()).putInt(bytes.length).array());
                data.writeBytes(padded);
            }
            directory.writeBytes(data.toByteArray());
            byte[] font = directory.toByteArray();
            // head.checkSumAdjustment makes the whole file sum to the format's magic number
            ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(font)));
            return font;
        }

        private static long checksum(byte[] bytes) {
            long sum = 0;
            ByteBuffer buffer = ByteBuffer.wrap(java.util.Arrays.copyOf(bytes, (bytes.length + 3) & ~3));
            while (buffer.hasRemaining()) {
                sum = (sum + (buffer.getInt() & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
            }
            return sum;
        }

        private static byte[] head() {
            return ByteBuffer.allocate(54)
                    .putInt(0x00010000).putInt(0x00010000)   // version, font revision
                    .putInt(0).putInt(0x5F0F3CF5)             // checksum adjustment (set last), magic
                    .putShort((short) 0x000B)                 // baseline at y=0, lsb at x=0, integer scaling
                    .putShort((short) 1000)                   // units per em
                    .putLong(0).putLong(0)                    // created, modified: none, so the bytes never change
                    .putShort((short) 50).putShort((short) 0).putShort((short) 450).putShort((short) 700) // bounds of all glyphs
                    .putShort((short) 0).putShort((short) 8)  // mac style, smallest readable size
                    .putShort((short) 2)                      // font direction hint
                    .putShort((short) 0).putShort((short) 0)  // short loca offsets, glyph data format
                    .array();
        }

        private static byte[] hhea() {
            return ByteBuffer.allocate(36)
                    .putInt(0x00010000)
                    .putShort((short) ASCENT).putShort((short) DESCENT).putShort((short) 0)
                    .putShort((short) ADVANCE)                // advance width max
                    .putShort((short) 0).putShort((short) 0).putShort((short) 450) // min lsb, min rsb, x max extent
                    .putShort((short) 1).putShort((short) 0).putShort((short) 0)       // caret: upright
                    .putLong(0)                               // reserved
                    .putShort((short) 0).putShort((short) 2)  // metric data format, number of horizontal metrics
                    .array();
        }

        private static byte[] maxp() {
            ByteBuffer maxp = ByteBuffer.allocate(32).putInt(0x00010000).putShort((short) 2)
                    .putShort((short) 4).putShort((short) 1) // points and contours of the largest glyph (.notdef)
                    .putShort((short) 0).putShort((short) 0) // composite points and contours
                    .putShort((short) 1);                    // zones: no twilight zone
            return maxp.array();
        }

        /**
         * A format 4 Unicode map of the space alone (a map with no character makes readers complain): a CID font
         * is reached through the CIDToGIDMap, not through this.
         */
        private static byte[] cmap() {
            return ByteBuffer.allocate(44)
                    .putShort((short) 0).putShort((short) 1)                      // version, one subtable
                    .putShort((short) 3).putShort((short) 1).putInt(12)           // Windows Unicode BMP, at 12
                    .putShort((short) 4).putShort((short) 32).putShort((short) 0) // format 4, length, language
                    .putShort((short) 4).putShort((short) 4).putShort((short) 1).putShort((short) 0) // two segments
                    .putShort((short) 0x20).putShort((short) 0xFFFF).putShort((short) 0) // end codes, pad
                    .putShort((short) 0x20).putShort((short) 0xFFFF)              // start codes
                    .putShort((short) (1 - 0x20)).putShort((short) 1)             // deltas: space to glyph 1
                    .putShort((short) 0).putShort((short) 0)                      // no range offsets
                    .array();
        }

        /** .notdef as a box from (50,0) to (450,700): one contour, four on-curve points, word coordinates. */
        private static byte[] notdefBox() {
            ByteBuffer glyph = ByteBuffer.allocate(36)
                    .putShort((short) 1)                                   // contours
                    .putShort((short) 50).putShort((short) 0).putShort((short) 450).putShort((short) 700)
                    .putShort((short) 3)                                   // last point of the contour
                    .putShort((short) 0);                                  // no instructions
            glyph.put(new byte[] {1, 1, 1, 1});                            // on curve, x and y as signed words
            glyph.putShort((short) 50).putShort((short) 0).putShort((short) 400).putShort((short) 0); // x deltas
            glyph.putShort((short) 0).putShort((short) 700).putShort((short) 0).putShort((short) -700); // y deltas
            return glyph.array();
        }
    }
}
