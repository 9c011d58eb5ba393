package org.ozvo.loaders.spi;

/** A file cannot be turned into products; the message says why, for the operator. */
public class LoaderException extends Exception {

    public LoaderException(String message) {
        super(message);
    }

    public LoaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
