package org.ozvo.server.uws;

import java.time.Duration;

/**
 * Job limits: execution duration default and hard limit (seconds, 0 = unlimited is refused and
 * becomes the hard limit), retention default and hard limit, the longest WAIT, threads.
 */
public record UwsSettings(int defaultExecutionSecs, int hardExecutionSecs, Duration defaultRetention,
                          Duration hardRetention, Duration maxWait, int threads, int listCap) {

    /**
     * The settings matching the TAP limits announced in capabilities; one job thread per core
     * (at least two): async queries are database-bound, and PostgreSQL runs each on one core.
     */
    public static UwsSettings of(org.ozvo.tap.TapLimits limits) {
        return new UwsSettings(limits.defaultExecutionSecs(), limits.hardExecutionSecs(),
            Duration.ofSeconds(limits.defaultRetentionSecs()), Duration.ofSeconds(limits.hardRetentionSecs()),
            Duration.ofSeconds(60), Math.max(2, Runtime.getRuntime().availableProcessors()), 1000);
    }

    /** A requested execution duration as the service grants it: 0 (unlimited) and larger values become the hard limit. */
    public int grantExecution(long requested) {
        if (requested <= 0 || requested > hardExecutionSecs) {
            return hardExecutionSecs;
        }
        return (int) requested;
    }
}
