package org.ozvo.loaders.wigglez;

import java.util.Locale;
import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.fits.Keywords;

/**
 * How a native WiggleZ release file is recognised: specutils' rule ({@code REFCODE} cites the
 * release paper) or the WiggleZ {@code ORIGIN}. Files carrying GAMANAME are GAMA's copies and
 * belong to the GAMA loader.
 */
final class WigglezLayout {

    static final String DESCRIPTION = "WiggleZ release file: 1-D primary with REFCODE 2018MNRAS.474.4151D or"
        + " ORIGIN 'WiggleZ Collaboration', plus VARIANCE (no GAMANAME: GAMA's copies are GAMA's)";

    /** The release paper, which native files cite in REFCODE (specutils' identifier). */
    static final String REFCODE = "2018MNRAS.474.4151D";

    private WigglezLayout() {
    }

    static boolean matches(HeaderScan scan) {
        if (!scan.isFits()) {
            return false;
        }
        Keywords p = scan.keywords(0);
        if (p.has("GAMANAME")) {
            return false;
        }
        return p.string("REFCODE").orElse("").contains(REFCODE)
            || p.string("ORIGIN").orElse("").toLowerCase(Locale.ROOT).contains("wigglez");
    }
}
