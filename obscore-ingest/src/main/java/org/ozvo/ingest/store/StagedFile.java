package org.ozvo.ingest.store;

/**
 * A file fully written to the staging directory, waiting to be placed.
 *
 * @param stagedPath path relative to the data directory
 * @param bytes      its size
 */
public record StagedFile(String stagedPath, long bytes) {
}
