package org.earchive.formats;

import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/** An image's resolution as its file records it, read from ImageIO's format-neutral metadata. */
public final class ImageResolution {

    /** Outside this range a recorded resolution is a placeholder or an error, not a scan's resolution. */
    private static final float MIN_PLAUSIBLE_DPI = 50f;
    private static final float MAX_PLAUSIBLE_DPI = 4800f;

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
