package org.ozvo.sampledata.astro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fk4Test {

    private static final double ARCSEC = Math.toRadians(1.0 / 3600);

    /** Expected values from astropy 5.2: SkyCoord(icrs).transform_to(FK4(equinox='B1950')). */
    @ParameterizedTest
    @CsvSource({
        "10.0, -30.0, 0.16382611213643788, -0.5283894296603068",
        "150.0, 2.0, 2.60672248871187, 0.03910065889237823",
        "300.0, -60.0, 5.2174552854015435, -1.0495884367457868",
    })
    void matchesAstropyWithinAnArcsecond(double ra, double dec, double raB1950, double decB1950) {
        double[] b = Fk4.fromJ2000(ra, dec);
        assertEquals(raB1950, b[0], ARCSEC / Math.cos(decB1950));
        assertEquals(decB1950, b[1], ARCSEC);
    }
}
