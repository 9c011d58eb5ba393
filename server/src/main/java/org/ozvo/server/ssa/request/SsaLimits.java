package org.ozvo.server.ssa.request;

/** The SSA service's limits and defaults. */
public final class SsaLimits {

    /** Rows returned when MAXREC is not given. */
    public static final int DEFAULT_MAXREC = 1000;

    /**
     * Most rows ever returned; larger MAXREC values are lowered to this (DALI 1.1 section
     * 3.4.4) and the response reports the overflow.
     */
    public static final int HARD_MAXREC = 10000;

    /** Search diameter in degrees when POS comes without SIZE. */
    public static final double DEFAULT_SIZE_DEG = 0.05;

    private SsaLimits() {
    }
}
