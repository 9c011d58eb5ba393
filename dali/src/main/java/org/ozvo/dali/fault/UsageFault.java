package org.ozvo.dali.fault;

/** The request is malformed or its parameter values are invalid. */
public final class UsageFault extends Fault {

    public UsageFault(String message) {
        super(message);
    }

    public UsageFault(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
