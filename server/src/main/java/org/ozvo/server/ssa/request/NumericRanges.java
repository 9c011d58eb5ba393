package org.ozvo.server.ssa.request;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.value.DaliNumbers;
import org.ozvo.dali.value.Interval;

/**
 * Numeric range lists (BAND, BANDREST, REDSHIFT): each item becomes an {@link Interval}, a
 * single value {@code v} the interval {@code [v, v]}, an open end an infinite bound. Numbers
 * follow XML Schema / DALI syntax ({@code 5e-07}, {@code 1.0E-7}); pyvo's {@code inf} is
 * accepted as an open end.
 */
public final class NumericRanges {

    private NumericRanges() {
    }

    /**
     * Parses the items of a range list.
     *
     * @param param       parameter name, for messages
     * @param list        the split value
     * @param nonNegative true if values below zero are invalid (wavelengths)
     * @param what        what a non-number would have been taken for, for the message (e.g.
     *                    "band name"), or null
     * @throws UsageFault for non-numbers, NaN, negative values where forbidden, and inverted ranges
     */
    public static List<Interval> parse(String param, RangeList list, boolean nonNegative, String what) {
        List<Interval> out = new ArrayList<>();
        for (RangeList.Item item : list.items()) {
            double lo = item.lo().isEmpty() ? Double.NEGATIVE_INFINITY : number(param, item.lo(), what);
            double hi = item.hi().isEmpty() ? Double.POSITIVE_INFINITY : number(param, item.hi(), what);
            if (!item.range() && Double.isInfinite(lo)) {
                throw new UsageFault(param + ": a single value must be finite, not '" + item.lo() + "'");
            }
            if (nonNegative && ((lo < 0 && !item.lo().isEmpty()) || hi < 0)) {
                throw new UsageFault(param + ": values must not be negative, got '" + text(item) + "'");
            }
            if (lo > hi) {
                throw new UsageFault(param + ": the range '" + text(item) + "' is inverted (lower bound above upper bound)");
            }
            if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
                throw new UsageFault(param + ": the range '" + text(item) + "' is empty");
            }
            out.add(new Interval(lo, hi));
        }
        return List.copyOf(out);
    }

    private static double number(String param, String token, String what) {
        double v;
        try {
            v = DaliNumbers.parse(param, token);
        } catch (UsageFault e) {
            String hint = what == null ? "" : " (" + what + "s are not supported; give numbers)";
            throw new UsageFault(param + ": '" + token + "' is not a number" + hint);
        }
        if (Double.isNaN(v)) {
            throw new UsageFault(param + ": NaN is not a valid value");
        }
        return v;
    }

    private static String text(RangeList.Item item) {
        return item.range() ? item.lo() + "/" + item.hi() : item.lo();
    }
}
