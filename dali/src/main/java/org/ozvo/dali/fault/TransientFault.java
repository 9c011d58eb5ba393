package org.ozvo.dali.fault;

/** A temporary problem, such as the database being unreachable; retrying later may work. */
public final class TransientFault extends Fault {

    public TransientFault(String message) {
        super(message);
    }

    public TransientFault(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
