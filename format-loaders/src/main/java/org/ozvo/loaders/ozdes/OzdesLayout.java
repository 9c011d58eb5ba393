package org.ozvo.loaders.ozdes;

import java.util.Locale;
import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.fits.Keywords;

/**
 * How an OzDES DR2 file is recognised: specutils' rule ({@code REFERENC} mentions ozdes), or,
 * because some DR2 files lack REFERENC, the HDU structure itself: a 1-D primary, then
 * VARIANCE and BADPIX, then SPECTRUM_/VARIANCE_/BADPIX_ triplets.
 */
final class OzdesLayout {

    static final String DESCRIPTION = "OzDES DR2 file: REFERENC mentioning ozdes, or a 1-D coadd with VARIANCE"
        + " and BADPIX followed by SPECTRUM_<mjd>, VARIANCE_<mjd>, BADPIX_<mjd> triplets";

    private OzdesLayout() {
    }

    static boolean matches(HeaderScan scan) {
        if (!scan.isFits()) {
            return false;
        }
        Keywords primary = scan.keywords(0);
        if (primary.string("REFERENC").orElse("").toLowerCase(Locale.ROOT).contains("ozdes")) {
            return true;
        }
        return scan.size() >= 6 && primary.integer("NAXIS").orElse(0) == 1
            && extName(scan, 1).equals("VARIANCE") && extName(scan, 2).equals("BADPIX")
            && extName(scan, 3).startsWith("SPECTRUM_");
    }

    private static String extName(HeaderScan scan, int i) {
        return scan.keywords(i).string("EXTNAME").orElse("").toUpperCase(Locale.ROOT);
    }
}
