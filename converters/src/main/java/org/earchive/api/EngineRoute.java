package org.earchive.api;

/**
 * A line of the table {@code earchive doctor} prints: a media type earchive converts, the engine that takes it on
 * this computer, and the engine behind it (or null).
 */
public record EngineRoute(String mediaType, String engine, String fallback) {
}
