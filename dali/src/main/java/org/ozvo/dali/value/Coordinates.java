package org.ozvo.dali.value;

import org.ozvo.dali.fault.UsageFault;

/** Range checks on ICRS coordinates shared by the shapes. */
final class Coordinates {

    private Coordinates() {
    }

    static void checkRa(double ra) {
        if (!(ra >= 0 && ra <= 360)) {
            throw new IllegalArgumentException("ra must be in [0, 360] degrees, not " + ra);
        }
    }

    static void checkDec(double dec) {
        if (!(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException("dec must be in [-90, 90] degrees, not " + dec);
        }
    }

    static void requireRa(String param, String shape, double ra) {
        if (!(ra >= 0 && ra <= 360)) {
            throw new UsageFault(param + ": " + shape + " right ascension must be in [0, 360] degrees, not "
                + DaliNumbers.format(ra));
        }
    }

    static void requireDec(String param, String shape, double dec) {
        if (!(dec >= -90 && dec <= 90)) {
            throw new UsageFault(param + ": " + shape + " declination must be in [-90, 90] degrees, not "
                + DaliNumbers.format(dec));
        }
    }
}
