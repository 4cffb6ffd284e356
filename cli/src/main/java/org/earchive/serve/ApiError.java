package org.earchive.serve;

import java.util.Map;

/**
 * A request the service refuses: the HTTP status, a stable code for scripts, and the key of the sentence a
 * person reads (in {@code texts_*.properties}, under {@code error.<key>}), with what to put in it.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final Map<String, String> headers;

    ApiError(int status, String code, Object... args) {
        this(status, code, Map.of(), args);
    }

    ApiError(int status, String code, Map<String, String> headers, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args.clone();
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    String sentence(Texts texts) {
        return texts.get("error." + code, args);
    }
}
