package org.ozvo.dali.fault;

/** The requested identifier or resource does not exist. */
public final class NotFoundFault extends Fault {

    public NotFoundFault(String message) {
        super(message);
    }

    public NotFoundFault(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
