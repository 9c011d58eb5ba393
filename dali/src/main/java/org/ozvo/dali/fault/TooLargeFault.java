package org.ozvo.dali.fault;

/** The request or its upload exceeds a service limit. */
public final class TooLargeFault extends Fault {

    public TooLargeFault(String message) {
        super(message);
    }

    public TooLargeFault(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
