package org.ozvo.dali.value;

import org.ozvo.dali.fault.UsageFault;

/**
 * A closed numeric interval {@code [lo, hi]} (DALI 1.1 section 3.3.4, xtype {@code interval}).
 * Either end may be infinite for an open interval; both ends equal is a single value, which
 * SIA 2.0 allows wherever it allows an interval.
 *
 * @param lo lower bound, inclusive; {@code -Inf} when unbounded below
 * @param hi upper bound, inclusive; {@code +Inf} when unbounded above
 */
public record Interval(double lo, double hi) {

    /** The interval that constrains nothing. */
    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * @throws IllegalArgumentException if a bound is NaN, lo &gt; hi, or lo = +Inf / hi = -Inf
     */
    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("interval bounds must not be NaN");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("interval lower bound " + lo + " exceeds upper bound " + hi);
        }
        if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /**
     * Parses {@code "lo hi"} or a single value {@code "v"} (meaning {@code [v, v]}).
     *
     * @param param name of the parameter, for error messages
     * @param value the parameter value
     * @throws UsageFault naming the parameter and what is wrong
     */
    public static Interval parse(String param, String value) {
        String[] t = DaliNumbers.tokens(value);
        if (t.length == 0 || t.length > 2) {
            throw new UsageFault(param + ": expected a number or an interval 'lo hi', got '" + value + "'");
        }
        double lo = DaliNumbers.parse(param, t[0]);
        double hi = t.length == 2 ? DaliNumbers.parse(param, t[1]) : lo;
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new UsageFault(param + ": NaN is not a valid bound in '" + value + "'");
        }
        if (t.length == 1 && Double.isInfinite(lo)) {
            throw new UsageFault(param + ": a single value must be finite, got '" + value + "'");
        }
        if (lo > hi) {
            throw new UsageFault(param + ": lower bound " + t[0] + " is greater than upper bound " + t[1]);
        }
        if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
            throw new UsageFault(param + ": the interval '" + value + "' is empty");
        }
        return new Interval(lo, hi);
    }

    /** A single value {@code [v, v]}. */
    public static Interval of(double v) {
        return new Interval(v, v);
    }

    /** True if the interval has a finite lower bound. */
    public boolean hasLower() {
        return lo != Double.NEGATIVE_INFINITY;
    }

    /** True if the interval has a finite upper bound. */
    public boolean hasUpper() {
        return hi != Double.POSITIVE_INFINITY;
    }

    /** True if both ends are equal. */
    public boolean isScalar() {
        return lo == hi;
    }

    /** True if the value lies inside, bounds included. */
    public boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    /** True if the two closed intervals share at least one value. */
    public boolean overlaps(double otherLo, double otherHi) {
        return otherLo <= hi && otherHi >= lo;
    }

    /** The interval with both bounds multiplied by a positive factor (unit conversion). */
    public Interval scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("scale factor must be positive, not " + factor);
        }
        return new Interval(lo * factor, hi * factor);
    }

    /** DALI text: {@code "lo hi"} with {@code -Inf}/{@code +Inf} for open ends. */
    public String toDali() {
        return DaliNumbers.format(lo) + " " + DaliNumbers.format(hi);
    }

    @Override
    public String toString() {
        return "[" + DaliNumbers.format(lo) + ", " + DaliNumbers.format(hi) + "]";
    }
}
