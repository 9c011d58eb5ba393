package org.ozvo.server.registry;

/**
 * An OAI-PMH error condition (OAI-PMH 2.0 section 3.6): answered as an {@code <error>} element
 * with HTTP 200, never as an HTTP error.
 */
public final class OaiException extends Exception {

    private final String code;

    /**
     * @param code    one of the OAI-PMH error codes ({@code badVerb}, {@code badArgument}, ...)
     * @param message explanation for the harvester's operator
     */
    public OaiException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code. */
    public String code() {
        return code;
    }

    /** True for the two codes after which the response's request element carries no arguments. */
    public boolean isRequestError() {
        return "badVerb".equals(code) || "badArgument".equals(code);
    }
}
