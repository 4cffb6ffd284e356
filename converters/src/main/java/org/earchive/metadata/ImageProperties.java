package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.lang.ByteArrayReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.image.ImageMetadataExtractor;
import org.apache.tika.parser.xmp.JempboxExtractor;
import org.earchive.detect.TikaDefaults;
import org.xml.sax.SAXException;

/**
 * A TIFF's or JPEG's properties as Tika's image parsers read them (its {@code TiffParser} and {@code JpegParser}: the
 * tags and EXIF through metadata-extractor, then the file's first XMP packet), without what their route costs a scan.
 * Given a plain stream, Tika copied the whole file to a temporary file for metadata-extractor, then its XMP scanner
 * looked through every byte for a packet, one synchronised read a byte (0.1 CPU-s for a 5 MB grey page, 7% of the
 * JVM's samples on the bench's scans), though scanners rarely write one. Here metadata-extractor reads the file in
 * place, and the XMP scanner runs only on a file that holds a packet's header, which a bulk search finds first: the
 * scanner finds nothing in a file without one.
 */
final class ImageProperties {

    private static final MediaType TIFF = MediaType.image("tiff");
    private static final MediaType JPEG = MediaType.image("jpeg");
    /** What Tika's {@code XMPPacketScanner} looks for first; without it the scanner reads to the end and adds nothing. */
    private static final byte[] PACKET_HEADER = "<?xpacket begin=".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 64 * 1024;
    /** A TIFF larger than this has its tags read from the file in place, as Tika does (slowly, in little memory). */
    private static final long IN_MEMORY_LIMIT = 64L * 1024 * 1024;

    private ImageProperties() {
    }

    /**
     * @return what Tika's TIFF or JPEG parser would have set, or null when Tika's detector does not take the file for
     *         a TIFF or JPEG (then its own parser for what it is must read it)
     */
    static Metadata read(Path source) throws IOException, TikaException {
        MediaType type;
        try (InputStream in = TikaInputStream.get(source)) {
            type = TikaDefaults.parser().getDetector().detect(in, new Metadata());
        }
        if (!TIFF.equals(type) && !JPEG.equals(type)) {
            return null;
        }
        Metadata metadata = new Metadata();
        try {
            if (TIFF.equals(type)) {
                readTiffTags(source, metadata);
            } else {
                new ImageMetadataExtractor(metadata).parseJpeg(source.toFile());
            }
            if (holdsPacketHeader(source)) {
                try (InputStream in = TikaInputStream.get(source)) {
                    new JempboxExtractor(metadata).parse(in);
                }
            }
        } catch (SAXException e) {
            // Tika's route keeps what was read before a SAX error (SourceProperties): so does this
        }
        return metadata;
    }

    /**
     * A TIFF's tags as Tika's {@code parseTiff} reads them, from the file's bytes in memory where it is not large.
     * {@code parseTiff} has metadata-extractor read the file in place through a plain {@code RandomAccessFile}, one
     * system call for every byte of every tag value: the 3,508 strip offsets and counts of a 300 dpi bilevel page made it
     * 0.05 CPU-s. Tika's reading of raw EXIF, given the file after the "Exif" marker a JPEG holds it behind, runs the same
     * metadata-extractor TIFF reader and the same handlers over it: the same properties (but the name, size and date of
     * the file, which metadata-extractor adds only for a file and no property is made of). A file of the same bytes
     * reads the same: in memory a value past the end fails as it fails on disk.
     */
    private static void readTiffTags(Path source, Metadata metadata) throws IOException, SAXException, TikaException {
        byte[] preamble = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > IN_MEMORY_LIMIT) {
                new ImageMetadataExtractor(metadata).parseTiff(source.toFile());
                return;
            }
            byte[] bytes = new byte[preamble.length + (int) size];
            System.arraycopy(preamble, 0, bytes, 0, preamble.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes, preamble.length, (int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // until the whole file is in
            }
            if (buffer.hasRemaining()) {
                throw new IOException("The file became shorter while it was read.");
            }
            // where parseTiff fails (a damaged TIFF), so does this: the raw EXIF reading would keep the error to itself
            try {
                TiffMetadataReader.readMetadata(new ByteArrayReader(bytes, preamble.length));
            } catch (TiffProcessingException e) {
                throw new TikaException("Can't read TIFF metadata", e);
            }
            new ImageMetadataExtractor(metadata).parseRawExif(bytes);
        }
    }

    /** Whether the file's bytes hold {@link #PACKET_HEADER} anywhere, read in blocks. */
    static boolean holdsPacketHeader(Path file) throws IOException {
        int overlap = PACKET_HEADER.length - 1;
        byte[] block = new byte[BLOCK + overlap];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int kept = 0; // the previous block's last bytes, where a header may have begun
            while (true) {
                ByteBuffer buffer = ByteBuffer.wrap(block, kept, BLOCK);
                int read = channel.read(buffer);
                if (read < 0) {
                    return false;
                }
                int length = kept + read;
                if (indexOf(block, length) >= 0) {
                    return true;
                }
                kept = Math.min(overlap, length);
                System.arraycopy(block, length - kept, block, 0, kept);
            }
        }
    }

    private static int indexOf(byte[] bytes, int length) {
        byte first = PACKET_HEADER[0];
        for (int i = 0, last = length - PACKET_HEADER.length; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            int j = 1;
            while (j < PACKET_HEADER.length && bytes[i + j] == PACKET_HEADER[j]) {
                j++;
            }
            if (j == PACKET_HEADER.length) {
                return i;
            }
        }
        return -1;
    }
}
