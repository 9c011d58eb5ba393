package org.ozvo.loaders.obscore;

/**
 * Converts air to vacuum wavelengths. ObsCore's em_min/em_max are vacuum wavelengths, while the
 * AAO surveys' files are taken to be in air (survey-formats.md section 1: not stated anywhere,
 * treated as air). The difference is about 0.03 per cent (1-2.5 Angstrom in the optical).
 *
 * <p>Uses the Morton (2000) refractive index of air, inverted in closed form by N. Piskunov for
 * VALD: the same numbers as specutils' {@code air_to_vac(method='Morton2000', scheme='Piskunov')}.
 */
public final class AirVacuum {

    private AirVacuum() {
    }

    /** Vacuum wavelength for an air wavelength, both in Angstrom (valid above 2000 Angstrom). */
    public static double airToVacuum(double airAngstrom) {
        if (airAngstrom < 2000) {
            return airAngstrom; // the formula is for the optical/IR; air/vacuum is moot in the UV
        }
        double s = 1e4 / airAngstrom;
        double s2 = s * s;
        double n = 1 + 0.00008336624212083 + 0.02408926869968 / (130.1065924522 - s2)
            + 0.0001599740894897 / (38.92568793293 - s2);
        return airAngstrom * n;
    }
}
