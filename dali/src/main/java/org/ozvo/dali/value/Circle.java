package org.ozvo.dali.value;

import org.ozvo.dali.fault.UsageFault;

/**
 * A cone on the sky (DALI 1.1 section 3.3.6, xtype {@code circle}; SIA 2.0 POS=CIRCLE).
 *
 * @param ra     centre right ascension, degrees, in [0, 360]
 * @param dec    centre declination, degrees, in [-90, 90]
 * @param radius radius in degrees, in (0, 180]
 */
public record Circle(double ra, double dec, double radius) implements Shape {

    /** @throws IllegalArgumentException if a value is out of range */
    public Circle {
        Coordinates.checkRa(ra);
        Coordinates.checkDec(dec);
        if (!(radius > 0 && radius <= 180)) {
            throw new IllegalArgumentException("radius must be in (0, 180] degrees, not " + radius);
        }
    }

    static Circle parse(String param, String[] numbers) {
        if (numbers.length != 3) {
            throw new UsageFault(param + ": CIRCLE needs 3 numbers (ra dec radius), got " + numbers.length);
        }
        double ra = DaliNumbers.parseFinite(param, numbers[0]);
        double dec = DaliNumbers.parseFinite(param, numbers[1]);
        double radius = DaliNumbers.parseFinite(param, numbers[2]);
        Coordinates.requireRa(param, "CIRCLE", ra);
        Coordinates.requireDec(param, "CIRCLE", dec);
        if (!(radius > 0 && radius <= 180)) {
            throw new UsageFault(param + ": CIRCLE radius must be in (0, 180] degrees, not " + numbers[2]);
        }
        return new Circle(ra, dec, radius);
    }

    @Override
    public String toPos() {
        return "CIRCLE " + DaliNumbers.format(ra) + " " + DaliNumbers.format(dec) + " " + DaliNumbers.format(radius);
    }
}
