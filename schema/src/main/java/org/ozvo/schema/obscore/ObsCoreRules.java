package org.ozvo.schema.obscore;

import java.util.Set;

/** ObsCore 1.1 value rules (section 4 and appendix B) that a record must satisfy. */
final class ObsCoreRules {

    static final Set<String> DATAPRODUCT_TYPES =
        Set.of("image", "cube", "spectrum", "sed", "timeseries", "visibility", "event", "measurements");

    private ObsCoreRules() {
    }

    static void checkPosition(Object ra, Object dec) {
        if (ra instanceof Double r && !(r >= 0 && r < 360)) {
            throw new IllegalArgumentException("s_ra must be in [0, 360) degrees, not " + r);
        }
        if (dec instanceof Double d && !(d >= -90 && d <= 90)) {
            throw new IllegalArgumentException("s_dec must be in [-90, 90] degrees, not " + d);
        }
    }

    static void checkRange(String prefix, Object min, Object max) {
        if (min instanceof Double lo && max instanceof Double hi && lo > hi) {
            throw new IllegalArgumentException(prefix + "_min " + lo + " is greater than " + prefix + "_max " + hi);
        }
    }
}
