package org.ozvo.server.registry;

import java.time.Instant;

/**
 * A record's dates and status: {@code created} when it first appeared, {@code updated} when its
 * content last changed (the OAI-PMH datestamp, REG-11), and whether it was since deleted.
 */
public record RecordState(Instant created, Instant updated, boolean deleted) {

    public RecordState {
        if (created == null || updated == null || updated.isBefore(created)) {
            throw new IllegalArgumentException("need created <= updated");
        }
    }

    /** The VOResource {@code status} attribute. */
    public String status() {
        return deleted ? "deleted" : "active";
    }
}
