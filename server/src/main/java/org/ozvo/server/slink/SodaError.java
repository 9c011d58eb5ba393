package org.ozvo.server.slink;

import jakarta.ws.rs.core.Response;

/**
 * A failed spectrum request, answered as SODA 1.0 section 5.2 wants: HTTP status plus a
 * {@code text/plain} body starting with the error keyword ({@code UsageError},
 * {@code MultiValuedParamNotSupported}, {@code ServiceUnavailable}, {@code Error}).
 */
final class SodaError extends RuntimeException {

    private final int status;
    private final String keyword;

    private SodaError(int status, String keyword, String message) {
        super(message);
        this.status = status;
        this.keyword = keyword;
    }

    /** A malformed request (400). */
    static SodaError usage(String message) {
        return new SodaError(400, "UsageError", message);
    }

    /** A parameter given more than once (400). */
    static SodaError multiValued(String param) {
        return new SodaError(400, "MultiValuedParamNotSupported", param + " may be given only once");
    }

    /** Nothing under this ID (404). */
    static SodaError notFound(String message) {
        return new SodaError(404, "Error", message);
    }

    /** The database or the file system cannot answer now (503). */
    static SodaError unavailable(String message) {
        return new SodaError(503, "ServiceUnavailable", message);
    }

    /** Any other failure on our side (500). */
    static SodaError internal(String message) {
        return new SodaError(500, "Error", message);
    }

    /** The HTTP response. */
    Response response() {
        return Response.status(status).type("text/plain;charset=UTF-8")
            .entity(keyword + ": " + getMessage() + "\n").build();
    }
}
