package org.ozvo.loaders.twodfgrs;

import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.fits.Keywords;

/** How a 2dFGRS release file is recognised (the rule specutils' 2dFGRS reader uses). */
final class TwoDfgrsLayout {

    static final String DESCRIPTION = "2dFGRS release file: primary IMAGE='SKYCHART' (or 'SPECTRUM')"
        + " followed by SPECTRUM extensions";

    private TwoDfgrsLayout() {
    }

    static boolean isPrimary(Keywords primary) {
        String image = primary.string("IMAGE").orElse("");
        // GAMA's copies of 2dFGRS spectra keep the catalogue header: those are GAMA's
        return (image.equals("SKYCHART") || image.equals("SPECTRUM")) && !primary.has("GAMANAME");
    }

    static boolean matches(HeaderScan scan) {
        return scan.isFits() && isPrimary(scan.keywords(0));
    }
}
