package org.ozvo.server.uws;

import java.time.Instant;
import java.util.Set;

/**
 * Job list filters (UWS 1.1 section 2.2.2.1): phases (union; empty means all but ARCHIVED),
 * AFTER (created strictly later), LAST (the n most recent, newest first). Combined with AND.
 *
 * @param phases phases to keep, or empty
 * @param after  creation-time bound, or null
 * @param last   maximum number of jobs, or null
 */
public record JobFilter(Set<Phase> phases, Instant after, Integer last) {

    public JobFilter {
        phases = Set.copyOf(phases);
    }
}
