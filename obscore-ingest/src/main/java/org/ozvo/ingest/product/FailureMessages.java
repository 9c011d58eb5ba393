package org.ozvo.ingest.product;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line reasons shown to operators. */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** A short reason: the message, or the exception type when there is none. */
    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        String oneLine = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return e instanceof RuntimeException ? type + ": " + oneLine : oneLine;
    }
}
