package org.ozvo.server.registry;

/**
 * A record as the registry serves it: identifier, content and state. A deleted record has no
 * content any more, only its identifier and dates.
 *
 * @param ivoid  identifier (also the OAI-PMH identifier)
 * @param record content, or null if deleted
 * @param state  dates and status
 */
public record PublishedRecord(String ivoid, ResourceRecord record, RecordState state) {

    public PublishedRecord {
        if ((record == null) != state.deleted()) {
            throw new IllegalArgumentException("a record has content exactly when it is not deleted: " + ivoid);
        }
    }

    /** The OAI-PMH datestamp: the last change, to the second. */
    public java.time.Instant datestamp() {
        return state.updated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
