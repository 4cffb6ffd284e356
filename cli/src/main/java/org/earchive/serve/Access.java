package org.earchive.serve;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking: with no token configured (the service listens on this computer only) everyone is one owner;
 * otherwise a request carries a configured token, as {@code Authorization: Bearer TOKEN} (scripts) or as the
 * cookie the clerk page gets from {@code POST /session} (HttpOnly, SameSite=Strict, so another site cannot use
 * it). The owner is a digest of the token: jobs made with one token are invisible to every other.
 */
final class Access {

    static final String COOKIE = "earchive_token";
    private static final String LOCAL_OWNER = "local";

    private final List<byte[]> tokenDigests;

    Access(Set<String> tokens) {
        this.tokenDigests = tokens.stream().map(Access::digest).toList();
    }

    boolean required() {
        return !tokenDigests.isEmpty();
    }

    /** @throws ApiError 401 when a token is needed and the request has none that is known */
    String owner(HttpExchange exchange) {
        if (!required()) {
            return LOCAL_OWNER;
        }
        String token = presented(exchange);
        if (token == null) {
            throw unauthorized("unauthorized");
        }
        return ownerOf(token);
    }

    /** The owner of TOKEN, or a 401 when it is not one of the configured tokens. */
    String ownerOf(String token) {
        byte[] digest = digest(token);
        boolean known = false;
        for (byte[] candidate : tokenDigests) {
            known |= MessageDigest.isEqual(candidate, digest); // compares in constant time, every token tried
        }
        if (!known) {
            throw unauthorized("badToken");
        }
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    private static ApiError unauthorized(String code) {
        return new ApiError(401, code, Map.of("WWW-Authenticate", "Bearer realm=\"earchive\""));
    }

    private static String presented(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String pair = cookie.strip();
                if (pair.startsWith(COOKIE + "=")) {
                    return java.net.URLDecoder.decode(pair.substring(COOKIE.length() + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
