package org.ozvo.dali.value;

import java.time.Instant;
import java.util.Optional;
import org.ozvo.dali.fault.UsageFault;

/**
 * A time interval in Modified Julian Date (UTC), as SIA 2.0 TIME (section 2.1.3) and SODA TIME
 * give it: {@code "mjd1 mjd2"} with open ends, or a single instant. ObsCore t_min/t_max are in
 * the same unit, so no conversion is needed to query them.
 *
 * @param mjd the bounds in days
 */
public record MjdInterval(Interval mjd) {

    /** MJD 0 = 1858-11-17T00:00:00Z. */
    private static final Instant MJD_ZERO = Instant.parse("1858-11-17T00:00:00Z");
    private static final double SECONDS_PER_DAY = 86400.0;

    public MjdInterval {
        if (mjd == null) {
            throw new IllegalArgumentException("mjd interval must not be null");
        }
    }

    /**
     * Parses {@code "mjd1 mjd2"} or {@code "mjd"}.
     *
     * @throws UsageFault naming the parameter; an ISO date gets a hint that MJD is expected
     */
    public static MjdInterval parse(String param, String value) {
        try {
            return new MjdInterval(Interval.parse(param, value));
        } catch (UsageFault e) {
            if (value.matches(".*\\d{4}-\\d\\d-\\d\\d.*")) {
                throw new UsageFault(param + ": times are Modified Julian Dates (e.g. 51544.5 55000), not"
                    + " ISO dates: '" + value + "'", e);
            }
            throw e;
        }
    }

    /** The interval between two instants; null means open. */
    public static MjdInterval between(Instant start, Instant end) {
        return new MjdInterval(new Interval(start == null ? Double.NEGATIVE_INFINITY : toMjd(start),
            end == null ? Double.POSITIVE_INFINITY : toMjd(end)));
    }

    /** Lower bound in MJD, {@code -Inf} when open. */
    public double lo() {
        return mjd.lo();
    }

    /** Upper bound in MJD, {@code +Inf} when open. */
    public double hi() {
        return mjd.hi();
    }

    /** The start as an instant, empty when open. */
    public Optional<Instant> start() {
        return mjd.hasLower() ? Optional.of(toInstant(mjd.lo())) : Optional.empty();
    }

    /** The end as an instant, empty when open. */
    public Optional<Instant> end() {
        return mjd.hasUpper() ? Optional.of(toInstant(mjd.hi())) : Optional.empty();
    }

    /** MJD (UTC, days) of an instant; leap seconds are ignored, as java.time does. */
    public static double toMjd(Instant t) {
        double seconds = t.getEpochSecond() - MJD_ZERO.getEpochSecond() + t.getNano() / 1e9;
        return seconds / SECONDS_PER_DAY;
    }

    /** The instant of a finite MJD, to the millisecond. */
    public static Instant toInstant(double mjd) {
        if (!Double.isFinite(mjd)) {
            throw new IllegalArgumentException("not a finite MJD: " + mjd);
        }
        return MJD_ZERO.plusMillis(Math.round(mjd * SECONDS_PER_DAY * 1000));
    }

    /** DALI text {@code "lo hi"}. */
    public String toDali() {
        return mjd.toDali();
    }
}
