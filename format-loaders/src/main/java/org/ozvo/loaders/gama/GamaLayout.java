package org.ozvo.loaders.gama;

import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.fits.Keywords;

/** How a file from GAMA's spectrum release is recognised. */
final class GamaLayout {

    static final String DESCRIPTION = "GAMA release file: primary GAMANAME plus ORIGIN='GAMA' (AAOmega) or"
        + " a SURVEY keyword (GAMA's copies of 2dFGRS, 6dFGS, WiggleZ, MGC, 2QZ, 2SLAQ-QSO, LT, SDSS spectra)";

    private GamaLayout() {
    }

    static boolean isGamaFile(Keywords primary) {
        if (!primary.has("GAMANAME")) {
            return false;
        }
        // GAMA distributes and identifies (GAMANAME, SPECID) every copy, so every copy is
        // GAMA's, even of a survey we cannot read: the loader then says so
        return primary.has("SURVEY") || GamaSource.of(primary).isPresent();
    }

    static boolean matches(HeaderScan scan) {
        return scan.isFits() && isGamaFile(scan.keywords(0));
    }
}
