package org.ozvo.dali.value;

import org.ozvo.dali.fault.UsageFault;

/**
 * A box in right ascension and declination (SIA 2.0 section 2.1.1, POS=RANGE). Open ends
 * ({@code -Inf}/{@code +Inf}) are replaced by the limits of the sphere when parsed, so the
 * record always holds finite degrees. When {@code raMin > raMax} the box wraps through
 * RA = 0 (e.g. {@code RANGE 350 10 -5 5}).
 *
 * @param raMin  first right ascension, degrees, in [0, 360]
 * @param raMax  second right ascension, degrees, in [0, 360]
 * @param decMin lower declination, degrees, in [-90, 90]
 * @param decMax upper declination, degrees, in [decMin, 90]
 */
public record Range(double raMin, double raMax, double decMin, double decMax) implements Shape {

    /** @throws IllegalArgumentException if a value is out of range or decMin &gt; decMax */
    public Range {
        Coordinates.checkRa(raMin);
        Coordinates.checkRa(raMax);
        Coordinates.checkDec(decMin);
        Coordinates.checkDec(decMax);
        if (decMin > decMax) {
            throw new IllegalArgumentException("decMin " + decMin + " exceeds decMax " + decMax);
        }
    }

    static Range parse(String param, String[] numbers) {
        if (numbers.length != 4) {
            throw new UsageFault(param + ": RANGE needs 4 numbers (ra1 ra2 dec1 dec2), got " + numbers.length);
        }
        double[] ra = bounds(param, "right ascension", numbers[0], numbers[1], 0, 360);
        double[] dec = bounds(param, "declination", numbers[2], numbers[3], -90, 90);
        if (dec[0] > dec[1]) {
            throw new UsageFault(param + ": RANGE declination " + numbers[2] + " is greater than " + numbers[3]);
        }
        return new Range(ra[0], ra[1], dec[0], dec[1]);
    }

    /** Parses two bounds, mapping open ends to [min, max]; their order is left for the caller. */
    private static double[] bounds(String param, String what, String loText, String hiText, double min, double max) {
        double lo = DaliNumbers.parse(param, loText);
        double hi = DaliNumbers.parse(param, hiText);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new UsageFault(param + ": RANGE " + what + " bounds must not be NaN");
        }
        lo = lo == Double.NEGATIVE_INFINITY ? min : lo;
        hi = hi == Double.POSITIVE_INFINITY ? max : hi;
        for (double v : new double[] {lo, hi}) {
            if (!(v >= min && v <= max)) {
                throw new UsageFault(param + ": RANGE " + what + " must be in [" + DaliNumbers.format(min)
                    + ", " + DaliNumbers.format(max) + "] degrees (or -Inf/+Inf), not " + DaliNumbers.format(v));
            }
        }
        return new double[] {lo, hi};
    }

    /** True if the box wraps through RA = 0. */
    public boolean wrapsRa() {
        return raMin > raMax;
    }

    /** True if the box covers every right ascension. */
    public boolean allRa() {
        return raMin == 0 && raMax == 360;
    }

    @Override
    public String toPos() {
        return "RANGE " + DaliNumbers.format(raMin) + " " + DaliNumbers.format(raMax) + " "
            + DaliNumbers.format(decMin) + " " + DaliNumbers.format(decMax);
    }
}
