package org.ozvo.tap;

/**
 * The service's limits, announced in TAPRegExt capabilities and enforced by the runner and
 * the job machinery. Immutable.
 *
 * @param defaultMaxrec         rows returned when MAXREC is not given
 * @param hardMaxrec            the most rows MAXREC can ask for
 * @param defaultExecutionSecs  execution time limit of a job unless the client sets one
 * @param hardExecutionSecs     the longest execution time a client can ask for
 * @param syncExecutionSecs     statement timeout of sync queries
 * @param defaultRetentionSecs  how long a job is kept unless the client sets a destruction time
 * @param hardRetentionSecs     the longest retention a client can ask for
 * @param maxUploadBytes        bytes of all uploads of one request together
 * @param maxUploadRows         rows of one uploaded table
 * @param maxUploads            tables per request
 */
public record TapLimits(long defaultMaxrec, long hardMaxrec, int defaultExecutionSecs, int hardExecutionSecs,
                        int syncExecutionSecs, long defaultRetentionSecs, long hardRetentionSecs,
                        long maxUploadBytes, long maxUploadRows, int maxUploads) {

    /** The limits this archive runs with. */
    public static TapLimits defaults() {
        return new TapLimits(100_000, 20_000_000, 600, 3600, 600, 7 * 86400L, 30 * 86400L,
            50L * 1024 * 1024, 200_000, 10);
    }

    /** The row limit for a request: its MAXREC clamped to the hard limit, else the default. */
    public long effectiveMaxrec(Long requested) {
        if (requested == null) {
            return defaultMaxrec;
        }
        return Math.min(requested, hardMaxrec);
    }
}
