package org.earchive.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which converter takes which media type. Each converter is registered as the preferred engine or as a fallback
 * for the types it declares; for a type, the preferred one wins, else the fallback. Two converters registered
 * with the same rank for one type is a wiring mistake, refused when the registry is built.
 */
public final class ConverterRegistry {

    /** How a converter ranks for the types it declares. */
    public enum Rank {
        /** Chosen when installed. */
        PREFERRED,
        /** Chosen when no preferred engine takes the type; a preferred engine may hand it documents it fails on. */
        FALLBACK
    }

    /** A line of the table {@code earchive doctor} prints: a media type, the engine chosen, and the one behind it. */
    public record Route(String mediaType, Converter chosen, Converter fallback) {
    }

    private final Map<String, Route> routes;

    private ConverterRegistry(Map<String, Route> routes) {
        this.routes = Collections.unmodifiableMap(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The converter for a media type, or null when earchive converts no such files. */
    public Converter forType(String mediaType) {
        Route route = routes.get(mediaType);
        return route == null ? null : route.chosen();
    }

    /** Every media type earchive converts, in name order, with its engines. */
    public List<Route> table() {
        return List.copyOf(routes.values());
    }

    public static final class Builder {
        private final Map<String, Converter> preferred = new TreeMap<>();
        private final Map<String, Converter> fallback = new TreeMap<>();

        /** Registers the converter for every type it declares. */
        public Builder register(Converter converter, Rank rank) {
            Map<String, Converter> ranked = rank == Rank.PREFERRED ? preferred : fallback;
            for (String type : converter.mediaTypes()) {
                Converter already = ranked.putIfAbsent(type, converter);
                if (already != null) {
                    throw new IllegalStateException(type + " is claimed by both " + already.engine() + " and "
                            + converter.engine() + " as " + rank.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            return this;
        }

        public ConverterRegistry build() {
            Map<String, Route> routes = new TreeMap<>();
            List<String> types = new ArrayList<>(preferred.keySet());
            fallback.keySet().stream().filter(type -> !preferred.containsKey(type)).forEach(types::add);
            for (String type : types) {
                Converter first = preferred.get(type);
                Converter second = fallback.get(type);
                routes.put(type, first != null ? new Route(type, first, second) : new Route(type, second, null));
            }
            return new ConverterRegistry(routes);
        }
    }
}
