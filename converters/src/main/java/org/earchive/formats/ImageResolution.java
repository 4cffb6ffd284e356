package org.earchive.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/** An image's resolution as its file records it, read from ImageIO's format-neutral metadata. */
public final class ImageResolution {

    /** Outside this range a recorded resolution is a placeholder or an error, not a scan's resolution. */
    private static final float MIN_PLAUSIBLE_DPI = 50f;
    private static final float MAX_PLAUSIBLE_DPI = 4800f;
    /** Chunks looked at before giving up on a pHYs: real PNGs carry a handful before their image data. */
    private static final int MAX_CHUNKS_BEFORE_DATA = 64;

    private ImageResolution() {
    }

    /** Dots per inch from the standard ImageIO metadata (millimetres per pixel), or null if absent or implausible. */
    public static float[] of(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return null;
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        Float x = pixelSize(root, "HorizontalPixelSize");
        Float y = pixelSize(root, "VerticalPixelSize");
        if (x == null) {
            return null;
        }
        float dpiX = 25.4f / x;
        float dpiY = y == null ? dpiX : 25.4f / y;
        return plausible(dpiX, dpiY);
    }

    /**
     * A PNG's resolution from its {@code pHYs} chunk (pixels per metre), or null when it records none or an
     * implausible one. Read from the chunk headers before the image data, nothing decoded or inflated: earchive
     * opens images with ImageIO's metadata off (which would also inflate a PNG's compressed text chunks, a bomb's
     * way in), and ImageIO's PNG reader then does not give the resolution at all.
     */
    public static float[] ofPng(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = 8; // the signature
            ByteBuffer header = ByteBuffer.allocate(8);
            for (int chunk = 0; chunk < MAX_CHUNKS_BEFORE_DATA; chunk++) {
                header.clear();
                if (channel.read(header, position) < 8) {
                    return null;
                }
                long length = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (type.equals("IDAT") || type.equals("IEND")) {
                    return null; // pHYs comes before the image data, or not at all
                }
                if (type.equals("pHYs") && length == 9) {
                    ByteBuffer body = ByteBuffer.allocate(9);
                    if (channel.read(body, position + 8) < 9 || body.get(8) != 1) {
                        return null; // unit 0: an aspect ratio only
                    }
                    float dpiX = Integer.toUnsignedLong(body.getInt(0)) * 0.0254f;
                    float dpiY = Integer.toUnsignedLong(body.getInt(4)) * 0.0254f;
                    return plausible(dpiX, dpiY);
                }
                position += 12 + length; // length, type, data, CRC
            }
            return null;
        }
    }

    private static float[] plausible(float dpiX, float dpiY) {
        if (dpiX < MIN_PLAUSIBLE_DPI || dpiX > MAX_PLAUSIBLE_DPI || dpiY < MIN_PLAUSIBLE_DPI || dpiY > MAX_PLAUSIBLE_DPI) {
            return null;
        }
        return new float[] {Math.round(dpiX * 100) / 100f, Math.round(dpiY * 100) / 100f};
    }

    private static Float pixelSize(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            Node value = node.getAttributes().getNamedItem("value");
            try {
                float mm = Float.parseFloat(value.getNodeValue());
                return mm > 0 ? mm : null;
            } catch (NumberFormatException | NullPointerException e) {
                return null;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Float found = pixelSize(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
