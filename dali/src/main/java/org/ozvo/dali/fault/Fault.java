package org.ozvo.dali.fault;

/**
 * A failure to report to a VO client. Each kind carries the HTTP status DALI services answer
 * with and the DataLink/SODA error prefix ({@code UsageFault: ...}). Messages are written for
 * the client: say what was wrong with the request, never internals.
 */
public abstract sealed class Fault extends RuntimeException
        permits UsageFault, NotFoundFault, TransientFault, FatalFault, TooLargeFault {

    protected Fault(String message) {
        super(message);
    }

    protected Fault(String message, Throwable cause) {
        super(message, cause);
    }

    /** HTTP status for DALI-style services. */
    public abstract int httpStatus();

    /** The fault name DataLink 1.1 and SODA 1.0 put before the message. */
    public String faultName() {
        return getClass().getSimpleName();
    }

    /** {@code <FaultName>: <message>}, as DataLink error_message cells and SODA errors want. */
    public String prefixedMessage() {
        return faultName() + ": " + getMessage();
    }
}
