package org.ozvo.ingest.product;

/** An original file cannot be turned into products; the message is the reason for the operator. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }
}
