package org.ozvo.loaders.obscore;

import java.util.OptionalDouble;

/** Which redshift values mean "no redshift". */
public final class Redshifts {

    private Redshifts() {
    }

    /**
     * The redshift if it is a measurement: the surveys write -9 (2dFGRS) or -9.999 (OzDES) when
     * there is none, and nothing physical lies at or below z = -1.
     */
    public static Double valid(OptionalDouble z) {
        if (z.isEmpty()) {
            return null;
        }
        double v = z.getAsDouble();
        return Double.isFinite(v) && v > -1 ? v : null;
    }
}
