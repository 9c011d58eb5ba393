package org.ozvo.server.uws;

import java.util.EnumSet;
import java.util.Set;

/** UWS 1.1 execution phases (UWS 1.1 section 2.1.3). */
public enum Phase {
    PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, UNKNOWN, HELD, SUSPENDED, ARCHIVED;

    /** Phases a WAIT blocks in. */
    public static final Set<Phase> ACTIVE = EnumSet.of(PENDING, QUEUED, EXECUTING);

    /** Phases from which nothing more happens. */
    public static final Set<Phase> FINAL = EnumSet.of(COMPLETED, ERROR, ABORTED, ARCHIVED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
