package org.ozvo.dali.fault;

/** An unexpected server-side failure. */
public final class FatalFault extends Fault {

    public FatalFault(String message) {
        super(message);
    }

    public FatalFault(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
