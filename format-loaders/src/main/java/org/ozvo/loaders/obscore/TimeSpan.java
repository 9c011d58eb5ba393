package org.ozvo.loaders.obscore;

import java.util.Collection;

/**
 * When a product was observed: start and end (MJD, UTC), total exposure (s) and number of
 * exposures. Any part may be null when the file does not say. Immutable.
 *
 * @param start    t_min, MJD
 * @param end      t_max, MJD
 * @param exposure t_exptime, seconds
 * @param count    t_xel, number of exposures combined
 */
public record TimeSpan(Double start, Double end, Double exposure, Integer count) {

    /** Nothing known. */
    public static final TimeSpan UNKNOWN = new TimeSpan(null, null, null, null);

    public TimeSpan {
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("observation ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * A span from a start and an end time of day on one date, the end rolling over to the next
     * day if it is earlier than the start.
     */
    public static TimeSpan ofDay(String date, String startTime, String endTime, Double exposure, Integer count) {
        double start = ObsTimes.mjd(date, startTime);
        double end = ObsTimes.mjd(date, endTime);
        if (end < start) {
            end += 1;
        }
        return new TimeSpan(start, end, exposure, count);
    }

    /** Midpoint, MJD, or null. */
    public Double midpoint() {
        return start == null || end == null ? null : (start + end) / 2;
    }

    /**
     * The span covering several observations combined into one product: earliest start,
     * latest end, summed exposure and count (each null if any part is unknown).
     */
    public static TimeSpan combine(Collection<TimeSpan> parts) {
        Double start = null;
        Double end = null;
        Double exposure = 0.0;
        Integer count = 0;
        boolean allStarts = true;
        boolean allEnds = true;
        for (TimeSpan p : parts) {
            if (p.start == null) {
                allStarts = false;
            } else {
                start = start == null ? p.start : Math.min(start, p.start);
            }
            if (p.end == null) {
                allEnds = false;
            } else {
                end = end == null ? p.end : Math.max(end, p.end);
            }
            exposure = exposure == null || p.exposure == null ? null : exposure + p.exposure;
            count = count == null || p.count == null ? null : count + p.count;
        }
        if (parts.isEmpty()) {
            return UNKNOWN;
        }
        return new TimeSpan(allStarts ? start : null, allEnds ? end : null, exposure, count);
    }
}
