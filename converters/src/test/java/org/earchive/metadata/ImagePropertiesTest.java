package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.earchive.detect.Detection;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan's properties (title, author, date, creating program) as the clerk reads them in the descriptions: read from
 * TIFF and JPEG files in place, they are what Tika's own route through its parsers gives, field for field.
 */
class ImagePropertiesTest {

    private static final String XMP = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Quyết định số 12/QĐ-UBND</rdf:li></rdf:Alt></dc:title>"
            + "<dc:creator><rdf:Seq><rdf:li>Văn thư UBND xã</rdf:li></rdf:Seq></dc:creator>"
            + "<xmp:CreatorTool>ScanStation 3.1</xmp:CreatorTool>"
            + "<xmp:CreateDate>2024-05-06T07:08:09</xmp:CreateDate>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    @TempDir
    Path folder;

    @Test
    void aScanWithTagsAndAnXmpPacketGivesWhatTikasRouteGives() throws IOException {
        // the packet's header straddles the 64 KB blocks the search reads
        Path scan = tiff(folder.resolve("tags-and-xmp.tif"), "Scanner Suite 7", "2024:05:06 07:08:09", "Trần Văn A",
                XMP, 64 * 1024 - 5);
        DocumentMetadata read = new SourceProperties().read(scan, detection(scan));
        assertEquals("Quyết định số 12/QĐ-UBND", read.valueOrNull(MetadataField.SOURCE_TITLE));
        assertEquals("Văn thư UBND xã", read.valueOrNull(MetadataField.SOURCE_CREATOR));
        // Tika's XMP reading leaves xmp:CreatorTool aside: the TIFF's Software tag names the program
        assertEquals("Scanner Suite 7", read.valueOrNull(MetadataField.SOURCE_APPLICATION));
        assertEquals(throughTika(scan), read.asMap());
    }

    @Test
    void aScanWithTagsOnlyGivesWhatTikasRouteGives() throws IOException {
        Path scan = tiff(folder.resolve("tags.tif"), "Scanner Suite 7", "2024:05:06 07:08:09", "Tran Van A", null, 0);
        DocumentMetadata read = new SourceProperties().read(scan, detection(scan));
        assertEquals("Scanner Suite 7", read.valueOrNull(MetadataField.SOURCE_APPLICATION));
        assertEquals(throughTika(scan), read.asMap());
    }

    @Test
    void theSampleScansAndTheCorpusImagesGiveWhatTikasRouteGives() throws IOException {
        List<Path> images = new ArrayList<>(imagesUnder(Fixtures.samples()));
        Path corpus = Fixtures.sharedCorpus();
        if (corpus != null) {
            images.addAll(imagesUnder(corpus));
        }
        images.add(jpeg(folder.resolve("plain.jpg")));
        assumeTrue(images.size() > 3);
        int withProperties = 0;
        for (Path image : images) {
            DocumentMetadata read = new SourceProperties().read(image, detection(image));
            assertEquals(throughTika(image), read.asMap(), image.toString());
            withProperties += read.asMap().isEmpty() ? 0 : 1;
        }
        if (corpus != null) {
            assertTrue(withProperties >= 1, "the corpus's EXIF JPEG names its program and date");
        }
    }

    @Test
    void aTiffsTagsReadInMemoryAreTikasParseTiffsForEveryTiffOfTheFixturesAndTheCorpus() throws Exception {
        List<Path> tiffs = new ArrayList<>(tiffsUnder(Fixtures.root()));
        Path corpus = Fixtures.sharedCorpus();
        if (corpus != null) {
            tiffs.addAll(tiffsUnder(corpus));
        }
        tiffs.add(tiff(folder.resolve("tags.tif"), "Scanner Suite 7", "2024:05:06 07:08:09", "Tran Van A", null, 0));
        assumeTrue(tiffs.size() > 3);
        for (Path tiff : tiffs) {
            java.util.Map<String, List<String>> inPlace = new java.util.TreeMap<>();
            try {
                org.apache.tika.metadata.Metadata tika = new org.apache.tika.metadata.Metadata();
                new org.apache.tika.parser.image.ImageMetadataExtractor(tika).parseTiff(tiff.toFile());
                if (ImageProperties.holdsPacketHeader(tiff)) { // the XMP packet, read after the tags as before
                    try (java.io.InputStream in = org.apache.tika.io.TikaInputStream.get(tiff)) {
                        new org.apache.tika.parser.xmp.JempboxExtractor(tika).parse(in);
                    }
                }
                inPlace = names(tika);
            } catch (org.apache.tika.exception.TikaException | IOException e) {
                inPlace.put("failed", List.of());
            }
            java.util.Map<String, List<String>> inMemory = new java.util.TreeMap<>();
            try {
                org.apache.tika.metadata.Metadata read = ImageProperties.read(tiff);
                if (read == null) {
                    continue; // not a TIFF to Tika's detector: Tika's route reads it
                }
                inMemory = names(read);
            } catch (org.apache.tika.exception.TikaException | IOException e) {
                inMemory.put("failed", List.of());
            }
            // what metadata-extractor adds of a file (its name, size and date), and no property is made of
            inPlace.keySet().removeAll(List.of("File Name", "File Size", "File Modified Date"));
            assertEquals(inPlace, inMemory, tiff.toString());
        }
    }

    private static java.util.Map<String, List<String>> names(org.apache.tika.metadata.Metadata metadata) {
        java.util.Map<String, List<String>> names = new java.util.TreeMap<>();
        for (String name : metadata.names()) {
            names.put(name, List.of(metadata.getValues(name)));
        }
        return names;
    }

    private static List<Path> tiffsUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/"))
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.tiff?"))
                    .sorted().toList();
        }
    }

    @Test
    void thePacketHeaderIsFoundWhereverItLies() throws IOException {
        for (int at : new int[] {0, 100, 64 * 1024 - 16, 64 * 1024 - 1, 64 * 1024, 3 * 64 * 1024 + 7}) {
            byte[] bytes = new byte[at + 200];
            byte[] header = "<?xpacket begin=".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, bytes, at, header.length);
            Path file = Files.write(folder.resolve("at-" + at), bytes);
            assertTrue(ImageProperties.holdsPacketHeader(file), "header at " + at);
            bytes[at + header.length - 1] = 'x'; // "<?xpacket beginx": not the header
            Files.write(file, bytes);
            assertFalse(ImageProperties.holdsPacketHeader(file), "broken header at " + at);
        }
    }

    private static java.util.Map<MetadataField, FieldValue> throughTika(Path image) {
        org.apache.tika.metadata.Metadata tika = SourceProperties.readWithTika(image, detection(image));
        return tika == null ? java.util.Map.of() : SourceProperties.from(tika, new DocumentMetadata()).asMap();
    }

    private static Detection detection(Path image) {
        String name = image.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return new Detection(name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "image/tiff", null, "image");
    }

    private static List<Path> imagesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jpe?g|tiff?)"))
                    .sorted().toList();
        }
    }

    private static Path jpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /**
     * A little-endian TIFF of 8 x 8 grey pixels with the text tags given (Software, DateTime, Artist) and an XMP
     * packet (tag 700) placed {@code xmpAt} bytes into the file, or none.
     */
    private static Path tiff(Path file, String software, String dateTime, String artist, String xmp, int xmpAt)
            throws IOException {
        List<int[]> entries = new ArrayList<>(); // tag, type, count, value or offset
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int tagCount = 9 + 3 + (xmp == null ? 0 : 1);
        int dataStart = 8 + 2 + tagCount * 12 + 4;
        int[] software_ = ascii(data, dataStart, software);
        int[] dateTime_ = ascii(data, dataStart, dateTime);
        int[] artist_ = ascii(data, dataStart, artist);
        int pixels = dataStart + data.size();
        data.write(new byte[64], 0, 64);
        entries.add(new int[] {256, 3, 1, 8});
        entries.add(new int[] {257, 3, 1, 8});
        entries.add(new int[] {258, 3, 1, 8});
        entries.add(new int[] {259, 3, 1, 1});
        entries.add(new int[] {262, 3, 1, 1});
        entries.add(new int[] {273, 4, 1, pixels});
        entries.add(new int[] {277, 3, 1, 1});
        entries.add(new int[] {278, 3, 1, 8});
        entries.add(new int[] {279, 4, 1, 64});
        entries.add(new int[] {305, 2, software_[1], software_[0]});
        entries.add(new int[] {306, 2, dateTime_[1], dateTime_[0]});
        entries.add(new int[] {315, 2, artist_[1], artist_[0]});
        if (xmp != null) {
            byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
            int padding = Math.max(0, xmpAt - dataStart - data.size());
            data.write(new byte[padding], 0, padding);
            entries.add(new int[] {700, 1, packet.length, dataStart + data.size()});
            data.write(packet, 0, packet.length);
        }
        ByteBuffer out = ByteBuffer.allocate(dataStart + data.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries.size());
        for (int[] entry : entries) {
            out.putShort((short) entry[0]).putShort((short) entry[1]).putInt(entry[2]);
            if (entry[1] == 3) {
                out.putShort((short) entry[3]).putShort((short) 0);
            } else {
                out.putInt(entry[3]);
            }
        }
        out.putInt(0).put(data.toByteArray());
        return Files.write(file, out.array());
    }

    /** Writes a NUL-ended ASCII value into {@code data}: its offset in the file and its count. */
    private static int[] ascii(ByteArrayOutputStream data, int dataStart, String value) {
        byte[] bytes = (value + "\0").getBytes(StandardCharsets.UTF_8);
        int offset = dataStart + data.size();
        data.write(bytes, 0, bytes.length);
        if (data.size() % 2 == 1) {
            data.write(0);
        }
        return new int[] {offset, bytes.length};
    }
}
